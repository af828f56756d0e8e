package com.riskdesk.entry.review;

/** Where a draft stands: waiting for a reviewer, back with its author, published, or dropped by its author. */
public enum DraftStatus {
    PENDING("Waiting for review"),
    SENT_BACK("Sent back"),
    PUBLISHED("Published"),
    DISCARDED("Discarded");

    private final String label;

    DraftStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
