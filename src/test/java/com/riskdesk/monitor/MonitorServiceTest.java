package com.riskdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.place.MapRegion;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
class MonitorServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 2);

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;

    MonitorDetails monitor;

    @BeforeEach
    void createMonitor() {
        monitor = monitors.create(TestData.monitor("west"));
    }

    @Test
    void an_update_changes_name_summary_start_date_and_indicators_and_moves_the_version_on() {
        MonitorDefinition changed = new MonitorDefinition("west", "Western front", "New summary",
                LocalDate.of(2025, 9, 15), List.of(new Indicator("deaths", "Fatalities", "people", null),
                        new Indicator("boats_struck", "Boats struck", "boats", "Boats")), monitor.ladder());

        MonitorDetails updated = monitors.update(monitor.id(), monitor.version(), changed);

        MonitorDetails stored = monitors.findBySlug("west").orElseThrow();
        assertThat(stored.name()).isEqualTo("Western front");
        assertThat(stored.summary()).isEqualTo("New summary");
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(stored.indicators()).extracting(Indicator::code).containsExactly("deaths", "boats_struck");
        assertThat(stored.indicators().getFirst().name()).isEqualTo("Fatalities");
        assertThat(updated.version()).isEqualTo(stored.version()).isGreaterThan(monitor.version());
    }

    @Test
    void a_kind_that_entries_use_can_be_renamed_and_hidden_but_not_removed() {
        entries.record(TestData.figures(monitor.id(), DAY, Map.of()));
        List<EntryKindDefinition> withoutStrike = monitor.kinds().stream()
                .filter(kind -> !kind.code().equals("STRIKE")).toList();

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(), withKinds(withoutStrike, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Kind 'STRIKE' already has entries: it can be renamed or hidden, not removed");
        List<EntryKindDefinition> renamedAndHidden = monitor.kinds().stream()
                .map(kind -> kind.code().equals("STRIKE") ? new EntryKindDefinition("STRIKE", "Raid", true) : kind)
                .toList();
        MonitorDetails updated = monitors.update(monitor.id(), monitor.version(), withKinds(renamedAndHidden, null));

        assertThat(updated.kindLabel("STRIKE")).isEqualTo("Raid");
        assertThat(updated.shownKinds()).extracting(EntryKindDefinition::code).doesNotContain("STRIKE")
                .contains(EntryKindDefinition.ESCALATION_STEP);
        assertThat(updated.recency()).isEmpty();
    }

    @Test
    void every_definition_change_is_kept_with_who_when_and_what() {
        monitors.update(monitor.id(), monitor.version(), renamed("Western front"));

        List<DefinitionChange> history = monitors.history(monitor.id());

        assertThat(history).hasSize(2);
        assertThat(history.getFirst().by()).isEqualTo("admin");
        assertThat(history.getFirst().at()).isEqualTo(TestData.NOW);
        assertThat(history.getFirst().changes()).extracting(Translations::inEnglish)
                .containsExactly("Name: Test west → Western front");
        assertThat(history.getFirst().changes()).extracting(change -> new Translations().text(Languages.SPANISH, change))
                .containsExactly("Nombre: Test west → Western front");
        assertThat(Translations.inEnglish(history.getLast().changes().getFirst()))
                .startsWith("Created with indicators boats_struck");
    }

    @Test
    void a_change_of_tile_order_is_kept_in_the_history_and_read_back_as_saved() {
        MonitorDefinition escalationFirst = monitor.definition().withTileOrder(
                List.of(TileOrder.ESCALATION, "deaths", "boats_struck", "strikes", TileOrder.SINCE_LAST));

        monitors.update(monitor.id(), monitor.version(), escalationFirst);

        assertThat(monitors.findById(monitor.id()).orElseThrow().tileOrder())
                .containsExactly("escalation", "deaths", "boats_struck", "strikes", "since-last");
        assertThat(monitors.history(monitor.id()).getFirst().changes()).extracting(Translations::inEnglish)
                .containsExactly("Tile order: boats_struck, deaths, strikes, escalation, since-last"
                        + " → escalation, deaths, boats_struck, strikes, since-last");
    }

    @Test
    void a_new_indicators_tile_goes_after_the_last_indicators_and_a_removed_ones_leaves_the_order() {
        MonitorDetails reordered = monitors.update(monitor.id(), monitor.version(), monitor.definition()
                .withTileOrder(List.of("deaths", TileOrder.ESCALATION, "strikes", "boats_struck")));
        List<Indicator> changed = List.of(reordered.indicators().get(0), reordered.indicators().get(1),
                new Indicator("missing", "Missing people", "people", null));

        MonitorDetails updated = monitors.update(monitor.id(), reordered.version(), new MonitorDefinition("west",
                reordered.name(), reordered.summary(), reordered.startDate(), changed, reordered.ladder(),
                reordered.kinds(), reordered.recencyKind(), null, null, reordered.tileOrder()));

        assertThat(reordered.tileOrder())
                .containsExactly("deaths", "escalation", "strikes", "boats_struck", "since-last");
        assertThat(updated.tileOrder())
                .containsExactly("deaths", "escalation", "boats_struck", "missing", "since-last");
    }

    @Test
    void the_list_of_all_monitors_reads_each_one_as_finding_it_by_id_does() {
        MonitorDefinition plain = TestData.monitor("full", "Arctic");
        List<Indicator> indicators = List.of(plain.indicators().get(0), plain.indicators().get(1),
                new Indicator("missing", "Missing people", "people", "Not found", Counting.EVENTS, true));
        MonitorDefinition full = new MonitorDefinition("full", plain.name(), plain.summary(), plain.startDate(),
                indicators, plain.ladder(), List.of(new EntryKindDefinition("STRIKE", "Strike"),
                        new EntryKindDefinition("RAID", "Raid", true)), "STRIKE", plain.region(),
                MapRegion.parse("Cuba"), List.of("deaths", TileOrder.SINCE_LAST, "boats_struck"));
        MonitorDetails created = monitors.create(full);

        assertThat(monitors.all()).contains(monitors.findById(created.id()).orElseThrow(),
                monitors.findById(monitor.id()).orElseThrow());
    }

    @Test
    void an_indicator_cannot_take_the_escalation_tiles_key() {
        List<Indicator> clashing = List.of(new Indicator("escalation", "Escalation", "steps", null));

        assertThatThrownBy(() -> withIndicators(clashing)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.reason().key()).isEqualTo("monitor.problem.indicator-code-reserved"));
    }

    @Test
    void the_escalation_step_kind_is_always_part_of_a_definition_and_a_days_since_tile_needs_a_known_kind() {
        MonitorDefinition withoutIt = withKinds(List.of(new EntryKindDefinition("ATTACK", "Attack")), "ATTACK");

        assertThat(withoutIt.kinds()).extracting(EntryKindDefinition::code)
                .containsExactly("ATTACK", EntryKindDefinition.ESCALATION_STEP);
        assertThatThrownBy(() -> withKinds(List.of(new EntryKindDefinition("ATTACK", "Attack")), "RAID"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RAID");
    }

    @Test
    void an_update_with_a_stale_version_is_refused_and_the_newer_change_stays() {
        monitors.update(monitor.id(), monitor.version(), renamed("First change"));

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(), renamed("Second change")))
                .isInstanceOf(MonitorService.ConcurrentChangeException.class)
                .hasMessageContaining("Someone else changed this monitor")
                .hasMessageContaining("reload");
        assertThat(monitors.findById(monitor.id()).orElseThrow().name()).isEqualTo("First change");
    }

    @Test
    void removing_an_indicator_that_has_entries_is_refused() {
        entries.record(TestData.figures(monitor.id(), DAY, Map.of("deaths", Figure.increment(Qualifier.EXACT, 3))));
        List<Indicator> withoutDeaths = monitor.indicators().stream()
                .filter(indicator -> !indicator.code().equals("deaths")).toList();

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(), withIndicators(withoutDeaths)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'deaths' already has entries");
        assertThat(monitors.findById(monitor.id()).orElseThrow().indicators()).extracting(Indicator::code)
                .contains("deaths");
    }

    @Test
    void changing_the_code_of_an_indicator_that_has_entries_is_refused() {
        entries.record(TestData.figures(monitor.id(), DAY, Map.of("deaths", Figure.increment(Qualifier.EXACT, 3))));
        List<Indicator> recoded = monitor.indicators().stream()
                .map(indicator -> indicator.code().equals("deaths")
                        ? new Indicator("fatalities", indicator.name(), indicator.unit(), indicator.description())
                        : indicator)
                .toList();

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(), withIndicators(recoded)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("its code cannot change");
    }

    @Test
    void an_indicator_without_entries_can_be_removed() {
        entries.record(TestData.figures(monitor.id(), DAY, Map.of("deaths", Figure.increment(Qualifier.EXACT, 3))));
        List<Indicator> withoutStrikes = monitor.indicators().stream()
                .filter(indicator -> !indicator.code().equals("strikes")).toList();

        monitors.update(monitor.id(), monitor.version(), withIndicators(withoutStrikes));

        assertThat(monitors.findById(monitor.id()).orElseThrow().indicators()).extracting(Indicator::code)
                .containsExactly("boats_struck", "deaths");
    }

    @Test
    void adding_a_step_puts_it_on_the_ladder_in_order() {
        List<EscalationStep> ladder = new ArrayList<>(monitor.ladder());
        ladder.add(new EscalationStep("Critical", "Fourth step"));

        monitors.update(monitor.id(), monitor.version(), withLadder(ladder));

        assertThat(monitors.findById(monitor.id()).orElseThrow().ladder()).extracting(EscalationStep::name)
                .containsExactly("Low", "Middle", "High", "Critical");
    }

    @Test
    void removing_a_step_that_entries_refer_to_is_refused() {
        entries.record(TestData.step(monitor.id(), DAY, 3));

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(),
                withLadder(monitor.ladder().subList(0, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Step 3 'High' is referred to by entries");
    }

    @Test
    void removing_a_step_below_one_that_entries_refer_to_is_refused_because_it_would_shift_its_level() {
        entries.record(TestData.step(monitor.id(), DAY, 2));

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(),
                withLadder(monitor.ladder().subList(1, 3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Step 2 'Middle'");
    }

    @Test
    void a_step_that_entries_refer_to_can_be_renamed_in_place_and_unused_steps_removed() {
        entries.record(TestData.step(monitor.id(), DAY, 2));
        List<EscalationStep> ladder = List.of(monitor.step(1), new EscalationStep("Serious", "Second step, renamed"));

        monitors.update(monitor.id(), monitor.version(), withLadder(ladder));

        assertThat(monitors.findById(monitor.id()).orElseThrow().ladder()).extracting(EscalationStep::name)
                .containsExactly("Low", "Serious");
    }

    @Test
    void the_slug_cannot_change() {
        MonitorDefinition moved = new MonitorDefinition("elsewhere", monitor.name(), monitor.summary(),
                monitor.startDate(), monitor.indicators(), monitor.ladder());

        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(), moved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug cannot change");
        assertThat(monitors.findBySlug("elsewhere")).isEmpty();
    }

    @Test
    void a_name_longer_than_the_column_is_refused_with_a_message() {
        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(),
                renamed("x".repeat(MonitorService.MONITOR_NAME_MAX + 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + MonitorService.MONITOR_NAME_MAX);
    }

    @Test
    void an_editor_can_neither_create_nor_update_a_monitor() {
        // The monitor was created by the admin in @BeforeEach; from here on an editor is signed in.
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("editor", null, "ROLE_EDITOR"));

        assertThatThrownBy(() -> monitors.create(TestData.monitor("south")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitors.update(monitor.id(), monitor.version(), renamed("Hijacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(monitors.findBySlug("south")).isEmpty();
        assertThat(monitors.findById(monitor.id()).orElseThrow().name()).isEqualTo("Test west");
    }

    private MonitorDefinition renamed(String name) {
        return new MonitorDefinition(monitor.slug(), name, monitor.summary(), monitor.startDate(),
                monitor.indicators(), monitor.ladder(), monitor.kinds(), monitor.recencyKind());
    }

    private MonitorDefinition withIndicators(List<Indicator> indicators) {
        return new MonitorDefinition(monitor.slug(), monitor.name(), monitor.summary(), monitor.startDate(),
                indicators, monitor.ladder(), monitor.kinds(), monitor.recencyKind());
    }

    private MonitorDefinition withLadder(List<EscalationStep> ladder) {
        return new MonitorDefinition(monitor.slug(), monitor.name(), monitor.summary(), monitor.startDate(),
                monitor.indicators(), ladder, monitor.kinds(), monitor.recencyKind());
    }

    private MonitorDefinition withKinds(List<EntryKindDefinition> kinds, String recencyKind) {
        return new MonitorDefinition(monitor.slug(), monitor.name(), monitor.summary(), monitor.startDate(),
                monitor.indicators(), monitor.ladder(), kinds, recencyKind);
    }
}
