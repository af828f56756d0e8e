package com.riskdesk.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff grid's queries: a filtered page of entry summaries and its count, newest first. */
@Component
class EntryQueries {

    private static final String FILTER = """
            from entry e
            where e.monitor_id = :monitor
              and (cast(:kind as varchar) is null or e.kind = :kind)
              and (cast(:from as date) is null or e.occurred_on >= :from)
              and (cast(:to as date) is null or e.occurred_on <= :to)
              and (cast(:text as varchar) is null
                   or lower(e.headline) like :text escape '\\'
                   or lower(e.source_outlet) like :text escape '\\'
                   or lower(e.source_title) like :text escape '\\'
                   or lower(coalesce(e.notes, '')) like :text escape '\\')
            """;

    private static final String PAGE = """
            select e.id, e.occurred_on, e.date_precision, e.kind, e.headline, e.source_outlet, e.confidence,
                   e.retracted_at, e.recorded_by, e.recorded_at,
                   exists (select 1 from entry_revision r where r.entry_id = e.id and r.action = 'CORRECTED')
                       as corrected
            """ + FILTER + """
            order by e.occurred_on desc, e.recorded_at desc, e.id desc
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    EntryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EntrySummary> page(EntryFilter filter, int offset, int limit) {
        return bind(jdbc.sql(PAGE), filter).param("limit", limit).param("offset", offset)
                .query((rs, row) -> summary(rs)).list();
    }

    long count(EntryFilter filter) {
        return bind(jdbc.sql("select count(*) " + FILTER), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, EntryFilter filter) {
        return sql.param("monitor", filter.monitorId())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("from", filter.from())
                .param("to", filter.to())
                .param("text", filter.text() == null ? null : "%" + escapeLike(filter.text().toLowerCase()) + "%");
    }

    /** Typed % and _ are searched for as they are, not as wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static EntrySummary summary(ResultSet rs) throws SQLException {
        return new EntrySummary(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), EntryKind.valueOf(rs.getString("kind")),
                rs.getString("headline"), rs.getString("source_outlet"),
                Confidence.valueOf(rs.getString("confidence")), rs.getTimestamp("retracted_at") != null,
                rs.getBoolean("corrected"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
