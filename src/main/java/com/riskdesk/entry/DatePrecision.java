package com.riskdesk.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How exactly a source dates an event. A MONTH date is stored as the first day of that month. */
public enum DatePrecision {
    DAY("On the day"),
    MONTH("Within the month"),
    ON_OR_BEFORE("On or before");

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final String label;

    DatePrecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The date as a reader should see it, e.g. "29 Nov 2025", "September 2025", "on or before 30 Nov 2025". */
    public String describe(LocalDate date) {
        return switch (this) {
            case DAY -> DAY_FORMAT.format(date);
            case MONTH -> MONTH_FORMAT.format(date);
            case ON_OR_BEFORE -> "on or before " + DAY_FORMAT.format(date);
        };
    }

    /** The latest day the event can have happened on. */
    public LocalDate latestPossible(LocalDate date) {
        return this == MONTH ? date.withDayOfMonth(date.lengthOfMonth()) : date;
    }

    public static String formatDay(LocalDate date) {
        return DAY_FORMAT.format(date);
    }
}
