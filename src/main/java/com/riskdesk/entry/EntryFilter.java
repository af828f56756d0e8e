package com.riskdesk.entry;

import java.time.LocalDate;

/**
 * Which entries of a monitor the staff grid shows; null parts do not filter. {@code text} is searched for in the
 * headline, the source (outlet, title) and the notes, ignoring case.
 */
public record EntryFilter(long monitorId, EntryKind kind, LocalDate from, LocalDate to, String text) {

    public EntryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public EntryFilter(long monitorId, EntryKind kind, LocalDate from, LocalDate to) {
        this(monitorId, kind, from, to, null);
    }

    public static EntryFilter all(long monitorId) {
        return new EntryFilter(monitorId, null, null, null, null);
    }
}
