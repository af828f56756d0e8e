package com.riskdesk.monitor;

import com.riskdesk.base.i18n.RefusedException;
/** One rung of a monitor's escalation ladder: its name and what reaching it means. */
public record EscalationStep(String name, String meaning) {

    public static final int NAME_MAX = 120;

    public EscalationStep {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new RefusedException("monitor.problem.step-name", NAME_MAX);
        }
        if (meaning == null || meaning.isBlank()) {
            throw new RefusedException("monitor.problem.step-meaning");
        }
    }
}
