package com.riskdesk.security;

import java.util.List;

/**
 * Failed sign-ins per hour over the last day, newest hour first, and whether the last hour is a spike: at least
 * {@value #SPIKE_MIN} failures and more than {@value #SPIKE_FACTOR} times the average of the hours before.
 */
public record FailedSignIns(List<Long> perHour, long lastHour, double averageBefore, boolean spike) {

    static final int SPIKE_MIN = 10;
    static final int SPIKE_FACTOR = 3;

    static FailedSignIns of(List<Long> perHour) {
        long lastHour = perHour.isEmpty() ? 0 : perHour.getFirst();
        double before = perHour.stream().skip(1).mapToLong(Long::longValue).average().orElse(0);
        return new FailedSignIns(List.copyOf(perHour), lastHour, before,
                lastHour >= SPIKE_MIN && lastHour > SPIKE_FACTOR * before);
    }
}
