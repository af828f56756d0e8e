package com.riskdesk.entry;

import com.riskdesk.place.Place;
import java.time.LocalDate;
import java.util.Map;

/** What staff (or the demo data) submit to record an entry. Figures are keyed by indicator code. */
public record NewEntry(long monitorId, EntryKind kind, LocalDate occurredOn, DatePrecision datePrecision,
                       Integer escalationLevel, String headline, Source source, Confidence confidence,
                       String notes, Map<String, Figure> figures, Place place) {

    public static final int HEADLINE_MAX = 300;
    public static final int NOTES_MAX = 2000;

    public NewEntry {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    /** An entry without a place. */
    public NewEntry(long monitorId, EntryKind kind, LocalDate occurredOn, DatePrecision datePrecision,
                    Integer escalationLevel, String headline, Source source, Confidence confidence,
                    String notes, Map<String, Figure> figures) {
        this(monitorId, kind, occurredOn, datePrecision, escalationLevel, headline, source, confidence, notes, figures,
                null);
    }

    /** The same entry at another place (null: none). */
    public NewEntry withPlace(Place newPlace) {
        return new NewEntry(monitorId, kind, occurredOn, datePrecision, escalationLevel, headline, source, confidence,
                notes, figures, newPlace);
    }
}
