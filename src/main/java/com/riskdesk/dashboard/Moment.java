package com.riskdesk.dashboard;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads the moment of a pinned link or API call ({@code asOf}), one rule for every address that takes one: an
 * ISO-8601 date-time with an offset or zone ({@code 2026-01-10T12:00:00Z}, {@code 2026-01-10T13:00+01:00},
 * {@code ...+01:00[Europe/Paris]}). An offset's {@code +} that was not percent-encoded arrives as a space and is
 * read as a {@code +}.
 */
public final class Moment {

    /** Longer text is refused without parsing. */
    public static final int MAX_LENGTH = 80;
    /** Nothing is recorded before this, and date arithmetic near the ends of time would overflow. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Moment() {
    }

    /** The moment, or empty for anything else (null, blank, too long, no offset, impossible date, before 1970). */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            Instant moment = ZonedDateTime.parse(value.strip().replace(' ', '+'), DateTimeFormatter.ISO_DATE_TIME)
                    .toInstant();
            return moment.isBefore(EARLIEST) || moment.isAfter(LATEST) ? Optional.empty() : Optional.of(moment);
        } catch (DateTimeException malformed) {
            return Optional.empty();
        }
    }
}
