package com.riskdesk.dashboard;

import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.Source;
import com.riskdesk.place.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry as the public list shows it, with its kind in its monitor's words, its figures and source. */
public record EntryLine(long id, EntryKind kind, String kindLabel, LocalDate occurredOn, DatePrecision precision, Instant recordedAt,
                        String headline, Integer escalationLevel, Confidence confidence, Source source, String notes,
                        List<FigureLine> figures, Place place) {

    /** An entry line without a place. */
    public EntryLine(long id, EntryKind kind, String kindLabel, LocalDate occurredOn, DatePrecision precision,
                     Instant recordedAt, String headline, Integer escalationLevel, Confidence confidence, Source source,
                     String notes, List<FigureLine> figures) {
        this(id, kind, kindLabel, occurredOn, precision, recordedAt, headline, escalationLevel, confidence, source, notes,
                figures, null);
    }

    public String describeDate() {
        return precision.describe(occurredOn);
    }

    /** A figure of the entry, labelled with its indicator's name. */
    public record FigureLine(String indicatorName, Basis basis, FigureValue value) {
    }
}
