package com.riskdesk.monitor;

/**
 * What staff write for one monitor's methodology page: a note on what it follows and how, its sources policy and its
 * corrections policy. Each may be empty (the page then shows only the shared text). Plain text; the page escapes it.
 */
public record MethodologyNotes(String note, String sourcesPolicy, String correctionsPolicy) {

    /** The size of each part (V18__create_monitor_methodology.sql). */
    public static final int PART_MAX = 4000;
    public static final MethodologyNotes NONE = new MethodologyNotes("", "", "");

    public MethodologyNotes {
        note = checked(note, "The methodology note");
        sourcesPolicy = checked(sourcesPolicy, "The sources policy");
        correctionsPolicy = checked(correctionsPolicy, "The corrections policy");
    }

    private static String checked(String part, String what) {
        String value = part == null ? "" : part.strip();
        if (value.length() > PART_MAX) {
            throw new IllegalArgumentException(what + " is at most " + PART_MAX + " characters");
        }
        return value;
    }
}
