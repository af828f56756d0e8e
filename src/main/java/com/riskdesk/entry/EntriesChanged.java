package com.riskdesk.entry;

/** Published after an entry of a monitor was recorded, corrected or retracted and the change committed. */
public record EntriesChanged(long monitorId, long entryId, RevisionAction action) {
}
