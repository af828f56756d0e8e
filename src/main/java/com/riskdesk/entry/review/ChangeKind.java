package com.riskdesk.entry.review;

/** What a draft proposes to do. */
public enum ChangeKind {
    RECORD("New entry"),
    CORRECT("Correction"),
    RETRACT("Retraction");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
