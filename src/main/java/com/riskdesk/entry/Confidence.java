package com.riskdesk.entry;

/** How well a figure or event is established; later constants are stronger. */
public enum Confidence {
    OFFICIAL_CLAIM("Official claim"),
    SINGLE_SOURCE("Single-source report"),
    MULTIPLE_SOURCES("Multiple independent sources"),
    CONFIRMED("Confirmed");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
