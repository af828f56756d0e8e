package com.riskdesk.entry;

import com.riskdesk.monitor.EntryKindDefinition;

/**
 * What kind of entry this is, by the code of one of its monitor's kinds ({@link EntryKindDefinition}); readers see
 * the monitor's label for it. Escalation steps are built in: the ladder is fed by them.
 */
public record EntryKind(String code) {

    public static final EntryKind ESCALATION_STEP = new EntryKind(EntryKindDefinition.ESCALATION_STEP);

    public EntryKind {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A kind needs a code");
        }
    }

    /** The kind stored as {@code code}. */
    public static EntryKind valueOf(String code) {
        return new EntryKind(code);
    }

    /** The stored code, as in the database, the API and the CSV. */
    public String name() {
        return code;
    }

    /**
     * The code in words ("CASUALTY_REPORT" → "Casualty report"), where no monitor is at hand to give its label (the
     * field-by-field history compares two states of an entry on their own).
     */
    public String codeInWords() {
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public String toString() {
        return code;
    }
}
