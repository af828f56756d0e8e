package com.riskdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MomentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-01-10T12:00:00Z            | 2026-01-10T12:00:00Z",
            "2026-01-10T12:00Z               | 2026-01-10T12:00:00Z",
            "2026-01-10T13:00:00+01:00       | 2026-01-10T12:00:00Z",
            "2026-01-10T13:00:00 01:00       | 2026-01-10T12:00:00Z",
            "2026-07-10T14:00+02:00[Europe/Paris] | 2026-07-10T12:00:00Z",
            "2026-01-10T12:00:00.250Z        | 2026-01-10T12:00:00.250Z"})
    void a_date_time_with_an_offset_or_zone_is_read_as_that_moment(String text, String moment) {
        assertThat(Moment.parse(text)).contains(Instant.parse(moment));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "yesterday", "2026-01-10", "2026-01-10T12:00:00", "2026-02-30T12:00:00Z",
            "2026-01-10T12:00:00Z' or 1=1 --",
            "1969-12-31T23:59:59Z", "-999999999-01-05T00:00:00Z", "+999999999-12-31T23:59:59Z", "2026-01-10T12:00:00+01:00[Europe/Paris]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anything_else_is_no_moment(String text) {
        assertThat(Moment.parse(text)).isEmpty();
    }
}
