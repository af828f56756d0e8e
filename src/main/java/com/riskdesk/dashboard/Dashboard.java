package com.riskdesk.dashboard;

import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything a monitor's dashboard shows, read at one moment: {@code readAt}, which is now unless
 * {@code snapshot} says it is a past moment rebuilt from the recorded history. {@code tiles} are the shown indicators'
 * tiles in the indicators' order (the charts' order); {@code recency} is null when the monitor has no "days since the
 * last ..." tile. Where each tile stands is the definition's {@code tileOrder}: {@link #shownTiles()}.
 */
public record Dashboard(MonitorDetails monitor, LocalDate today, int periodDays, List<IndicatorTile> tiles,
                        EscalationTile escalation, RecencyTile recency,
                        Map<String, List<SeriesPoint>> series, long entryCount, Instant readAt, boolean snapshot) {

    /**
     * Every tile shown, in the order the definition gives ({@code MonitorDetails.tileOrder()}): the shown indicators,
     * the escalation step and days since the last ... where the monitor has that tile. Every output lists these.
     */
    public List<Tile> shownTiles() {
        List<Tile> shown = new ArrayList<>(tiles);
        shown.add(escalation);
        if (recency != null) {
            shown.add(recency);
        }
        shown.sort(Comparator.comparingInt(tile -> monitor.tilePosition(tile.key())));
        return List.copyOf(shown);
    }

    /** The shown indicators' tiles in the order the definition gives the tiles. */
    public List<IndicatorTile> indicatorTiles() {
        return shownTiles().stream()
                .flatMap(tile -> tile instanceof IndicatorTile indicator ? Stream.of(indicator) : Stream.empty())
                .toList();
    }

    /**
     * This dashboard with its monitor, tiles and each chart series replaced by {@code earlier}'s where equal, so that
     * viewers comparing the two find those unchanged by identity ({@link DashboardReading#sharingWith}).
     */
    Dashboard sharingWith(Dashboard earlier) {
        return new Dashboard(DashboardReading.same(monitor, earlier.monitor), today, periodDays,
                DashboardReading.same(tiles, earlier.tiles), DashboardReading.same(escalation, earlier.escalation),
                DashboardReading.same(recency, earlier.recency),
                series.equals(earlier.series) ? earlier.series : seriesSharingWith(earlier.series),
                entryCount, readAt, snapshot);
    }

    /** Each series, or {@code earlier}'s instance of it where equal, in this dashboard's order. */
    private Map<String, List<SeriesPoint>> seriesSharingWith(Map<String, List<SeriesPoint>> earlier) {
        Map<String, List<SeriesPoint>> shared = new java.util.LinkedHashMap<>();
        series.forEach((code, points) -> shared.put(code, DashboardReading.same(points, earlier.get(code))));
        return java.util.Collections.unmodifiableMap(shared);
    }

    /** The pinned moment to read this dashboard again ({@code asOf}), or null for a live reading. */
    public Instant asOf() {
        return snapshot ? readAt : null;
    }

    public LocalDate periodStart() {
        return today.minusDays(periodDays);
    }

    /** The first day the charts show: {@code from} if chosen, else the monitor's start. */
    public LocalDate chartStart(LocalDate from) {
        return from != null ? from : monitor.startDate();
    }

    /**
     * The last day the charts show: {@code to} if chosen, else a week past the last thing recorded, but never past
     * today nor before {@code start}.
     */
    public LocalDate chartEnd(LocalDate start, LocalDate to) {
        if (to != null) {
            return to;
        }
        LocalDate end = lastDataDay().plusDays(7);
        if (end.isAfter(today)) {
            end = today;
        }
        return end.isBefore(start) ? today : end;
    }

    private LocalDate lastDataDay() {
        return Stream.concat(series.values().stream().flatMap(List::stream).map(SeriesPoint::day),
                        escalation.reached().stream().map(point -> point.citation().occurredOn()))
                .max(LocalDate::compareTo)
                .orElse(today);
    }
}
