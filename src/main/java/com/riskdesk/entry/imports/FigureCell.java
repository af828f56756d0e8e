package com.riskdesk.entry.imports;

import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as {@code entries.csv} writes it: "83 (this event)", "at least 83 (running total)", "80–85 (running
 * total)" (a hyphen works as well as the dash). Whether it is a running total or what the event adds must be said:
 * guessing it would change the public figure.
 */
final class FigureCell {

    private static final Pattern FIGURE = Pattern.compile(
            "(at least\\s+)?(\\d+)(?:\\s*[–-]\\s*(\\d+))?\\s*\\((running total|this event)\\)");
    private FigureCell() {
    }

    /** The figure in {@code text}; throws {@link IllegalArgumentException} with a message for the person. */
    static Figure parse(String text) {
        Matcher matcher = FIGURE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            if (text.contains(";")) {
                throw new RefusedException("import.problem.one-figure");
            }
            throw new RefusedException("import.problem.not-figure");
        }
        Basis basis = matcher.group(4).equals("running total") ? Basis.CUMULATIVE : Basis.INCREMENT;
        int low = number(matcher.group(2));
        if (matcher.group(3) != null) {
            if (matcher.group(1) != null) {
                throw new RefusedException("import.problem.range-at-least");
            }
            return new Figure(basis, Qualifier.RANGE, low, number(matcher.group(3)));
        }
        return new Figure(basis, matcher.group(1) != null ? Qualifier.AT_LEAST : Qualifier.EXACT, low, null);
    }

    private static int number(String digits) {
        if (digits.length() > 9 || Integer.parseInt(digits) > Figure.MAX_VALUE) {
            throw new RefusedException("import.problem.figure-range", Figure.MAX_VALUE);
        }
        return Integer.parseInt(digits);
    }
}
