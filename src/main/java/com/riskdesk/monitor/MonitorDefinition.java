package com.riskdesk.monitor;

import com.riskdesk.base.i18n.RefusedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.riskdesk.place.MapRegion;

/**
 * What staff (or the demo data) give to define a monitor, and so everything its dashboard shows: the indicators
 * (their tiles and chart lines, in this order), the ladder (steps listed lowest first), the kinds of entry staff
 * record, and which kind a "days since the last ..." tile counts ({@code recencyKind}, or null for no such tile).
 * The built-in escalation-step kind is always there: the ladder is fed by it. {@code region} (e.g. "Caribbean")
 * groups monitors on the overview; null when none is given. {@code mapRegion} is what its map shows by default
 * (null: the map fits the entries' places). {@code tileOrder} is where each tile stands ({@link TileOrder}; null or
 * empty: the indicators, then the escalation step, then days since), kept complete.
 */
public record MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                                List<Indicator> indicators, List<EscalationStep> ladder,
                                List<EntryKindDefinition> kinds, String recencyKind, String region,
                                MapRegion mapRegion, List<String> tileOrder) {

    public static final int SLUG_MAX = 60;
    public static final int REGION_MAX = 120;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public MonitorDefinition {
        if (slug == null || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new RefusedException("monitor.problem.slug", String.valueOf(slug));
        }
        if (name == null || name.isBlank()) {
            throw new RefusedException("monitor.problem.name-required");
        }
        if (startDate == null) {
            throw new RefusedException("monitor.problem.start-required");
        }
        indicators = List.copyOf(indicators);
        ladder = List.copyOf(ladder);
        kinds = withEscalationStep(kinds);
        region = region == null || region.isBlank() ? null : region.strip();
        if (region != null && region.length() > REGION_MAX) {
            throw new RefusedException("monitor.problem.region-length", REGION_MAX);
        }
        if (indicators.stream().map(Indicator::code).distinct().count() != indicators.size()) {
            throw new RefusedException("monitor.problem.indicator-codes-unique");
        }
        if (kinds.stream().map(EntryKindDefinition::code).distinct().count() != kinds.size()) {
            throw new RefusedException("monitor.problem.kind-codes-unique");
        }
        if (indicators.stream().map(Indicator::code).anyMatch(TileOrder.ESCALATION::equals)) {
            throw new RefusedException("monitor.problem.indicator-code-reserved", TileOrder.ESCALATION);
        }
        tileOrder = TileOrder.complete(indicators, tileOrder);
        String counted = recencyKind;
        if (counted != null && kinds.stream().map(EntryKindDefinition::code).noneMatch(counted::equals)) {
            throw new RefusedException("monitor.problem.recency-kind", counted);
        }
    }

    /** A monitor in the standard tile order. */
    public MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder,
                             List<EntryKindDefinition> kinds, String recencyKind, String region,
                             MapRegion mapRegion) {
        this(slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, region, mapRegion, null);
    }

    /** A monitor with no map region. */
    public MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder,
                             List<EntryKindDefinition> kinds, String recencyKind, String region) {
        this(slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, region, null);
    }

    /** The same definition with another map region (null: none). */
    public MonitorDefinition withMapRegion(MapRegion chosen) {
        return new MonitorDefinition(slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, region,
                chosen, tileOrder);
    }

    /** The same definition with its tiles in another order ({@link TileOrder}). */
    public MonitorDefinition withTileOrder(List<String> order) {
        return new MonitorDefinition(slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, region,
                mapRegion, order);
    }

    /** A monitor whose staff record escalation steps, statements and other entries, with no "days since" tile. */
    public MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder) {
        this(slug, name, summary, startDate, indicators, ladder, List.of(EntryKindDefinition.escalationStep(),
                new EntryKindDefinition("STATEMENT", "Statement"), new EntryKindDefinition("OTHER", "Other")), null);
    }

    /** A monitor with no region. */
    public MonitorDefinition(String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder,
                             List<EntryKindDefinition> kinds, String recencyKind) {
        this(slug, name, summary, startDate, indicators, ladder, kinds, recencyKind, null);
    }

    private static List<EntryKindDefinition> withEscalationStep(List<EntryKindDefinition> kinds) {
        List<EntryKindDefinition> all = new ArrayList<>(kinds);
        if (all.stream().noneMatch(EntryKindDefinition::isEscalationStep)) {
            all.add(EntryKindDefinition.escalationStep());
        }
        return List.copyOf(all);
    }
}
