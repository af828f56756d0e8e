package com.riskdesk.entry.imports;

import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as {@code entries.csv} writes it: "83 (this event)", "at least 83 (running total)", "80–85 (running
 * total)" (a hyphen works as well as the dash), or in Spanish ("al menos 83 (total acumulado)"). Whether it is a running total or what the event adds must be said:
 * guessing it would change the public figure.
 */
final class FigureCell {

    /** "at least" and the two bases in every language the export writes ("al menos", "total acumulado"). */
    private static final List<String> AT_LEAST = Translations.inEveryLanguage("export.figure.at-least").stream()
            .map(pattern -> pattern.substring(0, pattern.indexOf("{0}")).strip().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> CUMULATIVE = words("export.figure.CUMULATIVE");
    private static final Pattern FIGURE = Pattern.compile("((?:" + either(AT_LEAST) + ")\\s+)?(\\d+)(?:\\s*[–-]\\s*(\\d+))?"
            + "\\s*\\((" + either(CUMULATIVE) + "|" + either(words("export.figure.INCREMENT")) + ")\\)");

    private static List<String> words(String key) {
        return Translations.inEveryLanguage(key).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    private static String either(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

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
        Basis basis = CUMULATIVE.contains(matcher.group(4)) ? Basis.CUMULATIVE : Basis.INCREMENT;
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
