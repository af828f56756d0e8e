package com.riskdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
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
    void the_default_view_has_a_short_link() {
        assertThat(DashboardParameters.DEFAULT.toQuery().getQueryString()).isEmpty();
    }
}
