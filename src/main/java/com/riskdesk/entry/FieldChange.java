package com.riskdesk.entry;

/** One field of an entry that a correction changed, with its value before and after, as text. */
public record FieldChange(String field, String before, String after) {

    /** "Headline: old → new", with "(none)" for an empty side. */
    public String describe() {
        return field + ": " + orNone(before) + " → " + orNone(after);
    }

    private static String orNone(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }
}
