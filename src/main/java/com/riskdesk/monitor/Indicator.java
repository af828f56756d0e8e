package com.riskdesk.monitor;

import com.riskdesk.base.i18n.RefusedException;
import java.util.regex.Pattern;

/**
 * A count the monitor follows. Units stay separate: events, the things they hit and the people they affect are
 * different indicators even when reports blur them. A {@code hidden} indicator keeps its entries' figures but shows
 * no tile and no chart line: an indicator in use is hidden, never deleted.
 */
public record Indicator(String code, String name, String unit, String description, Counting counting,
                        boolean hidden) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 80;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0," + (CODE_MAX - 1) + "}");

    public Indicator {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RefusedException("monitor.problem.indicator-code", String.valueOf(code));
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new RefusedException("monitor.problem.indicator-name", NAME_MAX);
        }
        if (unit == null || unit.isBlank()) {
            throw new RefusedException("monitor.problem.indicator-unit");
        }
        if (counting == null) {
            counting = Counting.RUNNING_TOTAL;
        }
    }

    /** A shown running total. */
    public Indicator(String code, String name, String unit, String description) {
        this(code, name, unit, description, Counting.RUNNING_TOTAL, false);
    }
}
