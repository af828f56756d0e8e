package com.riskdesk.entry.review;

import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.place.Place;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Source;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The review tables' SQL: the per-monitor switch, drafts with their figures, and each draft's history. */
@Component
class DraftStore {

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReviewSetting> setting(long monitorId) {
        return jdbc.sql("""
                        select monitor_id, required, changed_at, changed_by
                        from monitor_review
                        where monitor_id = :monitor
                        order by changed_at desc, id desc
                        fetch first 1 rows only
                        """)
                .param("monitor", monitorId)
                .query((rs, row) -> new ReviewSetting(rs.getLong(1), rs.getBoolean(2), instant(rs, 3), rs.getString(4)))
                .optional();
    }

    void switchReview(long monitorId, boolean required, Instant at, String by) {
        jdbc.sql("""
                        insert into monitor_review (monitor_id, required, changed_at, changed_by)
                        values (:monitor, :required, :at, :by)
                        """)
                .param("monitor", monitorId).param("required", required).param("at", utc(at)).param("by", by)
                .update();
    }

    long insert(ChangeKind change, Long entryId, Integer entryVersion, NewEntry content, String reason,
                Instant at, String author) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into entry_draft (monitor_id, change_kind, entry_id, entry_version, status, author,
                                                 created_at, kind, occurred_on, date_precision, escalation_level,
                                                 headline, source_outlet, source_title, source_url,
                                                 source_published_on, confidence, notes, reason, place_name,
                                                 place_precision, place_area, place_latitude, place_longitude)
                        values (:monitor, :change, :entry, :version, 'PENDING', :author, :at, :kind, :occurredOn,
                                :precision, :level, :headline, :outlet, :title, :url, :published, :confidence,
                                :notes, :reason, :placeName, :placePrecision, :placeArea, :placeLatitude,
                                :placeLongitude)
                        """)
                .param("monitor", content.monitorId()).param("change", change.name()).param("entry", entryId)
                .param("version", entryVersion).param("author", author).param("at", utc(at))
                .params(columns(content)).param("reason", reason)
                .update(key, "id");
        long id = key.getKey().longValue();
        figures(id, content);
        return id;
    }

    void replaceContent(long id, NewEntry content, String reason) {
        jdbc.sql("""
                        update entry_draft
                        set kind = :kind, occurred_on = :occurredOn, date_precision = :precision,
                            escalation_level = :level, headline = :headline, source_outlet = :outlet,
                            source_title = :title, source_url = :url, source_published_on = :published,
                            confidence = :confidence, notes = :notes, reason = :reason, place_name = :placeName,
                            place_precision = :placePrecision, place_area = :placeArea,
                            place_latitude = :placeLatitude, place_longitude = :placeLongitude
                        where id = :id
                        """)
                .params(columns(content)).param("reason", reason).param("id", id)
                .update();
        jdbc.sql("delete from entry_draft_figure where draft_id = :id").param("id", id).update();
        figures(id, content);
    }

    void status(long id, DraftStatus status, Long publishedEntryId) {
        jdbc.sql("update entry_draft set status = :status, published_entry_id = :entry where id = :id")
                .param("status", status.name()).param("entry", publishedEntryId).param("id", id)
                .update();
    }

    void event(long draftId, String action, Instant at, String by, String comment) {
        jdbc.sql("""
                        insert into entry_draft_event (draft_id, action, happened_at, happened_by, comment)
                        values (:draft, :action, :at, :by, :comment)
                        """)
                .param("draft", draftId).param("action", action).param("at", utc(at)).param("by", by)
                .param("comment", comment)
                .update();
    }

    List<DraftEvent> events(long draftId) {
        return jdbc.sql("""
                        select action, happened_at, happened_by, comment
                        from entry_draft_event
                        where draft_id = :draft
                        order by id
                        """)
                .param("draft", draftId)
                .query((rs, row) -> new DraftEvent(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<Draft> find(long id) {
        return drafts("where d.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Drafts still open (waiting for review or back with their author), oldest first. */
    List<Draft> open() {
        return drafts("where d.status in ('PENDING', 'SENT_BACK')", Map.of());
    }

    private List<Draft> drafts(String where, Map<String, Object> parameters) {
        Map<Long, Map<String, Figure>> figures = new HashMap<>();
        jdbc.sql("""
                        select f.draft_id, f.indicator_code, f.basis, f.qualifier, f.value_low, f.value_high
                        from entry_draft_figure f join entry_draft d on d.id = f.draft_id
                        """ + where)
                .params(parameters)
                .query(rs -> {
                    figures.computeIfAbsent(rs.getLong(1), draft -> new HashMap<>()).put(rs.getString(2),
                            new Figure(Basis.valueOf(rs.getString(3)), Qualifier.valueOf(rs.getString(4)),
                                    rs.getInt(5), rs.getObject(6, Integer.class)));
                });
        return jdbc.sql("select d.* from entry_draft d " + where + " order by d.created_at, d.id")
                .params(parameters)
                .query((rs, row) -> draft(rs, figures.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    private static Draft draft(ResultSet rs, Map<String, Figure> figures) throws SQLException {
        NewEntry content = new NewEntry(rs.getLong("monitor_id"), EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("occurred_on", LocalDate.class), DatePrecision.valueOf(rs.getString("date_precision")),
                rs.getObject("escalation_level", Integer.class), rs.getString("headline"),
                new Source(rs.getString("source_outlet"), rs.getString("source_title"), rs.getString("source_url"),
                        rs.getObject("source_published_on", LocalDate.class)),
                Confidence.valueOf(rs.getString("confidence")), rs.getString("notes"), figures, place(rs));
        return new Draft(rs.getLong("id"), ChangeKind.valueOf(rs.getString("change_kind")),
                rs.getObject("entry_id", Long.class), rs.getObject("entry_version", Integer.class),
                DraftStatus.valueOf(rs.getString("status")), rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), content, rs.getString("reason"),
                rs.getObject("published_entry_id", Long.class));
    }

    private void figures(long draftId, NewEntry content) {
        content.figures().forEach((code, figure) -> jdbc.sql("""
                        insert into entry_draft_figure (draft_id, indicator_code, basis, qualifier, value_low, value_high)
                        values (:draft, :code, :basis, :qualifier, :low, :high)
                        """)
                .param("draft", draftId).param("code", code).param("basis", figure.basis().name())
                .param("qualifier", figure.qualifier().name()).param("low", figure.low()).param("high", figure.high())
                .update());
    }

    private static Map<String, Object> columns(NewEntry entry) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", entry.kind().name());
        columns.put("occurredOn", entry.occurredOn());
        columns.put("precision", entry.datePrecision().name());
        columns.put("level", entry.escalationLevel());
        columns.put("headline", entry.headline());
        columns.put("outlet", entry.source().outlet());
        columns.put("title", entry.source().title());
        columns.put("url", entry.source().url());
        columns.put("published", entry.source().publishedOn());
        columns.put("confidence", entry.confidence().name());
        columns.put("notes", entry.notes());
        columns.putAll(Place.parameters(entry.place()));
        return columns;
    }

    private static Place place(ResultSet rs) throws SQLException {
        return Place.stored(rs.getString("place_name"), rs.getString("place_precision"), rs.getString("place_area"),
                rs.getObject("place_latitude", Double.class), rs.getObject("place_longitude", Double.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
