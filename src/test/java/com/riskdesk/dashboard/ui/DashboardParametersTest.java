package com.riskdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DashboardParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"period=", "period=abc", "period=-7", "period=99999999999", "period=13d",
            "period=%00", "period=7d7d"})
    void malformed_or_unknown_periods_fall_back_to_the_default(String query) {
        assertThat(DashboardParameters.from(QueryParameters.fromString(query))).isEqualTo(DashboardParameters.DEFAULT);
    }

    @Test
    void a_chosen_period_survives_a_round_trip_through_the_url() {
        DashboardParameters weekly = new DashboardParameters(7);

        assertThat(weekly.toQuery().getQueryString()).isEqualTo("period=7d");
        assertThat(DashboardParameters.from(weekly.toQuery())).isEqualTo(weekly);
        assertThat(DashboardParameters.from(QueryParameters.fromString("period=90"))).isEqualTo(new DashboardParameters(90));
    }

    @Test
    void every_choice_survives_a_round_trip_through_the_url() {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        DashboardParameters chosen = new DashboardParameters(90, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31),
                DashboardParameters.Chart.ESCALATION, 42L, Instant.parse("2026-01-10T08:30:00Z"));

        String query = chosen.toQueryString();

        assertThat(query)
                .isEqualTo("period=90d&from=2025-10-01&to=2025-12-31&chart=escalation&entry=42&asOf=2026-01-10T08:30:00Z");
        assertThat(DashboardParameters.from(QueryParameters.fromString(query), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))).isEqualTo(chosen);
        assertThat(chosen.path("venezuela")).isEqualTo("monitors/venezuela?" + query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asOf=yesterday", "asOf=2030-01-01T00:00:00Z", "asOf=2026-13-45T99:00:00Z",
            "from=2025-02-30", "from=2025-12-01&to=2025-11-01", "to=2099-01-01", "chart=pie", "entry=-1",
            "entry=99999999999999999999", "from=%3Cscript%3E"})
    void impossible_or_future_choices_fall_back_to_the_defaults(String query) {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");

        assertThat(DashboardParameters.from(QueryParameters.fromString(query), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))).isEqualTo(DashboardParameters.DEFAULT);
    }

    @Test
    void a_pinned_moment_may_carry_an_offset_and_is_kept_to_the_second() {
        Instant now = Instant.parse("2026-01-15T12:00:00Z");

        DashboardParameters pinned = DashboardParameters.from(QueryParameters.fromString("asOf=2026-01-10T09:30%2B01:00"),
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));

        assertThat(pinned.asOf()).isEqualTo(Instant.parse("2026-01-10T08:30:00Z"));
        assertThat(DashboardParameters.DEFAULT.pinnedAt(Instant.parse("2026-01-10T08:30:00.123456Z")).asOf())
                .isEqualTo(Instant.parse("2026-01-10T08:30:00Z"));
    }

    @Test
    void the_default_view_has_a_short_link() {
        assertThat(DashboardParameters.DEFAULT.toQuery().getQueryString()).isEmpty();
    }
}
