package com.riskdesk.entry.imports;

import java.time.Instant;

/** One import as history keeps it: who imported which file when, and how many entries it added. */
public record ImportRecord(long id, long monitorId, Instant importedAt, String importedBy, String fileName,
                           int added, int matched) {
}
