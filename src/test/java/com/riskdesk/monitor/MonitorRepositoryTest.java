package com.riskdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** Uses the test profile's H2 URL: the schema relies on CASE_INSENSITIVE_IDENTIFIERS (see application.properties). */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MonitorRepositoryTest {

    @Autowired
    MonitorRepository monitors;

    @Test
    void a_monitor_is_stored_with_its_indicators_and_ladder_in_order() {
        Monitor saved = monitors.save(Monitor.create(TestData.monitor("north")));

        Monitor found = monitors.findBySlug("north").orElseThrow();
        assertThat(found.id()).isEqualTo(saved.id());
        assertThat(found.indicators()).extracting(Indicator::code).containsExactly("boats_struck", "deaths", "strikes");
        assertThat(found.ladder()).extracting(EscalationStep::name).containsExactly("Low", "Middle", "High");
        assertThat(found.version()).isNotNull();
    }

    @Test
    void monitors_are_listed_by_name() {
        monitors.save(Monitor.create(TestData.monitor("zulu")));
        monitors.save(Monitor.create(TestData.monitor("alpha")));

        assertThat(monitors.findAllByOrderByNameAsc()).extracting(Monitor::slug).containsExactly("alpha", "zulu");
    }
}
