package com.riskdesk.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public side's SQL: judgements as known at a moment, read from their revisions (so {@code asOf} works). */
@Component
class JudgementQueries {

    /** The columns of a judgement's revision as the public reads it, with when the judgement was first recorded. */
    private static final String COLUMNS = """
            select r.id, r.trend_judgement_id, r.monitor_id, r.revision, r.action, r.changed_at, r.reason,
                   r.period_from, r.period_to, r.trend, r.alert, r.alert_text, r.narrative,
                   (select min(first.changed_at) from trend_judgement_revision first
                    where first.trend_judgement_id = r.trend_judgement_id) as recorded_at
            """;

    /** Each judgement's latest revision made by :knownAt, unless that one retracted it. */
    private static final String VISIBLE = """
            from trend_judgement_revision r
            where r.revision = (select max(latest.revision) from trend_judgement_revision latest
                                where latest.trend_judgement_id = r.trend_judgement_id
                                  and latest.changed_at <= :knownAt)
              and r.retracted = false
            """;

    /** A monitor's visible judgements, latest period first. */
    private static final String PUBLISHED = COLUMNS + VISIBLE + """
              and r.monitor_id = :monitorId
            order by r.period_to desc, r.period_from desc, r.trend_judgement_id desc
            limit :limit
            """;

    /** Every monitor's visible judgement of the latest period, in the order {@link #PUBLISHED} puts first. */
    private static final String LATEST_OF_EACH = "select * from (" + COLUMNS + """
                   , row_number() over (partition by r.monitor_id
                                        order by r.period_to desc, r.period_from desc, r.trend_judgement_id desc)
                       as pick
            """ + VISIBLE + """
            ) latest
            where pick = 1
            """;

    private static final String SOURCES = """
            select trend_judgement_revision_id, name, url from trend_judgement_revision_source
            where trend_judgement_revision_id in (:revisions)
            order by trend_judgement_revision_id, position
            """;

    private static final String LAST_CHANGE = """
            select max(changed_at) from trend_judgement_revision
            where monitor_id = :monitorId and changed_at <= :knownAt
            """;

    private static final String LAST_CHANGES = """
            select monitor_id, max(changed_at) as changed_at from trend_judgement_revision
            where changed_at <= :knownAt
            group by monitor_id
            """;

    private final JdbcClient jdbc;

    JudgementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublishedJudgement> published(long monitorId, Instant knownAt, int limit) {
        return withSources(jdbc.sql(PUBLISHED).param("monitorId", monitorId)
                .param("knownAt", Timestamp.from(knownAt)).param("limit", limit).query(JudgementQueries::row).list());
    }

    /** Each monitor's judgement of its latest period as known at {@code knownAt}: two statements for all monitors. */
    Map<Long, PublishedJudgement> latestOfEach(Instant knownAt) {
        return withSources(jdbc.sql(LATEST_OF_EACH).param("knownAt", Timestamp.from(knownAt))
                .query(JudgementQueries::row).list()).stream()
                .collect(Collectors.toMap(PublishedJudgement::monitorId, Function.identity()));
    }

    /** When each monitor's judgements last changed up to {@code knownAt}; monitors without any are absent. */
    Map<Long, Instant> lastChanges(Instant knownAt) {
        Map<Long, Instant> changes = new HashMap<>();
        jdbc.sql(LAST_CHANGES).param("knownAt", Timestamp.from(knownAt)).query((ResultSet rs) -> {
            changes.put(rs.getLong("monitor_id"), rs.getTimestamp("changed_at").toInstant());
        });
        return changes;
    }

    /** The rows with their sources, read in one statement. */
    private List<PublishedJudgement> withSources(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<JudgementSource>> sources = new LinkedHashMap<>();
        jdbc.sql(SOURCES).param("revisions", rows.stream().map(Row::revisionId).toList())
                .query((rs, n) -> {
                    sources.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new JudgementSource(rs.getString(2), rs.getString(3)));
                    return null;
                }).list();
        return rows.stream().map(row -> row.published(sources.getOrDefault(row.revisionId(), List.of()))).toList();
    }

    Optional<Instant> lastChange(long monitorId, Instant knownAt) {
        return jdbc.sql(LAST_CHANGE).param("monitorId", monitorId).param("knownAt", Timestamp.from(knownAt))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        JudgementAction action = JudgementAction.valueOf(rs.getString("action"));
        return new Row(rs.getLong("id"), new PublishedJudgement(rs.getLong("trend_judgement_id"),
                rs.getLong("monitor_id"),
                new JudgementPeriod(rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class)),
                Trend.valueOf(rs.getString("trend")), rs.getBoolean("alert"), rs.getString("alert_text"),
                rs.getString("narrative"), List.of(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant(), rs.getInt("revision"),
                action == JudgementAction.CORRECTED ? rs.getString("reason") : null));
    }

    private record Row(long revisionId, PublishedJudgement judgement) {

        PublishedJudgement published(List<JudgementSource> sources) {
            PublishedJudgement j = judgement;
            return new PublishedJudgement(j.id(), j.monitorId(), j.period(), j.trend(), j.alert(), j.alertText(),
                    j.narrative(), sources, j.recordedAt(), j.changedAt(), j.revision(), j.correctionReason());
        }
    }
}
