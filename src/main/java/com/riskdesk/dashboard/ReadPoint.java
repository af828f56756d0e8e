package com.riskdesk.dashboard;

import java.time.Instant;

/**
 * The moment a dashboard is read at: now (from the live tables) or a past moment (a snapshot rebuilt from the
 * entries' revision history, so later recordings, corrections and retractions do not show).
 */
record ReadPoint(Instant moment, boolean snapshot) {

    static ReadPoint live(Instant now) {
        return new ReadPoint(now, false);
    }

    static ReadPoint asKnownAt(Instant moment) {
        return new ReadPoint(moment, true);
    }
}
