package com.riskdesk.entry;

import com.riskdesk.place.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: one dated, sourced record about a monitor. Figures are keyed by indicator code. */
@Table("entry")
record Entry(
        @Id Long id,
        Long monitorId,
        String kind,
        LocalDate occurredOn,
        DatePrecision datePrecision,
        Instant recordedAt,
        String recordedBy,
        Integer escalationLevel,
        String headline,
        @Embedded.Nullable(prefix = "source_") Source source,
        Confidence confidence,
        String notes,
        Instant retractedAt,
        String retractionReason,
        @MappedCollection(idColumn = "entry_id", keyColumn = "indicator_code") Map<String, Figure> figures,
        @Version Integer version,
        @Embedded.Nullable(prefix = "place_") Place place) {

    Entry {
        figures = Map.copyOf(figures);
    }

    static Entry record(NewEntry entry, Instant recordedAt, String recordedBy) {
        return new Entry(null, entry.monitorId(), entry.kind().code(), entry.occurredOn(), entry.datePrecision(),
                recordedAt, recordedBy, entry.escalationLevel(), entry.headline(), entry.source(),
                entry.confidence(), entry.notes(), null, null, entry.figures(), null, entry.place());
    }

    /** The same entry with corrected content; when and by whom it was first recorded stay. */
    Entry corrected(NewEntry content) {
        return new Entry(id, monitorId, content.kind().code(), content.occurredOn(), content.datePrecision(), recordedAt,
                recordedBy, content.escalationLevel(), content.headline(), content.source(), content.confidence(),
                content.notes(), retractedAt, retractionReason, content.figures(), version, content.place());
    }

    Entry retracted(Instant at, String reason) {
        return new Entry(id, monitorId, kind, occurredOn, datePrecision, recordedAt, recordedBy, escalationLevel,
                headline, source, confidence, notes, at, reason, figures, version, place);
    }

    boolean isRetracted() {
        return retractedAt != null;
    }

    NewEntry content() {
        return new NewEntry(monitorId, EntryKind.valueOf(kind), occurredOn, datePrecision, escalationLevel, headline,
                source, confidence, notes, figures, place);
    }
}
