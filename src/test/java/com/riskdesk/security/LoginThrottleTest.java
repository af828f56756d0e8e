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
        fail("alice", "10.0.0.1", LoginThrottle.FREE_ATTEMPTS - 1);

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void repeated_failures_pause_the_account_from_any_client() {
        fail("alice", "10.0.0.1", LoginThrottle.FREE_ATTEMPTS);

        assertThat(throttle.waitBeforeNextAttempt("alice", "192.0.2.7")).isEqualTo(LoginThrottle.FIRST_PAUSE);
        assertThat(throttle.waitBeforeNextAttempt("bob", "192.0.2.7")).isZero();
    }

    @Test
    void repeated_failures_pause_the_client_for_every_account() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.10")).isZero();
    }

    @Test
    void the_pause_doubles_but_never_exceeds_the_cap_and_always_ends() {
        fail("alice", "10.0.0.1", LoginThrottle.FREE_ATTEMPTS + 1);
        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));

        fail("alice", "10.0.0.1", 20);
        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_PAUSE);

        clock.advance(LoginThrottle.MAX_PAUSE);
        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
    }

    @Test
    void a_successful_sign_in_clears_the_count() {
        fail("alice", "10.0.0.1", LoginThrottle.FREE_ATTEMPTS);
        clock.advance(LoginThrottle.FIRST_PAUSE);

        throttle.succeeded("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.waitBeforeNextAttempt("alice", "10.0.0.1")).isZero();
    }

    private void fail(String user, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, client);
        }
    }
}
