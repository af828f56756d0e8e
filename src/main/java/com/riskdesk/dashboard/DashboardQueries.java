package com.riskdesk.dashboard;

import com.riskdesk.base.sql.SqlDialect;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's reads. Every figure is aggregated in the database; Java only picks points off the results. Each
 * query is written out whole twice: for the live store ({@link LiveSql}) and for a moment in the past, from the
 * revision history ({@link AsKnownAtSql}). All see the entries recorded up to {@code knownAt} and not retracted.
 */
@Component
class DashboardQueries {

    /** The ends of an open date range: every stored day lies between them. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    DashboardQueries(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** The live or the as-known-at query, as this database runs it, with the read point bound. */
    private JdbcClient.StatementSpec sql(String live, String asKnownAt, ReadPoint at) {
        String sql = at.snapshot() ? asKnownAt : dialect.withIndexHints(live);
        return jdbc.sql(sql).param("knownAt", Timestamp.from(at.moment()));
    }

    /** Running totals per indicator code, oldest day first. */
    Map<String, List<SeriesPoint>> series(long monitorId, ReadPoint at) {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        sql(LiveSql.SERIES, AsKnownAtSql.SERIES, at).param("monitor", monitorId)
                .query((ResultSet rs) -> {
                    series.computeIfAbsent(rs.getString("code"), code -> new ArrayList<>())
                            .add(new SeriesPoint(rs.getObject("on_day", LocalDate.class), total(rs)));
                });
        return series;
    }

    /** A running total as the queries give it: {@code total_low}, {@code total_high}, {@code total_open}. */
    static FigureValue total(ResultSet rs) throws SQLException {
        int low = rs.getInt("total_low");
        return rs.getInt("total_open") > 0 ? FigureValue.atLeast(low) : new FigureValue(low, rs.getInt("total_high"));
    }

    /** The newest {@code limit} figures reported for an indicator, each with the entry that reported it. */
    List<SourcedFigure> sources(long monitorId, String indicatorCode, ReadPoint at, int limit) {
        return sql(LiveSql.SOURCES, AsKnownAtSql.SOURCES, at).param("monitor", monitorId).param("code", indicatorCode).param("limit", limit)
                .query((rs, row) -> new SourcedFigure(citation(rs), Basis.valueOf(rs.getString("basis")),
                        figureValue(rs)))
                .list();
    }

    /** The first entry that marks each step reached, lowest step first. */
    List<EscalationPoint> escalation(long monitorId, ReadPoint at, List<String> stepNames) {
        return sql(LiveSql.ESCALATION, AsKnownAtSql.ESCALATION, at).param("monitor", monitorId)
                .query((rs, row) -> {
                    int level = rs.getInt("escalation_level");
                    return new EscalationPoint(level, stepNames.get(level - 1), citation(rs));
                })
                .list();
    }

    /** Days since the last entry of {@code kind}; without one, a tile that says so. */
    RecencyTile lastOfKind(long monitorId, EntryKindDefinition kind, ReadPoint at, LocalDate today) {
        return sql(LiveSql.LAST_OF_KIND, AsKnownAtSql.LAST_OF_KIND, at).param("monitor", monitorId).param("kind", kind.code())
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
        return withDates(sql(LiveSql.ENTRY_COUNT, AsKnownAtSql.ENTRY_COUNT, at), range).param("monitor", monitorId)
                .query(Long.class).single();
    }

    /** One entry as it stood at the read point, if it belongs to the monitor and was visible then. */
    Optional<EntryLine> entry(long monitorId, long entryId, ReadPoint at, MonitorDetails monitor) {
        return lines(sql(LiveSql.ENTRY, AsKnownAtSql.ENTRY, at).param("entry", entryId), monitorId, at, 0, 1, monitor)
                .stream().findFirst();
    }

    /** A page of the entries that happened within the range, newest first, each with its figures. */
    List<EntryLine> entries(long monitorId, ReadPoint at, DateRange range, int offset, int limit,
                            MonitorDetails monitor) {
        return lines(withDates(sql(LiveSql.ENTRY_PAGE, AsKnownAtSql.ENTRY_PAGE, at), range), monitorId, at, offset,
                limit, monitor);
    }

    /** The entries recorded last, latest first, as they stood at the read point. */
    List<EntryLine> recentlyRecorded(long monitorId, ReadPoint at, int limit, MonitorDetails monitor) {
        return lines(sql(LiveSql.RECENTLY_RECORDED, AsKnownAtSql.RECENTLY_RECORDED, at), monitorId, at, 0, limit, monitor);
    }

    /** Binds {@code :from} and {@code :to}; an open end as the first or last day there is. */
    private static JdbcClient.StatementSpec withDates(JdbcClient.StatementSpec query, DateRange range) {
        return query.param("from", range.from() == null ? FIRST_DAY : range.from())
                .param("to", range.to() == null ? LAST_DAY : range.to());
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
        jdbc.sql(at.snapshot() ? AsKnownAtSql.FIGURES : LiveSql.FIGURES)
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

    static Citation citation(ResultSet rs) throws SQLException {
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
