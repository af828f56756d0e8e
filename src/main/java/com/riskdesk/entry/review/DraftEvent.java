package com.riskdesk.entry.review;

import com.riskdesk.base.i18n.Message;
import java.time.Instant;
import java.util.Set;

/** One step in a draft's history: SUBMITTED, SENT_BACK (with the reviewer's comment), RESUBMITTED, PUBLISHED, DISCARDED. */
public record DraftEvent(String action, Instant at, String by, String comment) {

    private static final Set<String> ACTIONS = Set.of("SUBMITTED", "RESUBMITTED", "SENT_BACK", "PUBLISHED", "DISCARDED");

    /** "Sent back by anna: the source is a rumour", in the reader's language ({@code review.event.*}). */
    public Message describe() {
        Message done = Message.of("review.event." + (ACTIONS.contains(action) ? action : "OTHER"), by, action);
        return comment == null ? done : Message.of("review.event.with-comment", done, comment);
    }
}
