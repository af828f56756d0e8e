package com.riskdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void each_language_writes_its_own_numeric_date_with_the_full_year() {
        assertThat(new StaffDates(Locale.US).format(DAY)).isEqualTo("11/30/2026");
        assertThat(new StaffDates(Locale.UK).format(DAY)).isEqualTo("30/11/2026");
        assertThat(new StaffDates(Locale.GERMANY).format(DAY)).isEqualTo("30.11.2026");
    }

    @Test
    void times_are_written_with_the_same_date_and_say_utc() {
        assertThat(new StaffDates(Locale.UK).formatUtc(Instant.parse("2026-01-15T12:00:00Z")))
                .isEqualTo("15/01/2026, 12:00 UTC");
    }

    @Test
    void the_date_picker_pattern_uses_only_tokens_it_understands() {
        assertThat(StaffDates.numericPattern(Locale.US)).isEqualTo("M/d/yyyy");
        assertThat(StaffDates.numericPattern(Locale.GERMANY)).isEqualTo("dd.MM.yyyy");
    }
}
