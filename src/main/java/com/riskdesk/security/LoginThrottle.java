package com.riskdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * account of their own. Counts are forgotten after {@link #MEMORY}. They live in the database (V22), so that every
 * app server behind a load balancer counts the same failures: each count is one atomic UPDATE (or INSERT for a new
 * key), in no transaction of its own, as sign-in runs in none.
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
    private static final int KNOWN_PER_ACCOUNT = 10;
    /** The key and name columns' width (V22); longer values are shortened to a prefix and their hash. */
    private static final int COLUMN = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long a sign-in to {@code username} from {@code client} must still wait; zero when it may try now. */
    Duration waitBeforeNextAttempt(String username, String client) {
        Instant now = clock.instant();
        Map<String, Failures> counts = failures(List.of(pairKey(username, client), addressKey(client),
                accountKey(username)), now);
        Duration wait = longer(wait(counts.get(pairKey(username, client)), PAIR_FREE, now),
                wait(counts.get(addressKey(client)), ADDRESS_FREE, now));
        return known(username, client, now) ? wait
                : longer(wait, wait(counts.get(accountKey(username)), ACCOUNT_FREE, now));
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where last_failed < :forgetBefore")
                .param("forgetBefore", Timestamp.from(now.minus(MEMORY))).update();
        count(pairKey(username, client), now);
        count(addressKey(client), now);
        if (!known(username, client, now)) {
            count(accountKey(username), now);
        }
    }

    void succeeded(String username, String client) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where throttle_key = :key").param("key", pairKey(username, client))
                .update();
        String account = fit(account(username));
        String address = fit(client);
        upsert("""
                update sign_in_known_address set last_sign_in = :now
                where username = :account and address = :address
                """, """
                insert into sign_in_known_address (username, address, last_sign_in) values (:account, :address, :now)
                """, Map.of("account", account, "address", address, "now", Timestamp.from(now)));
        jdbc.sql("""
                        delete from sign_in_known_address
                        where username = :account and address not in (
                            select address from sign_in_known_address where username = :account
                            order by last_sign_in desc fetch first %d rows only)
                        """.formatted(KNOWN_PER_ACCOUNT))
                .param("account", account).update();
    }

    private boolean known(String username, String client, Instant now) {
        return jdbc.sql("""
                        select count(*) from sign_in_known_address
                        where username = :account and address = :address and last_sign_in > :since
                        """)
                .param("account", fit(account(username))).param("address", fit(client))
                .param("since", Timestamp.from(now.minus(KNOWN_FOR)))
                .query(Integer.class).single() > 0;
    }

    /** Counts one failure for {@code key}: the count starts again at 1 once the last failure is forgotten. */
    private void count(String key, Instant now) {
        upsert("""
                update sign_in_failure
                set failures = case when last_failed < :forgetBefore then 1 else failures + 1 end, last_failed = :now
                where throttle_key = :key
                """, """
                insert into sign_in_failure (throttle_key, failures, last_failed) values (:key, 1, :now)
                """, Map.of("key", key, "now", Timestamp.from(now), "forgetBefore", Timestamp.from(now.minus(MEMORY))));
    }

    /** Updates the row, or inserts it when there is none; another server inserting it first means update after all. */
    private void upsert(String update, String insert, Map<String, Object> parameters) {
        if (jdbc.sql(update).params(parameters).update() > 0) {
            return;
        }
        try {
            jdbc.sql(insert).params(parameters).update();
        } catch (DuplicateKeyException insertedMeanwhile) {
            jdbc.sql(update).params(parameters).update();
        }
    }

    private Map<String, Failures> failures(List<String> keys, Instant now) {
        return jdbc.sql("""
                        select throttle_key, failures, last_failed from sign_in_failure
                        where throttle_key in (:keys) and last_failed >= :forgetBefore
                        """)
                .param("keys", keys).param("forgetBefore", Timestamp.from(now.minus(MEMORY)))
                .query((rs, row) -> Map.entry(rs.getString(1),
                        new Failures(rs.getInt(2), rs.getTimestamp(3).toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Duration wait(Failures entry, int free, Instant now) {
        if (entry == null || entry.count() < free) {
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
        return fit("pair:" + account(username) + "@" + client);
    }

    private static String accountKey(String username) {
        return fit("account:" + account(username));
    }

    private static String addressKey(String client) {
        return fit("address:" + client);
    }

    /** The value itself when it fits its column, else a prefix and the hash of the whole (still one key per value). */
    private static String fit(String value) {
        if (value == null || value.length() <= COLUMN) {
            return value == null ? "" : value;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return value.substring(0, COLUMN - 65) + "#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    private record Failures(int count, Instant last) {
    }
}
