package com.riskdesk.dashboard;

import com.riskdesk.base.sql.SqlDialect;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.DayRollup;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.place.Place;
import com.riskdesk.monitor.MonitorDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL. Every figure is aggregated in the database; Java only picks points off the results.
 * All queries see entries recorded up to {@code knownAt} and not retracted.
 */
@Component
class DashboardQueries {

    /**
     * Running totals per indicator and day. A cumulative report restarts the total at its figure (the
     * strongest, then latest recorded, report of a day wins); increments dated after it add to it. A lower
     * bound anywhere in a run makes the total a lower bound.
     * <p>One pass over the figures: a day's increments and its winning cumulative report come out of the same
     * GROUP BY. (Joining a CTE of the reports back to the days made H2 run that CTE again for every day, so the
     * time grew with days × entries; see DashboardBenchmark.)
     */
    private static final String RUNS = """
            marked as (
                select code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open,
                       count(base_low) over (partition by code order by on_day) as run
                from daily
            )
            select code, on_day,
                   coalesce(max(base_low) over (partition by code, run), 0)
                     + sum(case when base_low is null then inc_low else 0 end)
                         over (partition by code, run order by on_day) as total_low,
                   coalesce(max(base_high) over (partition by code, run), 0)
                     + sum(case when base_low is null then inc_high else 0 end)
                         over (partition by code, run order by on_day) as total_high,
                   greatest(coalesce(max(base_open) over (partition by code, run), 0),
                            max(case when base_low is null then inc_open else 0 end)
                                over (partition by code, run order by on_day)) as total_open
            from marked
            order by code, on_day
            """;

    /** Live: the day rows come from the rollup that EntryService keeps current (one row per indicator and day). */
    private static final String SERIES_LIVE = """
            with daily as (
                select indicator_code as code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open
                from series_day where monitor_id = :monitor
            ),
            """ + RUNS;

    /** A snapshot: the day rows computed from the revisions known at the moment. */
    private static final String SERIES_AS_KNOWN_AT = "with " + DayRollup.DAILY.replace("{days}", "") + ",\n"
            + RUNS;

    private static final String SOURCES = """
            select e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   f.basis, f.qualifier, f.value_low, f.value_high
            from {entries} e {index:entry_monitor_newest} {figures}
            where e.monitor_id = :monitor and f.indicator_code = :code and {visible} {since}
            order by e.monitor_id, e.occurred_on desc, e.recorded_at desc
            limit :limit
            """;

    /**
     * Live: only entries dated on or after the earliest of the {@code :limit} latest days with a figure for the code.
     * Every series_day row stands for at least one figure, so the newest {@code :limit} figures are all dated then
     * or later, and the sources query no longer walks back through entries that lack the code. No row at all (no
     * figure for the code) gives a bound past every entry, so the index range is empty: a null bound would make H2
     * read every entry instead.
     */
    private static final String SOURCES_SINCE = """
            and e.occurred_on >= coalesce((select min(on_day) from (
                select on_day from series_day where monitor_id = :monitor and indicator_code = :code
                order by on_day desc limit :limit) latest), date '9999-12-31')""";

    private static final String ESCALATION = """
            select * from (
                select e.escalation_level, e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                       row_number() over (partition by e.escalation_level order by e.occurred_on, e.id) as pick
                from {entries} e {index:entry_monitor_escalation}
                where e.monitor_id = :monitor and e.escalation_level >= -2147483648 and {visible}
            ) first_reached
            where pick = 1
            order by escalation_level
            """;

    private static final String LAST_OF_KIND = """
            select e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on
            from {entries} e {index:entry_monitor_kind_occurred}
            where e.monitor_id = :monitor and e.kind = :kind and {visible}
            order by e.monitor_id, e.kind, e.occurred_on desc, e.recorded_at desc
            limit 1
            """;

    private static final String ENTRY_PAGE = """
            select e.id, e.kind, e.occurred_on, e.date_precision, e.recorded_at, e.headline, e.escalation_level,
                   e.confidence, e.notes, e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude,
                   {figureKey} as figure_key
            from {entries} e {index:entry_monitor_newest}
            where e.monitor_id = :monitor and {visible} {only}
            order by e.monitor_id, e.occurred_on desc, e.recorded_at desc, e.id desc
            limit :limit offset :offset
            """;

    /** The entry page by when entries were recorded, latest first, for the feed (index entry_monitor_recorded, V7). */
    private static final String RECENTLY_RECORDED = ENTRY_PAGE
            .replace("order by e.monitor_id, e.occurred_on desc, e.recorded_at desc, e.id desc",
                    "order by e.monitor_id, e.recorded_at desc, e.id desc")
            .replace("{index:entry_monitor_newest}", "{index:entry_monitor_recorded}")
            .replace("{only}", "");

    private static final String FIGURES_OF_ENTRIES = """
            select f.entry_id as figure_key, f.indicator_code, f.basis, f.qualifier, f.value_low, f.value_high
            from entry_figure f where f.entry_id in (:ids)
            order by f.entry_id, f.indicator_code
            """;

    private static final String FIGURES_OF_REVISIONS = """
            select f.entry_revision_id as figure_key, f.indicator_code, f.basis, f.qualifier, f.value_low, f.value_high
            from entry_revision_figure f where f.entry_revision_id in (:ids)
            order by f.entry_revision_id, f.indicator_code
            """;

    private static final String ENTRY_COUNT_AS_KNOWN_AT = """
            select count(*) from {entries} e
            where e.monitor_id = :monitor and {visible} {only}
            """;

    /** Live: the per-day entry counts that DayRollup keeps current. */
    private static final String ENTRY_COUNT_LIVE = """
            select coalesce(sum(entries), 0) from entry_day e where e.monitor_id = :monitor {days}
            """;

    /** The entries as they stood at :knownAt: each entry's latest revision made by then, dated when first recorded. */
    private static final String ENTRIES_AS_KNOWN_AT = """
            (select r.entry_id as id, r.id as revision_id, r.monitor_id, r.kind, r.occurred_on, r.date_precision,
                    r.escalation_level, r.headline, r.source_outlet, r.source_title, r.source_url,
                    r.source_published_on, r.confidence, r.notes, r.retracted, original.changed_at as recorded_at,
                    r.place_name, r.place_precision, r.place_area, r.place_latitude, r.place_longitude
             from entry_revision r
             join entry_revision original on original.entry_id = r.entry_id and original.revision = 1
             where r.monitor_id = :monitor and r.changed_at <= :knownAt
               and r.revision = (select max(later.revision) from entry_revision later
                                 where later.entry_id = r.entry_id and later.changed_at <= :knownAt))""";

    /** {@code {index:NAME}}: the dialect's hint to read the live table through NAME; nothing for the revision history. */
    private static final Pattern INDEX_HINT = Pattern.compile("\\{index:(\\w+)}");

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    DashboardQueries(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /**
     * A query for the live store (the entry tables) or, for a moment in the past, for the revision history.
     * Both shapes filter to what was recorded by {@code knownAt} and not retracted.
     * <p>Read-path tuning (DashboardBenchmark; none of it changes a result): ORDER BY clauses start with the
     * columns the WHERE fixes ({@code e.monitor_id}, {@code e.kind}) so H2 recognises an index order that starts
     * with them and stops after the LIMIT; {@code {index:NAME}} names the index each live query is shaped for
     * ({@link SqlDialect#indexHint}: H2 only), as H2's planner otherwise picks by the columns the WHERE constrains (the monitor_id foreign-key index, or
     * entry_monitor_recorded for the {@code recorded_at <= :knownAt} range) and sorts or filters 100,000 rows; and
     * {@code escalation_level >= -2147483648} is "is not null" for an integer, in a form H2 looks up in an index.
     */
    private JdbcClient.StatementSpec sql(String template, ReadPoint at) {
        String sql = at.snapshot()
                ? template.replace("{entries}", ENTRIES_AS_KNOWN_AT)
                        .replace("{figures}", "join entry_revision_figure f on f.entry_revision_id = e.revision_id")
                        .replace("{visible}", "e.retracted = false")
                        .replace("{figureKey}", "e.revision_id")
                        .replace("{since}", "")
                : template.replace("{entries}", "entry")
                        .replace("{figures}", "join entry_figure f on f.entry_id = e.id")
                        .replace("{visible}", "e.retracted_at is null and e.recorded_at <= :knownAt")
                        .replace("{figureKey}", "e.id")
                        .replace("{since}", SOURCES_SINCE);
        sql = INDEX_HINT.matcher(sql).replaceAll(hint -> at.snapshot() ? "" : dialect.indexHint(hint.group(1)));
        return jdbc.sql(sql).param("knownAt", Timestamp.from(at.moment()));
    }

    /** Running totals per indicator code, oldest day first. */
    Map<String, List<SeriesPoint>> series(long monitorId, ReadPoint at) {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        sql(at.snapshot() ? SERIES_AS_KNOWN_AT : SERIES_LIVE, at).param("monitor", monitorId)
                .query((ResultSet rs) -> {
                    int low = rs.getInt("total_low");
                    FigureValue value = rs.getInt("total_open") > 0
                            ? FigureValue.atLeast(low) : new FigureValue(low, rs.getInt("total_high"));
                    series.computeIfAbsent(rs.getString("code"), code -> new ArrayList<>())
                            .add(new SeriesPoint(rs.getObject("on_day", LocalDate.class), value));
                });
        return series;
    }

    /** The newest {@code limit} figures reported for an indicator, each with the entry that reported it. */
    List<SourcedFigure> sources(long monitorId, String indicatorCode, ReadPoint at, int limit) {
        return sql(SOURCES, at).param("monitor", monitorId).param("code", indicatorCode).param("limit", limit)
                .query((rs, row) -> new SourcedFigure(citation(rs), Basis.valueOf(rs.getString("basis")),
                        figureValue(rs)))
                .list();
    }

    /** The first entry that marks each step reached, lowest step first. */
    List<EscalationPoint> escalation(long monitorId, ReadPoint at, List<String> stepNames) {
        return sql(ESCALATION, at).param("monitor", monitorId)
                .query((rs, row) -> {
                    int level = rs.getInt("escalation_level");
                    return new EscalationPoint(level, stepNames.get(level - 1), citation(rs));
                })
                .list();
    }

    /** Days since the last entry of {@code kind}; without one, a tile that says so. */
    RecencyTile lastOfKind(long monitorId, EntryKindDefinition kind, ReadPoint at, LocalDate today) {
        return sql(LAST_OF_KIND, at).param("monitor", monitorId).param("kind", kind.code())
                .query((rs, row) -> {
                    Citation citation = citation(rs);
                    LocalDate latest = citation.precision().latestPossible(citation.occurredOn());
                    return new RecencyTile(kind, citation, Math.max(0, latest.until(today, ChronoUnit.DAYS)));
                })
                .optional()
                .orElse(new RecencyTile(kind, null, 0));
    }

    /** When anything about the monitor's entries last changed (recorded, corrected or retracted) up to a moment. */
    Optional<Instant> lastChange(long monitorId, Instant upTo) {
        return jdbc.sql("select max(changed_at) from entry_revision where monitor_id = :monitor and changed_at <= :upTo")
                .param("monitor", monitorId).param("upTo", Timestamp.from(upTo))
                .query((rs, row) -> rs.getTimestamp(1)).optional()
                .map(Timestamp::toInstant);
    }

    long entryCount(long monitorId, ReadPoint at) {
        return entryCount(monitorId, at, DateRange.ALL);
    }

    /** How many entries happened within the range. */
    long entryCount(long monitorId, ReadPoint at, DateRange range) {
        String template = at.snapshot() ? ENTRY_COUNT_AS_KNOWN_AT.replace("{only}", dates(range, "e.occurred_on"))
                : ENTRY_COUNT_LIVE.replace("{days}", dates(range, "e.on_day"));
        return withDates(sql(template, at), range).param("monitor", monitorId).query(Long.class).single();
    }

    /** One entry as it stood at the read point, if it belongs to the monitor and was visible then. */
    Optional<EntryLine> entry(long monitorId, long entryId, ReadPoint at, MonitorDetails monitor) {
        // By primary key: without the newest-first index hint, which would walk the monitor's entries.
        String template = ENTRY_PAGE.replace("{only}", "and e.id = :entry").replace("{index:entry_monitor_newest}", "");
        return lines(sql(template, at).param("entry", entryId), monitorId, at, 0, 1, monitor).stream().findFirst();
    }

    /** A page of the entries that happened within the range, newest first, each with its figures. */
    List<EntryLine> entries(long monitorId, ReadPoint at, DateRange range, int offset, int limit,
                            MonitorDetails monitor) {
        return lines(withDates(sql(ENTRY_PAGE.replace("{only}", dates(range, "e.occurred_on")), at), range),
                monitorId, at, offset, limit, monitor);
    }

    /** The entries recorded last, latest first, as they stood at the read point. */
    List<EntryLine> recentlyRecorded(long monitorId, ReadPoint at, int limit, MonitorDetails monitor) {
        return lines(sql(RECENTLY_RECORDED, at), monitorId, at, 0, limit, monitor);
    }

    private static String dates(DateRange range, String column) {
        return (range.from() == null ? "" : " and " + column + " >= :from")
                + (range.to() == null ? "" : " and " + column + " <= :to");
    }

    private static JdbcClient.StatementSpec withDates(JdbcClient.StatementSpec query, DateRange range) {
        JdbcClient.StatementSpec dated = range.from() == null ? query : query.param("from", range.from());
        return range.to() == null ? dated : dated.param("to", range.to());
    }

    /** A page of entries with their figures: two queries, whatever the page size. */
    private List<EntryLine> lines(JdbcClient.StatementSpec page, long monitorId, ReadPoint at, int offset, int limit,
                                  MonitorDetails monitor) {
        List<EntryRow> rows = page.param("monitor", monitorId)
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new EntryRow(rs.getLong("id"), rs.getLong("figure_key"), EntryKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class),
                        DatePrecision.valueOf(rs.getString("date_precision")),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("headline"),
                        (Integer) rs.getObject("escalation_level"), Confidence.valueOf(rs.getString("confidence")),
                        source(rs), rs.getString("notes"), place(rs)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Indicator> indicators = monitor.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<Long, List<EntryLine.FigureLine>> figures = new LinkedHashMap<>();
        jdbc.sql(at.snapshot() ? FIGURES_OF_REVISIONS : FIGURES_OF_ENTRIES)
                .param("ids", rows.stream().map(EntryRow::figureKey).toList())
                .query((ResultSet rs) -> {
                    String code = rs.getString("indicator_code");
                    Indicator indicator = indicators.get(code);
                    figures.computeIfAbsent(rs.getLong("figure_key"), id -> new ArrayList<>())
                            .add(new EntryLine.FigureLine(indicator == null ? code : indicator.name(),
                                    Basis.valueOf(rs.getString("basis")), figureValue(rs)));
                });
        return rows.stream().map(row -> row.toLine(monitor.kindLabel(row.kind().code()),
                figures.getOrDefault(row.figureKey(), List.of()))).toList();
    }

    private static FigureValue figureValue(ResultSet rs) throws SQLException {
        int low = rs.getInt("value_low");
        return switch (rs.getString("qualifier")) {
            case "AT_LEAST" -> FigureValue.atLeast(low);
            case "RANGE" -> new FigureValue(low, rs.getInt("value_high"));
            default -> FigureValue.exact(low);
        };
    }

    private static Citation citation(ResultSet rs) throws SQLException {
        return new Citation(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), rs.getString("headline"),
                Confidence.valueOf(rs.getString("confidence")), source(rs));
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(rs.getString("source_outlet"), rs.getString("source_title"), rs.getString("source_url"),
                rs.getObject("source_published_on", LocalDate.class));
    }

    private static Place place(ResultSet rs) throws SQLException {
        return Place.stored(rs.getString("place_name"), rs.getString("place_precision"), rs.getString("place_area"),
                rs.getObject("place_latitude", Double.class), rs.getObject("place_longitude", Double.class));
    }

    private record EntryRow(long id, long figureKey, EntryKind kind, LocalDate occurredOn, DatePrecision precision,
                            Instant recordedAt, String headline, Integer escalationLevel, Confidence confidence,
                            Source source, String notes, Place place) {

        EntryLine toLine(String kindLabel, List<EntryLine.FigureLine> figures) {
            return new EntryLine(id, kind, kindLabel, occurredOn, precision, recordedAt, headline, escalationLevel,
                    confidence, source, notes, figures, place);
        }
    }
}
