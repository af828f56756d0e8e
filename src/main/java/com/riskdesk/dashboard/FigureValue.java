package com.riskdesk.dashboard;

/**
 * An aggregated count that keeps its qualifier: exact, a lower bound ("at least 83") or a range ("80–85").
 * {@code high} is null for a lower bound.
 */
public record FigureValue(int low, Integer high) {

    public static FigureValue exact(int value) {
        return new FigureValue(value, value);
    }

    public static FigureValue atLeast(int value) {
        return new FigureValue(value, null);
    }

    public boolean isLowerBound() {
        return high == null;
    }

    public boolean isRange() {
        return high != null && high > low;
    }

    /** "at least 83", "80–85" or "83", in English ({@link DashboardWords#describe} in another language). */
    public String describe() {
        return DashboardWords.ENGLISH.describe(this);
    }
}
