package com.riskdesk.entry;

import com.riskdesk.place.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: an entry as it stood after one change, with who made the change, when and why. Never updated. */
@Table("entry_revision")
record EntryRevision(
        @Id Long id,
        Long entryId,
        Long monitorId,
        int revision,
        RevisionAction action,
        Instant changedAt,
        String changedBy,
        String reason,
        @Embedded.Empty NewEntryColumns content,
        boolean retracted,
        @MappedCollection(idColumn = "entry_revision_id", keyColumn = "indicator_code") Map<String, RevisionFigure> figures) {

    EntryRevision {
        figures = Map.copyOf(figures);
    }

    static EntryRevision of(Entry entry, int revision, RevisionAction action, Instant at, String by, String reason) {
        return new EntryRevision(null, entry.id(), entry.monitorId(), revision, action, at, by, reason,
                NewEntryColumns.of(entry), entry.isRetracted(), entry.figures().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, figure -> RevisionFigure.of(figure.getValue()))));
    }

    Map<String, Figure> entryFigures() {
        return figures.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, figure -> figure.getValue().toFigure()));
    }

    /** The entry's content columns, as stored in each revision. */
    record NewEntryColumns(String kind, LocalDate occurredOn, DatePrecision datePrecision,
                           Integer escalationLevel, String headline,
                           @Embedded.Nullable(prefix = "source_") Source source, Confidence confidence,
                           String notes, @Embedded.Nullable(prefix = "place_") Place place) {

        static NewEntryColumns of(Entry entry) {
            return new NewEntryColumns(entry.kind(), entry.occurredOn(), entry.datePrecision(),
                    entry.escalationLevel(), entry.headline(), entry.source(), entry.confidence(), entry.notes(),
                    entry.place());
        }
    }
}
