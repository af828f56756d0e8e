package com.riskdesk.entry;

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
        EntryKind kind,
        LocalDate occurredOn,
        DatePrecision datePrecision,
        Instant recordedAt,
        Integer escalationLevel,
        String headline,
        @Embedded.Nullable(prefix = "source_") Source source,
        Confidence confidence,
        String notes,
        Instant retractedAt,
        String retractionReason,
        @MappedCollection(idColumn = "entry_id", keyColumn = "indicator_code") Map<String, Figure> figures,
        @Version Integer version) {

    Entry {
        figures = Map.copyOf(figures);
    }

    static Entry record(NewEntry entry, Instant recordedAt) {
        return new Entry(null, entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                recordedAt, entry.escalationLevel(), entry.headline(), entry.source(), entry.confidence(),
                entry.notes(), null, null, entry.figures(), null);
    }
}
