package com.riskdesk.entry;

import java.time.Instant;

/** An entry as the correction form loads it; {@code version} must come back with the correction. */
public record EntryDetails(long id, NewEntry content, int version, boolean retracted, String retractionReason,
                           Instant recordedAt, String recordedBy) {

    static EntryDetails of(Entry entry) {
        return new EntryDetails(entry.id(), entry.content(), entry.version(), entry.isRetracted(),
                entry.retractionReason(), entry.recordedAt(), entry.recordedBy());
    }
}
