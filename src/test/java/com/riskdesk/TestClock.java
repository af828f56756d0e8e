package com.riskdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The tests' clock: stands at {@link TestData#NOW} unless a test moves it (and {@link #reset()}s it after). */
public final class TestClock extends Clock {

    private volatile Instant now = TestData.NOW;

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = TestData.NOW;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
