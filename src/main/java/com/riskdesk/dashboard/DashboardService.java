package com.riskdesk.dashboard;

import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a monitor's dashboard shows: tile figures with their sources, chart series and entries. */
@Service
public class DashboardService {

    public static final int DEFAULT_PERIOD_DAYS = 30;
    public static final int MAX_PAGE = 100;
    static final int SOURCES_PER_TILE = 10;

    private final MonitorService monitors;
    private final DashboardQueries queries;
    private final OverviewQueries overviewQueries;
    private final Clock clock;

    DashboardService(MonitorService monitors, DashboardQueries queries, OverviewQueries overviewQueries, Clock clock) {
        this.monitors = monitors;
        this.queries = queries;
        this.overviewQueries = overviewQueries;
        this.clock = clock;
    }

    /** Monitors with their current escalation step, for the start page: the same statements for any number. */
    @Transactional(readOnly = true)
    public List<MonitorOverview> overviews() {
        List<MonitorDetails> all = monitors.all();
        Map<Long, EscalationPoint> steps = overviewQueries.highestSteps(clock.instant(), MonitorCards.stepNames(all));
        return all.stream()
                .map(monitor -> new MonitorOverview(monitor, Optional.ofNullable(steps.get(monitor.id()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Dashboard> dashboard(String slug, int periodDays) {
        return dashboard(slug, periodDays, null);
    }

    /**
     * The dashboard as it stood at {@code asOf} (null: now), rebuilt from the recorded history.
     *
     * @throws IllegalArgumentException when {@code asOf} is in the future
     */
    @Transactional(readOnly = true)
    public Optional<Dashboard> dashboard(String slug, int periodDays, Instant asOf) {
        ReadPoint at = readPoint(asOf);
        return monitors.findBySlug(slug).map(monitor -> read(monitor, clamp(periodDays, 1, 3650), at));
    }

    /** Entries newest first; {@code limit} is capped at {@link #MAX_PAGE}. */
    @Transactional(readOnly = true)
    public List<EntryLine> entries(long monitorId, int offset, int limit) {
        return entries(monitorId, null, offset, limit);
    }

    /** Entries newest first as they stood at {@code asOf} (null: now). */
    @Transactional(readOnly = true)
    public List<EntryLine> entries(long monitorId, Instant asOf, int offset, int limit) {
        return entries(monitorId, asOf, DateRange.ALL, offset, limit);
    }

    /** The entries that happened within {@code range}, newest first, as they stood at {@code asOf} (null: now). */
    @Transactional(readOnly = true)
    public List<EntryLine> entries(long monitorId, Instant asOf, DateRange range, int offset, int limit) {
        return queries.entries(monitorId, readPoint(asOf), range, Math.max(0, offset), clamp(limit, 1, MAX_PAGE),
                definition(monitorId));
    }

    /**
     * The entries recorded last, latest first, as they stood at {@code asOf} (null: now): what is new to someone
     * following the monitor, whatever date the events had. {@code limit} is capped at {@link #MAX_PAGE}.
     */
    @Transactional(readOnly = true)
    public List<EntryLine> recentlyRecorded(long monitorId, Instant asOf, int limit) {
        return queries.recentlyRecorded(monitorId, readPoint(asOf), clamp(limit, 1, MAX_PAGE), definition(monitorId));
    }

    /** How many entries happened within {@code range}, as known at {@code asOf} (null: now). */
    @Transactional(readOnly = true)
    public long entryCount(long monitorId, Instant asOf, DateRange range) {
        return queries.entryCount(monitorId, readPoint(asOf), range);
    }

    /**
     * One entry of the monitor as it stood at {@code asOf} (null: now); empty when it is another monitor's, was
     * retracted by then, or was not yet recorded.
     */
    @Transactional(readOnly = true)
    public Optional<EntryLine> entry(long monitorId, long entryId, Instant asOf) {
        return queries.entry(monitorId, entryId, readPoint(asOf), definition(monitorId));
    }

    /** The monitor's definition: the names of its indicators and kinds that entries are shown with. */
    private MonitorDetails definition(long monitorId) {
        return monitors.findById(monitorId).orElseThrow();
    }

    /**
     * When the figures of a monitor last changed as seen from {@code asOf} (null: now): for caches, ETags and
     * Last-Modified. Empty for an unknown monitor; the epoch for a monitor without entries.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> lastChange(String slug, Instant asOf) {
        ReadPoint at = readPoint(asOf);
        return monitors.findBySlug(slug)
                .map(monitor -> queries.lastChange(monitor.id(), at.moment()).orElse(Instant.EPOCH));
    }

    private ReadPoint readPoint(Instant asOf) {
        Instant now = clock.instant();
        if (asOf == null) {
            return ReadPoint.live(now);
        }
        if (asOf.isAfter(now)) {
            throw new IllegalArgumentException("A snapshot cannot be in the future");
        }
        return ReadPoint.asKnownAt(asOf);
    }

    private Dashboard read(MonitorDetails monitor, int periodDays, ReadPoint knownAt) {
        LocalDate today = LocalDate.ofInstant(knownAt.moment(), clock.getZone());
        LocalDate periodStart = today.minusDays(periodDays);
        Map<String, List<SeriesPoint>> series = queries.series(monitor.id(), knownAt);
        List<IndicatorTile> tiles = monitor.shownIndicators().stream()
                .map(indicator -> {
                    List<SeriesPoint> points = series.getOrDefault(indicator.code(), List.of());
                    // No point in the series means no figure at all: skip the search for sources.
                    List<SourcedFigure> sources = points.isEmpty() ? List.of()
                            : queries.sources(monitor.id(), indicator.code(), knownAt, SOURCES_PER_TILE);
                    return new IndicatorTile(indicator, SeriesPoint.lastOnOrBefore(points, today),
                            SeriesPoint.lastOnOrBefore(points, periodStart), sources);
                })
                .toList();
        return new Dashboard(monitor, today, periodDays, tiles, escalation(monitor, knownAt, periodStart),
                monitor.recency().map(kind -> queries.lastOfKind(monitor.id(), kind, knownAt, today)).orElse(null),
                series,
                queries.entryCount(monitor.id(), knownAt), knownAt.moment(), knownAt.snapshot());
    }

    private EscalationTile escalation(MonitorDetails monitor, ReadPoint knownAt, LocalDate periodStart) {
        List<EscalationPoint> reached = queries.escalation(monitor.id(), knownAt, stepNames(monitor));
        EscalationPoint current = reached.stream().max(Comparator.comparingInt(EscalationPoint::level)).orElse(null);
        Integer previous = reached.stream()
                .filter(point -> !point.citation().precision().latestPossible(point.citation().occurredOn()).isAfter(periodStart))
                .map(EscalationPoint::level).max(Integer::compare).orElse(null);
        String meaning = current == null ? null : monitor.step(current.level()).meaning();
        return new EscalationTile(current, monitor.ladder().size(), meaning, previous, reached);
    }

    private static List<String> stepNames(MonitorDetails monitor) {
        return monitor.ladder().stream().map(EscalationStep::name).toList();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
