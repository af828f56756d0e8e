package com.riskdesk.entry;

/** What a revision of an entry did. */
public enum RevisionAction {
    RECORDED("Recorded"),
    CORRECTED("Corrected"),
    RETRACTED("Retracted");

    private final String label;

    RevisionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
