package com.riskdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address. After {@value #FREE_ATTEMPTS} failures in a
 * row, sign-in for that account (or from that client) pauses, for a minute at first and doubling with each
 * further failure up to {@link #MAX_PAUSE}. A pause always ends: an attacker can delay a real user by at most
 * that long, never lock them out for good. A success clears the account's and the client's count.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the account or client must still wait; zero when it may try now. */
    Duration waitBeforeNextAttempt(String username, String client) {
        Instant now = clock.instant();
        Duration forAccount = wait(accountKey(username), now);
        Duration forClient = wait(clientKey(client), now);
        return forAccount.compareTo(forClient) >= 0 ? forAccount : forClient;
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(entry -> entry.last().plus(MEMORY).isBefore(now));
        }
        failures.merge(accountKey(username), new Failures(1, now), (old, one) -> old.next(now));
        failures.merge(clientKey(client), new Failures(1, now), (old, one) -> old.next(now));
    }

    void succeeded(String username, String client) {
        failures.remove(accountKey(username));
        failures.remove(clientKey(client));
    }

    private Duration wait(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.count() < FREE_ATTEMPTS || entry.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        Instant until = entry.last().plus(pause(entry.count()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    static Duration pause(int failureCount) {
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase());
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    private record Failures(int count, Instant last) {

        Failures next(Instant now) {
            return new Failures(last.plus(MEMORY).isBefore(now) ? 1 : count + 1, now);
        }
    }
}
