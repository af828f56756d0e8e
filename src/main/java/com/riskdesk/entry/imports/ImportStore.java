package com.riskdesk.entry.imports;

import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.place.Place;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The import's SQL: the monitor's entries as they stand (to match rows against), and the bulk write of new entries
 * with their first revisions, in JDBC batches. The same tables and columns as {@code EntryService} writes one by one.
 */
@Component
class ImportStore {

    static final int BATCH = 1000;

    private static final String INSERT_ENTRY = """
            insert into entry (monitor_id, kind, occurred_on, date_precision, recorded_at, recorded_by,
                               escalation_level, headline, source_outlet, source_title, source_url,
                               source_published_on, confidence, notes, version, place_name, place_precision,
                               place_area, place_latitude, place_longitude)
            values (:monitor, :kind, :occurredOn, :precision, :at, :by, :level, :headline, :outlet, :title, :url,
                    :published, :confidence, :notes, 0, :placeName, :placePrecision, :placeArea, :placeLatitude,
                    :placeLongitude)
            """;
    private static final String INSERT_REVISION = """
            insert into entry_revision (entry_id, monitor_id, revision, action, changed_at, changed_by, reason, kind,
                                        occurred_on, date_precision, escalation_level, headline, source_outlet,
                                        source_title, source_url, source_published_on, confidence, notes, retracted,
                                        import_id, place_name, place_precision, place_area, place_latitude,
                                        place_longitude)
            values (:entry, :monitor, 1, 'RECORDED', :at, :by, :reason, :kind, :occurredOn, :precision, :level,
                    :headline, :outlet, :title, :url, :published, :confidence, :notes, false, :import, :placeName,
                    :placePrecision, :placeArea, :placeLatitude, :placeLongitude)
            """;
    private static final String INSERT_FIGURE = """
            insert into %s (%s, indicator_code, basis, qualifier, value_low, value_high)
            values (:owner, :code, :basis, :qualifier, :low, :high)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    ImportStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Every entry of the monitor (retracted ones too) with its current content, by id. */
    Map<Long, NewEntry> entries(long monitorId) {
        Map<Long, Map<String, Figure>> figures = new HashMap<>();
        jdbc.sql("""
                select f.entry_id, f.indicator_code, f.basis, f.qualifier, f.value_low, f.value_high
                from entry_figure f join entry e on e.id = f.entry_id
                where e.monitor_id = :monitor
                """).param("monitor", monitorId).query((ResultSet rs) -> {
                    figures.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2),
                            new Figure(Basis.valueOf(rs.getString(3)), Qualifier.valueOf(rs.getString(4)),
                                    rs.getInt(5), (Integer) rs.getObject(6, Integer.class)));
                });
        Map<Long, NewEntry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                select id, kind, occurred_on, date_precision, escalation_level, headline, source_outlet, source_title,
                       source_url, source_published_on, confidence, notes, place_name, place_precision, place_area,
                       place_latitude, place_longitude
                from entry where monitor_id = :monitor
                """).param("monitor", monitorId).query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    entries.put(id, content(rs, monitorId, figures.getOrDefault(id, Map.of())));
                });
        return entries;
    }

    private static NewEntry content(ResultSet rs, long monitorId, Map<String, Figure> figures) throws SQLException {
        return new NewEntry(monitorId, EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("occurred_on", LocalDate.class), DatePrecision.valueOf(rs.getString("date_precision")),
                rs.getObject("escalation_level", Integer.class), rs.getString("headline"),
                new Source(rs.getString("source_outlet"), rs.getString("source_title"), rs.getString("source_url"),
                        rs.getObject("source_published_on", LocalDate.class)),
                Confidence.valueOf(rs.getString("confidence")), rs.getString("notes"), figures,
                Place.stored(rs.getString("place_name"), rs.getString("place_precision"), rs.getString("place_area"),
                        rs.getObject("place_latitude", Double.class), rs.getObject("place_longitude", Double.class)));
    }

    /** Holds the monitor's row until the transaction ends (as {@code DayRollup} does for each change). */
    void lockMonitor(long monitorId) {
        jdbc.sql("select id from monitor where id = :monitor for update").param("monitor", monitorId)
                .query(Long.class).optional();
    }

    /** Records the import itself; its id goes on each imported entry's revision. */
    long recordImport(long monitorId, Instant at, String by, String fileName, int added, int matched) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into entry_import (monitor_id, imported_at, imported_by, file_name, rows_added, rows_matched)
                values (:monitor, :at, :by, :file, :added, :matched)
                """).param("monitor", monitorId).param("at", utc(at)).param("by", by).param("file", fileName)
                .param("added", added).param("matched", matched).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /**
     * Writes the entries, their figures and first revisions in batches; tells {@code written} how many entries are
     * done after each batch. Returns the new entries' ids in the order given.
     */
    List<Long> write(long importId, List<NewEntry> entries, Instant at, String by, String reason, IntConsumer written) {
        List<Long> ids = new ArrayList<>(entries.size());
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<NewEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            List<MapSqlParameterSource> rows = batch.stream().map(entry -> columns(entry, at, by)).toList();
            List<Long> entryIds = insert(INSERT_ENTRY, rows);
            figures("entry_figure", "entry_id", batch, entryIds);
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).addValue("entry", entryIds.get(i)).addValue("reason", reason).addValue("import", importId);
            }
            figures("entry_revision_figure", "entry_revision_id", batch, insert(INSERT_REVISION, rows));
            ids.addAll(entryIds);
            written.accept(ids.size());
        }
        return ids;
    }

    /** The imports of a monitor, newest first. */
    List<ImportRecord> imports(long monitorId, int limit) {
        return jdbc.sql("""
                select id, monitor_id, imported_at, imported_by, file_name, rows_added, rows_matched
                from entry_import where monitor_id = :monitor
                order by imported_at desc, id desc
                limit :limit
                """).param("monitor", monitorId).param("limit", limit)
                .query((rs, n) -> new ImportRecord(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7)))
                .list();
    }

    private List<Long> insert(String sql, List<MapSqlParameterSource> rows) {
        KeyHolder keys = new GeneratedKeyHolder();
        batches.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        return keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue()).toList();
    }

    private void figures(String table, String ownerColumn, List<NewEntry> entries, List<Long> owners) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (Map.Entry<String, Figure> figure : entries.get(i).figures().entrySet()) {
                rows.add(new MapSqlParameterSource().addValue("owner", owners.get(i))
                        .addValue("code", figure.getKey()).addValue("basis", figure.getValue().basis().name())
                        .addValue("qualifier", figure.getValue().qualifier().name())
                        .addValue("low", figure.getValue().low()).addValue("high", figure.getValue().high()));
            }
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate(INSERT_FIGURE.formatted(table, ownerColumn), rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource columns(NewEntry entry, Instant at, String by) {
        Source source = entry.source();
        return new MapSqlParameterSource().addValue("monitor", entry.monitorId()).addValue("kind", entry.kind().name())
                .addValue("occurredOn", entry.occurredOn()).addValue("precision", entry.datePrecision().name())
                .addValue("at", utc(at)).addValue("by", by).addValue("level", entry.escalationLevel())
                .addValue("headline", entry.headline()).addValue("outlet", source.outlet())
                .addValue("title", source.title()).addValue("url", source.url())
                .addValue("published", source.publishedOn()).addValue("confidence", entry.confidence().name())
                .addValue("notes", entry.notes()).addValues(Place.parameters(entry.place()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
