package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestClock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The throttle on its own migrated database (a fresh in-memory H2 per test), as every app server shares it. */
class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final DataSource database = migrated();
    private final LoginThrottle throttle = new LoginThrottle(JdbcClient.create(database), clock);

    @Test
    void failures_counted_on_one_server_pause_sign_in_on_another() {
        LoginThrottle otherServer = new LoginThrottle(JdbcClient.create(database), clock);
        fail("alice", "10.0.0.1", LoginThrottle.PAIR_FREE - 1);
        otherServer.failed("alice", "10.0.0.1");

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(LoginThrottle.FIRST_PAUSE);
        assertThat(otherServer.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(LoginThrottle.FIRST_PAUSE);

        otherServer.succeeded("alice", "198.51.100.7");
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE; i++) {
            throttle.failed("alice", "203.0.113." + i);
        }
        assertThat(throttle.waitBeforeNextAttempt("alice", "198.51.100.7"))
                .as("the usual address, learnt on the other server").isZero();
        assertThat(otherServer.waitBeforeNextAttempt("alice", "192.0.2.99")).isPositive();
    }

    @Test
    void failures_are_forgotten_an_hour_after_the_last() {
        fail("alice", "10.0.0.1", LoginThrottle.PAIR_FREE + 3);
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));

        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void a_name_too_long_for_the_table_is_counted_by_its_hash() {
        String longName = "a".repeat(500);
        fail(longName, "10.0.0.1", LoginThrottle.PAIR_FREE);

        assertThat(throttle.waitBeforeNextAttempt(longName, "10.0.0.1")).isEqualTo(LoginThrottle.FIRST_PAUSE);
        assertThat(throttle.waitBeforeNextAttempt(longName + "b", "10.0.0.1")).isZero();
    }

    @Test
    void the_first_failures_cost_nothing() {
        fail("alice", "10.0.0.1", LoginThrottle.PAIR_FREE - 1);

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void repeated_failures_pause_that_account_from_that_address_only() {
        fail("alice", "10.0.0.1", LoginThrottle.PAIR_FREE);

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(LoginThrottle.FIRST_PAUSE);
        assertThat(throttle.waitBeforeNextAttempt("alice", "192.0.2.7")).isZero();
        assertThat(throttle.waitBeforeNextAttempt("bob", "10.0.0.1")).isZero();
    }

    @Test
    void one_address_trying_many_accounts_uses_up_its_budget_for_every_account() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.10")).isZero();
    }

    @Test
    void an_attack_on_a_name_from_many_addresses_never_stops_the_user_at_their_usual_address() {
        throttle.succeeded("alice", "198.51.100.7");
        for (int i = 0; i < 200; i++) {
            throttle.failed("alice", "203.0.113." + (i % 50));
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(throttle.waitBeforeNextAttempt("alice", "198.51.100.7")).isZero();
        assertThat(throttle.waitBeforeNextAttempt("alice", "192.0.2.99")).as("an address alice never used")
                .isEqualTo(LoginThrottle.MAX_PAUSE.minusSeconds(10));
    }

    @Test
    void the_pause_doubles_but_never_exceeds_the_cap_and_always_ends() {
        fail("alice", "10.0.0.1", LoginThrottle.PAIR_FREE + 1);
        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));

        fail("alice", "10.0.0.1", 20);
        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_PAUSE);

        clock.advance(LoginThrottle.MAX_PAUSE);
        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void a_successful_sign_in_clears_its_own_pair_but_not_the_addresss_budget() {
        fail("alice", "10.0.0.1", LoginThrottle.PAIR_FREE);
        clock.advance(LoginThrottle.FIRST_PAUSE);
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE; i++) {
            throttle.failed("user" + i, "10.0.0.2");
        }

        throttle.succeeded("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");
        throttle.succeeded("mallory", "10.0.0.2");

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
        assertThat(throttle.waitBeforeNextAttempt("victim", "10.0.0.2")).isPositive();
    }

    private void fail(String user, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, client);
        }
    }

    private static DataSource migrated() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:throttle-" + UUID.randomUUID()
                + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
