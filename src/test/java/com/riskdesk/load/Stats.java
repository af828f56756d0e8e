package com.riskdesk.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a list of milliseconds. */
final class Stats {

    private final List<Double> sorted;

    Stats(List<Double> values) {
        sorted = new ArrayList<>(values);
        Collections.sort(sorted);
    }

    int count() {
        return sorted.size();
    }

    double percentile(double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double max() {
        return sorted.isEmpty() ? Double.NaN : sorted.getLast();
    }

    /** "p50/p95" in whole ms, or "-" when empty. */
    String p50p95() {
        return sorted.isEmpty() ? "-" : ms(percentile(50)) + "/" + ms(percentile(95));
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : Long.toString(Math.round(millis));
    }

    /** Least-squares slope of y over x. */
    static double slope(List<Double> x, List<Double> y) {
        int n = x.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
