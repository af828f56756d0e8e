package com.riskdesk.entry;

import java.time.LocalDate;
import java.util.Map;

/** What staff (or the demo data) submit to record an entry. Figures are keyed by indicator code. */
public record NewEntry(long monitorId, EntryKind kind, LocalDate occurredOn, DatePrecision datePrecision,
                       Integer escalationLevel, String headline, Source source, Confidence confidence,
                       String notes, Map<String, Figure> figures) {

    public static final int HEADLINE_MAX = 300;
    public static final int NOTES_MAX = 2000;

    public NewEntry {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}
