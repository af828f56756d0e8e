package com.riskdesk.dashboard;

import com.riskdesk.entry.DatePrecision;

/**
 * Days since the last recorded strike. When the strike is only dated "on or before" a day, or within a
 * month, the count is a lower bound (counted from the latest day it can have happened).
 */
public record StrikeRecency(Citation citation, long days) {

    public boolean isLowerBound() {
        return citation.precision() != DatePrecision.DAY;
    }
}
