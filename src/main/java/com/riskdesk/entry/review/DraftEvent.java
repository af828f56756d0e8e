package com.riskdesk.entry.review;

import java.time.Instant;

/** One step in a draft's history: SUBMITTED, SENT_BACK (with the reviewer's comment), RESUBMITTED, PUBLISHED, DISCARDED. */
public record DraftEvent(String action, Instant at, String by, String comment) {

    /** "Sent back by anna: the source is a rumour". */
    public String describe() {
        String words = switch (action) {
            case "SUBMITTED" -> "Saved as a draft for review by ";
            case "RESUBMITTED" -> "Resubmitted by ";
            case "SENT_BACK" -> "Sent back by ";
            case "PUBLISHED" -> "Reviewed and published by ";
            case "DISCARDED" -> "Discarded by ";
            default -> action + " by ";
        };
        return words + by + (comment == null ? "" : ": " + comment);
    }
}
