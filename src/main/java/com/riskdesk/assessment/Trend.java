package com.riskdesk.assessment;

import java.util.Locale;
import java.util.Optional;

/** Which way a monitor's situation moved over a period, in staff's judgement. Listed worst first. */
public enum Trend {
    DETERIORATED("Deteriorated"),
    UNCHANGED("Unchanged"),
    IMPROVED("Improved");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in links and exports ("deteriorated"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The trend a link names ({@code trend=deteriorated}); empty for anything else. */
    public static Optional<Trend> fromCode(String code) {
        for (Trend trend : values()) {
            if (trend.code().equals(code)) {
                return Optional.of(trend);
            }
        }
        return Optional.empty();
    }
}
