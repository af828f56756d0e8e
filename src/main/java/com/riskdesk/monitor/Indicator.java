package com.riskdesk.monitor;

import java.util.regex.Pattern;

/**
 * A count the monitor follows, such as boats struck or deaths. Units stay separate: strikes, boats and
 * deaths are different indicators even when reports blur them.
 */
public record Indicator(String code, String name, String unit, String description) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 80;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0," + (CODE_MAX - 1) + "}");

    public Indicator {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Indicator code must be lower-case letters, digits or _: " + code);
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("Indicator name must be 1.." + NAME_MAX + " characters");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("Indicator unit is required");
        }
    }
}
