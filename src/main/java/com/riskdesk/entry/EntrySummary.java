package com.riskdesk.entry;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the staff's entry grid. */
public record EntrySummary(long id, LocalDate occurredOn, DatePrecision precision, EntryKind kind, String headline,
                           String outlet, Confidence confidence, boolean retracted, String recordedBy,
                           Instant recordedAt) {

    public String describeDate() {
        return precision.describe(occurredOn);
    }
}
