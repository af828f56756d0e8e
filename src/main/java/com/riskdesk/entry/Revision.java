package com.riskdesk.entry;

import java.time.Instant;
import java.util.List;

/** One step in an entry's history: what was done, by whom, when, why, and which fields changed. */
public record Revision(long entryId, String headline, int number, RevisionAction action, Instant changedAt,
                       String changedBy, String reason, List<FieldChange> changes) {
}
