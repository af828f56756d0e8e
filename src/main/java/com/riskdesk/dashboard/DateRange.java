package com.riskdesk.dashboard;

import java.time.LocalDate;

/** The days a view is limited to, by when things happened; either end may be open ({@code null}). */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("A range cannot end before it starts");
        }
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
