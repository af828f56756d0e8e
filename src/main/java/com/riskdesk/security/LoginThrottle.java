package com.riskdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting an attacker lock a real user out. Three counts of failures, each
 * pausing sign-in once it passes its free attempts, for a minute at first and doubling with each further failure up
 * to {@link #MAX_PAUSE}:
 * <ul>
 * <li>per account and address pair ({@value #PAIR_FREE} free): guessing one account from one place;</li>
 * <li>per address, over all accounts ({@value #ADDRESS_FREE} free): one place trying many accounts;</li>
 * <li>per account from addresses it has never signed in from ({@value #ACCOUNT_FREE} free): many places guessing
 * one account. An address the account signed in from before (its "usual" address, remembered for
 * {@link #KNOWN_FOR}) is exempt, so the real user still signs in while someone elsewhere hammers their name.</li>
 * </ul>
 * A success clears its own pair's count only: an attacker cannot reset the other counts by signing in to an
 * account of their own. Counts live in this server's memory and are forgotten after {@link #MEMORY}.
 */
@Component
class LoginThrottle {

    static final int PAIR_FREE = 5;
    static final int ADDRESS_FREE = 20;
    static final int ACCOUNT_FREE = 10;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    static final Duration KNOWN_FOR = Duration.ofDays(90);
    private static final int MAX_TRACKED = 100_000;
    private static final int KNOWN_PER_ACCOUNT = 10;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> knownAddresses = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a sign-in to {@code username} from {@code client} must still wait; zero when it may try now. */
    Duration waitBeforeNextAttempt(String username, String client) {
        Instant now = clock.instant();
        Duration wait = longer(wait(pairKey(username, client), PAIR_FREE, now),
                wait(addressKey(client), ADDRESS_FREE, now));
        return known(username, client, now) ? wait : longer(wait, wait(accountKey(username), ACCOUNT_FREE, now));
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(entry -> entry.last().plus(MEMORY).isBefore(now));
        }
        count(pairKey(username, client), now);
        count(addressKey(client), now);
        if (!known(username, client, now)) {
            count(accountKey(username), now);
        }
    }

    void succeeded(String username, String client) {
        Instant now = clock.instant();
        failures.remove(pairKey(username, client));
        Map<String, Instant> known = knownAddresses.computeIfAbsent(account(username),
                name -> new ConcurrentHashMap<>());
        known.put(client, now);
        if (known.size() > KNOWN_PER_ACCOUNT) {
            known.entrySet().stream().min(Map.Entry.comparingByValue())
                    .ifPresent(oldest -> known.remove(oldest.getKey()));
        }
    }

    private boolean known(String username, String client, Instant now) {
        Instant last = knownAddresses.getOrDefault(account(username), Map.of()).get(client);
        return last != null && last.plus(KNOWN_FOR).isAfter(now);
    }

    private void count(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, one) -> old.next(now));
    }

    private Duration wait(String key, int free, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.count() < free || entry.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        Instant until = entry.last().plus(pause(entry.count() - free));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The pause after {@code beyondFree} failures more than the free ones: 1, 2, 4, 8, 15, 15… minutes. */
    static Duration pause(int beyondFree) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(beyondFree, 10));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String account(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    private static String pairKey(String username, String client) {
        return "pair:" + account(username) + "@" + client;
    }

    private static String accountKey(String username) {
        return "account:" + account(username);
    }

    private static String addressKey(String client) {
        return "address:" + client;
    }

    private record Failures(int count, Instant last) {

        Failures next(Instant now) {
            return new Failures(last.plus(MEMORY).isBefore(now) ? 1 : count + 1, now);
        }
    }
}
