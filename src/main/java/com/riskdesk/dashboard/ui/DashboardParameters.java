package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.dashboard.Moment;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a viewer has chosen on a dashboard, as carried in the URL: the comparison period ({@code period=7d}), the
 * dates the charts show ({@code from}, {@code to}), which chart ({@code chart}), a selected entry ({@code entry})
 * and a pinned moment ({@code asOf}). Anything malformed or impossible falls back to its default, so a mangled
 * link still opens a dashboard. Only what differs from the defaults is written back, so links stay short.
 */
public record DashboardParameters(int periodDays, LocalDate from, LocalDate to, Chart chart, Long entry, Instant asOf,
                                  String place) {

    /** A view without a selected place. */
    public DashboardParameters(int periodDays, LocalDate from, LocalDate to, Chart chart, Long entry, Instant asOf) {
        this(periodDays, from, to, chart, entry, asOf, null);
    }

    static final String PERIOD = "period";
    /** The comparison periods offered, in days. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90, 365);
    static final DashboardParameters DEFAULT =
            new DashboardParameters(DashboardService.DEFAULT_PERIOD_DAYS, null, null, Chart.BOTH, null, null);

    /** Which charts are shown. */
    public enum Chart {
        BOTH("both"), TOTALS("totals"), ESCALATION("escalation");

        final String key;

        Chart(String key) {
            this.key = key;
        }

        /** How the chart is named in the URL ({@code chart=totals}). */
        public String key() {
            return key;
        }

        /** The bundle key of its label (the tab's words in the viewer's language). */
        String labelKey() {
            return "page.chart." + key;
        }

        static Optional<Chart> of(String key) {
            for (Chart chart : values()) {
                if (chart.key.equals(key)) {
                    return Optional.of(chart);
                }
            }
            return Optional.empty();
        }
    }

    DashboardParameters(int periodDays) {
        this(periodDays, null, null, Chart.BOTH, null, null);
    }

    /** Reads the parameters; the clock bounds dates and pinned moments (nothing from the future). */
    public static DashboardParameters from(QueryParameters query, Clock clock) {
        Instant now = clock.instant();
        int period = query.getSingleParameter(PERIOD).map(DashboardParameters::parsePeriod).orElse(DEFAULT.periodDays);
        Instant asOf = query.getSingleParameter("asOf").flatMap(Moment::parse)
                .filter(moment -> !moment.isAfter(now)).orElse(null);
        LocalDate today = LocalDate.ofInstant(asOf == null ? now : asOf, clock.getZone());
        LocalDate from = query.getSingleParameter("from").flatMap(DashboardParameters::parseDate)
                .filter(day -> !day.isAfter(today)).orElse(null);
        LocalDate to = query.getSingleParameter("to").flatMap(DashboardParameters::parseDate)
                .filter(day -> !day.isAfter(today)).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            from = null;
            to = null;
        }
        Chart chart = query.getSingleParameter("chart").flatMap(Chart::of).orElse(Chart.BOTH);
        Long entry = query.getSingleParameter("entry").filter(id -> id.matches("\\d{1,15}")).map(Long::valueOf)
                .orElse(null);
        // A place's link key: a gazetteer key ("caribbean-sea") or "latitude,longitude".
        String place = query.getSingleParameter("place").filter(key -> key.matches("[a-z0-9.,+-]{1,120}"))
                .orElse(null);
        return new DashboardParameters(period, from, to, chart, entry, asOf, place);
    }

    /** Reads the parameters of a servlet request ({@code request.getParameterMap()}), as {@link #from} does. */
    public static DashboardParameters fromRequest(Map<String, String[]> parameters, Clock clock) {
        return from(QueryParameters.full(parameters), clock);
    }

    static DashboardParameters from(QueryParameters query) {
        return from(query, Clock.systemUTC());
    }

    /** The dates the charts and the entry list show. */
    public DateRange range() {
        return new DateRange(from, to);
    }

    /** The same view with a date before the monitor's start dropped: the charts begin there anyway. */
    public DashboardParameters within(LocalDate start) {
        if (to != null && to.isBefore(start)) {
            return withRange(null, null);
        }
        return from != null && from.isBefore(start) ? withRange(null, to) : this;
    }

    DashboardParameters withPeriod(int days) {
        return new DashboardParameters(days, from, to, chart, entry, asOf, place);
    }

    DashboardParameters withRange(LocalDate newFrom, LocalDate newTo) {
        return new DashboardParameters(periodDays, newFrom, newTo, chart, entry, asOf, place);
    }

    DashboardParameters withChart(Chart newChart) {
        return new DashboardParameters(periodDays, from, to, newChart, entry, asOf, place);
    }

    DashboardParameters withEntry(Long newEntry) {
        return new DashboardParameters(periodDays, from, to, chart, newEntry, asOf, place);
    }

    /** The same view pinned to a moment (to the second), or live again with {@code null}. */
    DashboardParameters pinnedAt(Instant moment) {
        return new DashboardParameters(periodDays, from, to, chart, entry,
                moment == null ? null : moment.truncatedTo(ChronoUnit.SECONDS), place);
    }

    /** The same view with a place selected on the map ({@code null}: none). */
    DashboardParameters withPlace(String newPlace) {
        return new DashboardParameters(periodDays, from, to, chart, entry, asOf, newPlace);
    }

    /** Only what differs from the default, in a fixed order, so links stay short and stable. */
    QueryParameters toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (periodDays != DEFAULT.periodDays) {
            query.put(PERIOD, List.of(periodDays + "d"));
        }
        if (from != null) {
            query.put("from", List.of(from.toString()));
        }
        if (to != null) {
            query.put("to", List.of(to.toString()));
        }
        if (chart != Chart.BOTH) {
            query.put("chart", List.of(chart.key));
        }
        if (entry != null) {
            query.put("entry", List.of(entry.toString()));
        }
        if (asOf != null) {
            query.put("asOf", List.of(asOf.toString()));
        }
        if (place != null) {
            query.put("place", List.of(place));
        }
        return new QueryParameters(query);
    }

    /** The query string for links: the same parameters in a fixed order, readable ("asOf=2026-01-10T08:30:00Z"). */
    public String toQueryString() {
        StringBuilder query = new StringBuilder();
        toQuery().getParameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(DashboardParameters::order)))
                .forEach(parameter -> query.append(query.isEmpty() ? "" : "&").append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue().getFirst(), StandardCharsets.UTF_8)
                                .replace("%3A", ":")));
        return query.toString();
    }

    /** The dashboard's address for this view, relative to the application root. */
    String path(String slug) {
        String query = toQueryString();
        return "monitors/" + slug + (query.isEmpty() ? "" : "?" + query);
    }

    private static int order(String key) {
        return List.of(PERIOD, "from", "to", "chart", "entry", "asOf", "place").indexOf(key);
    }

    private static Integer parsePeriod(String value) {
        String days = value.endsWith("d") ? value.substring(0, value.length() - 1) : value;
        if (!days.matches("\\d{1,4}")) {
            return DEFAULT.periodDays;
        }
        int parsed = Integer.parseInt(days);
        return PERIODS.contains(parsed) ? parsed : DEFAULT.periodDays;
    }

    private static Optional<LocalDate> parseDate(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException impossible) {
            return Optional.empty();
        }
    }
}
