package com.riskdesk.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What staff (or the demo data) give to define a monitor. Steps are listed lowest first. {@code region} (e.g.
 * "Caribbean") groups monitors on the overview; null when none is given.
 */
public record MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                                List<Indicator> indicators, List<EscalationStep> ladder, String region) {

    public static final int SLUG_MAX = 60;
    public static final int REGION_MAX = 120;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public MonitorDefinition {
        if (slug == null || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Slug must be lower-case words joined by '-': " + slug);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Monitor name is required");
        }
        if (startDate == null) {
            throw new IllegalArgumentException("Monitor start date is required");
        }
        indicators = List.copyOf(indicators);
        ladder = List.copyOf(ladder);
        region = region == null || region.isBlank() ? null : region.strip();
        if (region != null && region.length() > REGION_MAX) {
            throw new IllegalArgumentException("A region is at most " + REGION_MAX + " characters");
        }
        if (indicators.stream().map(Indicator::code).distinct().count() != indicators.size()) {
            throw new IllegalArgumentException("Indicator codes must be unique within a monitor");
        }
    }

    /** A monitor without a region. */
    public MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder) {
        this(slug, name, summary, startDate, indicators, ladder, null);
    }
}
