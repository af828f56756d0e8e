package com.riskdesk.dashboard;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The shared reading every viewer gets is what a fresh computation gives, through each kind of change. Not
 * transactional on purpose: the shared readings move on only when a change commits.
 */
@IntegrationTest
@DirtiesContext
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class SharedDashboardsTest {

    private static final AtomicInteger MONITORS = new AtomicInteger();
    private static final DateRange NOVEMBER = new DateRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));

    @Autowired
    SharedDashboards shared;
    @Autowired
    DashboardService dashboards;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    TestClock clock;

    String slug;
    long monitorId;

    @BeforeEach
    void createMonitor() {
        slug = "shared-" + MONITORS.incrementAndGet();
        monitorId = monitors.create(TestData.monitor(slug)).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void viewers_of_one_view_share_one_reading_until_something_changes() {
        long first = deaths(LocalDate.of(2025, 11, 2), 40);
        DashboardReading one = live(DateRange.ALL).orElseThrow();

        assertThat(live(DateRange.ALL).orElseThrow()).isSameAs(one);
        assertThat(live(NOVEMBER).orElseThrow()).as("another view").isNotSameAs(one);

        entries.retract(first, version(first), "Wrong count");

        assertThat(live(DateRange.ALL).orElseThrow()).isNotSameAs(one);
    }

    @Test
    void the_shared_reading_equals_a_fresh_computation_across_records_corrections_and_retractions() {
        assertMatchesFreshComputation();
        long first = deaths(LocalDate.of(2025, 11, 2), 40);
        assertMatchesFreshComputation();
        long second = deaths(LocalDate.of(2025, 11, 20), 83);
        assertMatchesFreshComputation();
        entries.correct(second, version(second), TestData.figures(monitorId, LocalDate.of(2025, 11, 21),
                Map.of("deaths", cumulative(AT_LEAST, 85))), "Reuters updated the count");
        assertMatchesFreshComputation();
        entries.retract(first, version(first), "Duplicate report");
        assertMatchesFreshComputation();
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 24), 2));
        assertMatchesFreshComputation();

        assertThat(live(DateRange.ALL).orElseThrow().dashboard().tiles())
                .filteredOn(tile -> tile.indicator().code().equals("deaths"))
                .singleElement().satisfies(tile -> assertThat(tile.current().value().describe()).isEqualTo("at least 85"));
    }

    @Test
    void a_new_reading_keeps_the_instances_of_what_did_not_change_so_open_dashboards_compare_them_at_once() {
        long first = deaths(LocalDate.of(2025, 11, 2), 40);
        DashboardReading before = live(DateRange.ALL).orElseThrow();

        long second = entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 24), 2));
        DashboardReading after = live(DateRange.ALL).orElseThrow();

        assertThat(after).isNotSameAs(before);
        assertThat(after.dashboard().monitor()).isSameAs(before.dashboard().monitor());
        assertThat(after.corrections()).isSameAs(before.corrections());
        assertThat(after.judgements()).isSameAs(before.judgements());
        assertThat(after.dashboard().series().get("deaths")).as("the deaths series did not change")
                .isSameAs(before.dashboard().series().get("deaths"));
        assertThat(line(after, first)).isSameAs(line(before, first));
        assertThat(after.firstEntries()).extracting(EntryLine::id).contains(second);
        assertThat(after.dashboard().escalation()).as("the step changed").isNotEqualTo(before.dashboard().escalation());
        assertThat(after.tiles()).filteredOn(tile -> tile.id().equals("deaths")).singleElement()
                .isSameAs(before.tiles().stream().filter(tile -> tile.id().equals("deaths")).findFirst().orElseThrow());
        assertMatchesFreshComputation();
    }

    private static EntryLine line(DashboardReading reading, long entryId) {
        return reading.firstEntries().stream().filter(line -> line.id() == entryId).findFirst().orElseThrow();
    }

    @Test
    void a_live_reading_is_renewed_on_a_new_day_without_any_change() {
        deaths(LocalDate.of(2025, 11, 2), 40);
        DashboardReading today = live(DateRange.ALL).orElseThrow();

        clock.advance(Duration.ofDays(1));

        DashboardReading tomorrow = live(DateRange.ALL).orElseThrow();
        assertThat(tomorrow).isNotSameAs(today);
        assertThat(tomorrow.dashboard().today()).isEqualTo(today.dashboard().today().plusDays(1));
    }

    @Test
    void an_unknown_monitor_has_no_reading() {
        assertThat(shared.reading("no-such-monitor", 30, DateRange.ALL, null)).isEmpty();
    }

    private void assertMatchesFreshComputation() {
        for (DateRange range : new DateRange[] {DateRange.ALL, NOVEMBER}) {
            DashboardReading sharedReading = live(range).orElseThrow();
            Dashboard fresh = dashboards.dashboard(slug, 30, null).orElseThrow();
            assertThat(sharedReading.dashboard()).usingRecursiveComparison().ignoringFields("readAt").isEqualTo(fresh);
            assertThat(sharedReading.firstEntries())
                    .isEqualTo(dashboards.entries(monitorId, null, range, 0, DashboardReading.FIRST_ENTRIES));
            assertThat(sharedReading.entriesInRange()).isEqualTo(dashboards.entryCount(monitorId, null, range));
            assertThat(sharedReading.corrections())
                    .isEqualTo(entries.corrections(monitorId, DashboardReading.CORRECTIONS_SHOWN, null));
        }
    }

    private Optional<DashboardReading> live(DateRange range) {
        return shared.reading(slug, 30, range, null);
    }

    private long deaths(LocalDate day, int atLeast) {
        return entries.record(TestData.figures(monitorId, day, Map.of("deaths", cumulative(AT_LEAST, atLeast))));
    }

    private int version(long entryId) {
        EntryDetails details = entries.find(entryId);
        return details.version();
    }
}
