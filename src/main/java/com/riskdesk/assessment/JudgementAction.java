package com.riskdesk.assessment;

/** What a revision of a trend judgement did. */
public enum JudgementAction {
    RECORDED("Recorded"),
    CORRECTED("Corrected"),
    RETRACTED("Retracted");

    private final String label;

    JudgementAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
