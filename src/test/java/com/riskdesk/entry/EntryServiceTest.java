package com.riskdesk.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.monitor.MonitorService;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class EntryServiceTest {

    @Autowired
    EntryService entries;
    @Autowired
    EntryRepository repository;
    @Autowired
    MonitorService monitors;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = monitors.create(TestData.monitor("east")).id();
    }

    @Test
    void a_valid_entry_is_stored_with_the_time_it_was_recorded() {
        long id = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 12))));

        Entry stored = repository.findById(id).orElseThrow();
        assertThat(stored.recordedAt()).isEqualTo(TestData.NOW);
        assertThat(stored.figures()).containsEntry("deaths", Figure.cumulative(Qualifier.AT_LEAST, 12));
        assertThat(stored.source()).isEqualTo(TestData.SOURCE);
    }

    @Test
    void a_date_in_the_future_is_refused_and_nothing_is_stored() {
        assertRefused(TestData.figures(monitorId, TestData.TODAY.plusDays(1), Map.of()), "occurredOn");
        assertThat(repository.count()).isZero();
    }

    @Test
    void a_date_before_the_monitor_starts_is_refused() {
        assertRefused(TestData.figures(monitorId, LocalDate.of(2025, 9, 30), Map.of()), "occurredOn");
    }

    @Test
    void a_figure_for_an_indicator_the_monitor_does_not_have_is_refused() {
        assertRefused(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("injuries", Figure.increment(Qualifier.EXACT, 1))), "figures");
    }

    @Test
    void only_web_addresses_are_accepted_as_source_urls() {
        NewEntry entry = TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of());
        NewEntry script = withSource(entry, new Source("Wire", "Title", "javascript:alert(1)", null));

        assertRefused(script, "source.url");
    }

    @Test
    void an_escalation_step_entry_needs_a_step_on_the_ladder() {
        assertRefused(TestData.step(monitorId, LocalDate.of(2025, 11, 2), 4), "escalationLevel");
    }

    @Test
    void headline_and_source_are_required() {
        NewEntry entry = TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of());
        NewEntry blank = new NewEntry(monitorId, entry.kind(), entry.occurredOn(), entry.datePrecision(), null, " ",
                new Source("", "Title", null, null), entry.confidence(), null, Map.of());

        assertThatThrownBy(() -> entries.record(blank)).isInstanceOfSatisfying(InvalidEntryException.class,
                refused -> assertThat(refused.problems()).containsKeys("headline", "source.outlet"));
    }

    @Test
    void figures_are_whole_non_negative_numbers_and_ranges_are_ordered() {
        assertThatThrownBy(() -> Figure.increment(Qualifier.EXACT, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figure.increment(Qualifier.EXACT, Figure.MAX_VALUE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure(Basis.CUMULATIVE, Qualifier.RANGE, 10, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(NewEntry entry, String field) {
        assertThatThrownBy(() -> entries.record(entry)).isInstanceOfSatisfying(InvalidEntryException.class,
                refused -> assertThat(refused.problems()).containsKey(field));
    }

    private static NewEntry withSource(NewEntry entry, Source source) {
        return new NewEntry(entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                entry.escalationLevel(), entry.headline(), source, entry.confidence(), entry.notes(), entry.figures());
    }
}
