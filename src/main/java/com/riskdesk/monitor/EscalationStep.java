package com.riskdesk.monitor;

/** One rung of a monitor's escalation ladder: its name and what reaching it means. */
public record EscalationStep(String name, String meaning) {

    public static final int NAME_MAX = 120;

    public EscalationStep {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("Step name must be 1.." + NAME_MAX + " characters");
        }
        if (meaning == null || meaning.isBlank()) {
            throw new IllegalArgumentException("Step meaning is required");
        }
    }
}
