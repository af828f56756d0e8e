package com.riskdesk.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The days a judgement is about, both included: a calendar month or a custom from–to period. */
public record JudgementPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public static JudgementPeriod month(YearMonth month) {
        return new JudgementPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** Whether the period is exactly one calendar month. */
    public boolean isMonth() {
        return from != null && to != null && from.getDayOfMonth() == 1
                && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    /** "November 2025", or "3 Nov 2025 – 20 Nov 2025" for a custom period. */
    public String describe() {
        if (from == null || to == null) {
            return "";
        }
        return isMonth() ? MONTH.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }
}
