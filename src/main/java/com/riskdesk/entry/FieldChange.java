package com.riskdesk.entry;

/** One field of an entry that a correction changed, with its value before and after, as text. */
public record FieldChange(String field, String before, String after) {
}
