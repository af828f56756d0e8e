package com.riskdesk.entry;

public enum EntryKind {
    STRIKE("Strike"),
    CASUALTY_REPORT("Casualty report"),
    ESCALATION_STEP("Escalation step"),
    STATEMENT("Statement"),
    OTHER("Other");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
