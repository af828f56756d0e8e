package com.riskdesk.entry;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the staff's entry grid. */
public record EntrySummary(long id, LocalDate occurredOn, DatePrecision precision, EntryKind kind, String headline,
                           String outlet, Confidence confidence, boolean retracted, boolean corrected,
                           String recordedBy, Instant recordedAt) {

    /** "Retracted", "Corrected" or "Published": what the public sees of this entry now. */
    public String status() {
        if (retracted) {
            return "Retracted";
        }
        return corrected ? "Corrected" : "Published";
    }

    public String describeDate() {
        return precision.describe(occurredOn);
    }
}
