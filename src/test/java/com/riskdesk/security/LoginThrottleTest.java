package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

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
}
