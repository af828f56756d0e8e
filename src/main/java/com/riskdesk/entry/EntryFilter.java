package com.riskdesk.entry;

import java.time.LocalDate;

/** Which entries of a monitor the staff grid shows; null parts do not filter. */
public record EntryFilter(long monitorId, EntryKind kind, LocalDate from, LocalDate to) {

    public static EntryFilter all(long monitorId) {
        return new EntryFilter(monitorId, null, null, null);
    }
}
