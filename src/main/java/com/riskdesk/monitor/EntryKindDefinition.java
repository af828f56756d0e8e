package com.riskdesk.monitor;

import com.riskdesk.base.i18n.RefusedException;
import java.util.regex.Pattern;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kind of entry a monitor records ("Attack", "Statement"), named by the monitor's staff. Entries keep the
 * {@code code}; the {@code label} is what readers see, so a kind can be renamed or hidden from the staff form without
 * touching old entries. {@link #ESCALATION_STEP} is built in: the escalation ladder is fed by entries of that kind.
 */
@Table("entry_kind")
public record EntryKindDefinition(String code, String label, boolean hidden) {

    public static final int CODE_MAX = 30;
    public static final int LABEL_MAX = 80;
    public static final String ESCALATION_STEP = "ESCALATION_STEP";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (CODE_MAX - 1) + "}");

    public EntryKindDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RefusedException("monitor.problem.kind-code", String.valueOf(code));
        }
        if (label == null || label.isBlank() || label.length() > LABEL_MAX) {
            throw new RefusedException("monitor.problem.kind-label", LABEL_MAX);
        }
    }

    /** A shown kind. */
    public EntryKindDefinition(String code, String label) {
        this(code, label, false);
    }

    /** The built-in kind, as a monitor gets it unless its staff renamed it. */
    public static EntryKindDefinition escalationStep() {
        return new EntryKindDefinition(ESCALATION_STEP, "Escalation step");
    }

    public boolean isEscalationStep() {
        return ESCALATION_STEP.equals(code);
    }
}
