package com.riskdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class PublicEffectsTest {

    @Autowired
    PublicEffects effects;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    DashboardService dashboards;

    long monitorId;
    long totalEntry;

    @BeforeEach
    void aMonitorWithARunningTotalOf83Deaths() {
        monitorId = monitors.create(TestData.monitor("effects")).id();
        totalEntry = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 1),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 83))));
    }

    @Test
    void an_event_figure_is_previewed_as_added_to_the_running_total_and_nothing_is_kept() {
        List<TileChange> changes = effects.preview("effects", Languages.ENGLISH, () -> entries.record(
                TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of("deaths", Figure.increment(Qualifier.EXACT, 87)))));

        assertThat(changes).filteredOn(change -> change.tileId().equals("deaths")).singleElement()
                .satisfies(change -> {
                    assertThat(change.describe()).isEqualTo("Deaths: at least 83 → at least 170");
                    assertThat(change.confirmation()).contains("raises deaths by 87");
                });
        assertThat(entries.count(EntryFilter.all(monitorId))).isEqualTo(1);
        assertThat(dashboards.dashboard("effects", 30).orElseThrow().tiles().get(1).current().value().low())
                .isEqualTo(83);
    }

    @Test
    void a_small_rise_needs_no_confirmation_and_a_retraction_that_empties_a_tile_does() {
        assertThat(effects.preview("effects", Languages.ENGLISH, () -> entries.record(TestData.figures(monitorId,
                LocalDate.of(2025, 11, 2), Map.of("deaths", Figure.increment(Qualifier.EXACT, 4))))))
                .filteredOn(change -> change.tileId().equals("deaths")).singleElement()
                .satisfies(change -> assertThat(change.needsConfirmation()).isFalse());

        int version = entries.find(totalEntry).version();
        assertThat(effects.preview("effects", Languages.ENGLISH, () -> entries.retract(totalEntry, version, "Duplicate")))
                .filteredOn(change -> change.tileId().equals("deaths")).singleElement()
                .satisfies(change -> {
                    assertThat(change.after()).isEqualTo("No figure recorded");
                    assertThat(change.confirmation()).contains("removes the deaths figure");
                });
        assertThat(entries.find(totalEntry).retracted()).isFalse();
    }

    @Test
    void a_spanish_editor_sees_the_tiles_and_the_reason_to_confirm_in_spanish_with_names_as_entered() {
        List<TileChange> lowered = effects.preview("effects", Languages.SPANISH, () -> entries.record(
                TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of("deaths",
                        Figure.cumulative(Qualifier.AT_LEAST, 38)))));
        int version = entries.find(totalEntry).version();
        List<TileChange> emptied = effects.preview("effects", Languages.SPANISH,
                () -> entries.retract(totalEntry, version, "Duplicada"));

        assertThat(lowered).filteredOn(change -> change.tileId().equals("deaths")).singleElement()
                .satisfies(change -> {
                    assertThat(change.describe()).isEqualTo("Deaths: al menos 83 → al menos 38");
                    assertThat(change.confirmation()).isEqualTo("Baja Deaths de 83 a 38");
                });
        assertThat(emptied).filteredOn(change -> change.tileId().equals("deaths")).singleElement()
                .satisfies(change -> assertThat(change.confirmation()).isEqualTo("Quita la cifra de Deaths (ahora al menos 83)")
                        .doesNotContain("removes", "figure", "at least"));
    }

    @Test
    void a_change_the_service_refuses_comes_out_as_it_is() {
        NewEntry headless = new NewEntry(monitorId, null, LocalDate.of(2025, 11, 2), null, null, "", null, null,
                null, Map.of());

        assertThatThrownBy(() -> effects.preview("effects", Languages.ENGLISH, () -> entries.record(headless)))
                .isInstanceOf(InvalidEntryException.class);
    }
}
