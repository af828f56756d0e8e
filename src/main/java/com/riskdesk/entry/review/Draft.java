package com.riskdesk.entry.review;

import com.riskdesk.entry.NewEntry;
import java.time.Instant;

/**
 * A proposed change as stored: the entry's content after it ({@code content}; for a retraction, the entry as it
 * was), and for corrections and retractions the entry and the version the author saw. {@code reason} is the
 * correction note or the retraction's reason.
 */
public record Draft(long id, ChangeKind change, Long entryId, Integer entryVersion, DraftStatus status, String author,
                    Instant createdAt, NewEntry content, String reason, Long publishedEntryId) {
}
