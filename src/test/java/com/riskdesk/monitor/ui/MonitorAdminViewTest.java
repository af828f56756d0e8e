package com.riskdesk.monitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.base.ui.AccessDeniedView;
import com.riskdesk.base.ui.NotFoundView;
import com.riskdesk.dashboard.ui.MonitorListView;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MethodologyNotes;
import com.riskdesk.monitor.MethodologyService;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.place.MapRegion;
import com.riskdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
class MonitorAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    MethodologyService methodology;

    @Test
    void an_admin_adds_a_monitor_with_two_indicators_and_three_steps_through_the_form() {
        navigate(MonitorAdminView.class);
        test(find(Button.class).withText("New monitor").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NewMonitorView.class);

        test(field("Slug")).setValue("north-sea");
        test(field("Monitor name")).setValue("North Sea");
        test(find(TextArea.class).withLabel("Summary").single()).setValue("Incidents at sea.");
        test(find(DatePicker.class).withLabel("Start date").single()).setValue(LocalDate.of(2025, 10, 1));
        fillIndicator(0, "incidents", "Incidents", "incidents");
        test(find(Button.class).withText("Add indicator").single()).click();
        fillIndicator(1, "deaths", "Deaths", "people");
        // Entered out of order, then put right with "Move up".
        fillStep(0, "Watch", "Tension rises");
        test(find(Button.class).withText("Add step").single()).click();
        fillStep(1, "Conflict", "Shots fired");
        test(find(Button.class).withText("Add step").single()).click();
        fillStep(2, "Alert", "Ships deployed");
        test(find(Button.class).withAriaLabel("Move up: step 3").single()).click();
        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MonitorAdminView.class);
        MonitorDetails stored = monitors.findBySlug("north-sea").orElseThrow();
        assertThat(stored.name()).isEqualTo("North Sea");
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(stored.indicators()).extracting(Indicator::code).containsExactly("incidents", "deaths");
        assertThat(stored.ladder()).extracting(EscalationStep::name).containsExactly("Watch", "Alert", "Conflict");
        assertThat(stored.step(2).meaning()).isEqualTo("Ships deployed");
        GridTester<?, MonitorDetails> grid = test(((MonitorAdminView) getCurrentView()).grid);
        assertThat(cellTexts(grid, 0)).contains("North Sea");
    }

    @Test
    void the_form_lists_every_problem_at_once_and_saves_nothing() {
        navigate("admin/monitors/new", NewMonitorView.class);
        test(field("Slug")).setValue("broken");
        test(find(TextField.class).withLabel("Code").single()).setValue("Not A Code");

        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewMonitorView.class);
        String problems = text(find(FormProblems.class).single());
        assertThat(problems).contains("4 problems", "Monitor name: enter the monitor's name", "Start date: enter a date",
                "Indicator 1: Indicator code must be lower-case letters", "Step 1: Step name must be");
        assertThat(field("Monitor name").isInvalid()).isTrue();
        assertThat(monitors.findBySlug("broken")).isEmpty();
    }

    @Test
    void a_slug_that_is_taken_is_refused_with_the_services_message() {
        monitors.create(TestData.monitor("taken"));
        navigate("admin/monitors/new", NewMonitorView.class);
        test(field("Slug")).setValue("taken");
        test(field("Monitor name")).setValue("Another");
        test(find(DatePicker.class).withLabel("Start date").single()).setValue(LocalDate.of(2025, 10, 1));
        test(find(Button.class).withAriaLabel("Remove: indicator 1").single()).click();
        test(find(Button.class).withAriaLabel("Remove: step 1").single()).click();

        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(text(find(FormProblems.class).single())).contains("slug 'taken' already exists");
        assertThat(monitors.findBySlug("taken").orElseThrow().name()).isEqualTo("Test taken");
    }

    @Test
    void an_admin_edits_a_monitor_from_the_list_and_its_slug_stays_fixed() {
        monitors.create(TestData.monitor("west"));
        MonitorAdminView list = navigate(MonitorAdminView.class);
        GridTester<?, MonitorDetails> grid = test(list.grid);
        int row = rowOf(grid, "west");
        test((RouterLink) grid.getCellComponent(row, "actions")).click();

        EditMonitorView view = (EditMonitorView) getCurrentView();
        assertThat(view.form.slug.isReadOnly()).isTrue();
        test(field("Monitor name")).setValue("West, renamed");
        test(find(Button.class).withText("Add step").single()).click();
        fillStep(3, "Critical", "Fourth step");
        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MonitorAdminView.class);
        MonitorDetails stored = monitors.findBySlug("west").orElseThrow();
        assertThat(stored.name()).isEqualTo("West, renamed");
        assertThat(stored.ladder()).extracting(EscalationStep::name)
                .containsExactly("Low", "Middle", "High", "Critical");
    }

    @Test
    void an_admin_moves_the_escalation_tile_to_the_front_with_the_keyboard_reachable_buttons() {
        monitors.create(TestData.monitor("east"));
        navigate("admin/monitors/east/edit", EditMonitorView.class);
        assertThat(find(Button.class).withAriaLabel("Remove: tile 4").all()).as("tiles are moved, not removed")
                .isEmpty();

        for (int tile = 4; tile > 1; tile--) {
            Button up = find(Button.class).withAriaLabel("Move up: tile " + tile).single();
            assertThat(up.isEnabled()).isTrue();
            test(up).click();
        }
        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(monitors.findBySlug("east").orElseThrow().tileOrder())
                .containsExactly("escalation", "boats_struck", "deaths", "strikes", "since-last");
        navigate("admin/monitors/east/edit", EditMonitorView.class);
        assertThat(text(find(DefinitionHistory.class).single())).contains(
                "Tile order: boats_struck, deaths, strikes, escalation, since-last → escalation, boats_struck");
        assertThat(find(TileRow.class).all()).extracting(TileRow::key).startsWith("escalation", "boats_struck");
    }

    @Test
    void an_admin_gives_a_monitor_its_region_and_clears_it_again() {
        monitors.create(TestData.monitor("north"));
        EditMonitorView view = navigate("admin/monitors/north/edit", EditMonitorView.class);
        assertThat(view.form.region.getValue()).isEmpty();

        test(field("Region")).setValue("  Arctic ");
        test(find(Button.class).withText("Save monitor").single()).click();
        assertThat(monitors.findBySlug("north").orElseThrow().region()).isEqualTo("Arctic");

        view = navigate("admin/monitors/north/edit", EditMonitorView.class);
        assertThat(view.form.region.getValue()).isEqualTo("Arctic");
        test(field("Region")).setValue(" ");
        test(find(Button.class).withText("Save monitor").single()).click();
        assertThat(monitors.findBySlug("north").orElseThrow().region()).isNull();
    }

    @Test
    void an_admin_sets_the_map_region_from_a_country_and_a_sea_sees_it_drawn_and_finds_it_in_history() {
        monitors.create(TestData.monitor("gulf"));
        EditMonitorView view = navigate("admin/monitors/gulf/edit", EditMonitorView.class);
        assertThat(view.form.mapRegion.spec.getValue()).isEmpty();

        test(field("Map region")).setValue("gulf of mexico;  CUBA");
        assertThat(view.form.mapRegion.preview.getHtml()).as("a small map of the region, named")
                .contains("<svg", "aria-label=\"Map region: Gulf of Mexico; Cuba\"");
        test(find(Button.class).withText("Save monitor").single()).click();

        MapRegion stored = monitors.findBySlug("gulf").orElseThrow().mapRegion();
        assertThat(stored.spec()).isEqualTo("Gulf of Mexico; Cuba");
        assertThat(stored.west()).as("the gulf's west edge with a margin").isLessThan(-98);
        navigate("admin/monitors/gulf/edit", EditMonitorView.class);
        assertThat(find(TextField.class).withLabel("Map region").single().getValue()).isEqualTo("Gulf of Mexico; Cuba");
        assertThat(text(find(DefinitionHistory.class).single())).contains("Map region: none → Gulf of Mexico; Cuba");

        test(field("Map region")).setValue("-100, 10, -60, 32");
        test(find(Button.class).withText("Save monitor").single()).click();
        assertThat(monitors.findBySlug("gulf").orElseThrow().mapRegion().box()).containsExactly(-100, 10, -60, 32);
    }

    @Test
    void a_map_region_that_cannot_be_read_is_refused_with_why_and_saves_nothing() {
        monitors.create(TestData.monitor("nowhere"));
        EditMonitorView view = navigate("admin/monitors/nowhere/edit", EditMonitorView.class);

        test(field("Map region")).setValue("Atlantis; Cuba");
        test(find(Button.class).withText("Save monitor").single()).click();
        assertThat(text(view.form.problems)).contains("Map region: 'Atlantis' is not in the list of countries and seas");
        assertThat(field("Map region").isInvalid()).isTrue();

        test(field("Map region")).setValue("-60, 10, -100, 32");
        test(find(Button.class).withText("Save monitor").single()).click();
        assertThat(text(view.form.problems)).contains("West must be less than east");
        assertThat(monitors.findBySlug("nowhere").orElseThrow().mapRegion()).isNull();
    }

    @Test
    void removing_an_indicator_that_has_entries_shows_why_it_cannot_go() {
        long id = monitors.create(TestData.monitor("east")).id();
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 2), Map.of("deaths",
                Figure.increment(Qualifier.EXACT, 2))));
        navigate("admin/monitors/east/edit", EditMonitorView.class);

        test(find(Button.class).withAriaLabel("Remove: indicator 2").single()).click();
        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(getCurrentView()).isInstanceOf(EditMonitorView.class);
        assertThat(text(((EditMonitorView) getCurrentView()).form.problems)).contains("'deaths' already has entries");
        assertThat(monitors.findBySlug("east").orElseThrow().indicators()).extracting(Indicator::code)
                .contains("deaths");
    }

    @Test
    void an_admin_renames_a_kind_in_use_chooses_what_the_days_since_tile_counts_and_sees_the_change_in_history() {
        long id = monitors.create(TestData.monitor("delta")).id();
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 2), Map.of()));
        navigate("admin/monitors/delta/edit", EditMonitorView.class);
        assertThat(text(find(MonitorForm.class).single())).contains("can be renamed or hidden, not removed");

        List<KindRow> kinds = find(KindRow.class).all();
        test(kinds.get(0).label).setValue("Raid");
        kinds.get(0).counted.box.setValue(false);
        kinds.get(3).counted.box.setValue(true);
        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MonitorAdminView.class);
        MonitorDetails stored = monitors.findBySlug("delta").orElseThrow();
        assertThat(stored.kindLabel("STRIKE")).isEqualTo("Raid");
        assertThat(stored.recencyKind()).isEqualTo("STATEMENT");
        navigate("admin/monitors/delta/edit", EditMonitorView.class);
        assertThat(text(find(DefinitionHistory.class).single())).contains("History of this definition",
                "Kind STRIKE: \"Strike\" → \"Raid\"", "tile counts: STRIKE → STATEMENT", "boss on ");
    }

    @Test
    void removing_a_kind_that_has_entries_is_refused_with_why() {
        long id = monitors.create(TestData.monitor("gamma")).id();
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 2), Map.of()));
        navigate("admin/monitors/gamma/edit", EditMonitorView.class);

        test(find(Button.class).withAriaLabel("Remove: kind 1").single()).click();
        test(find(Button.class).withText("Save monitor").single()).click();

        // The monitor form's problems come first; the methodology section below has its own.
        assertThat(text(find(FormProblems.class).first()))
                .contains("Kind 'STRIKE' already has entries: it can be renamed or hidden, not removed");
    }

    @Test
    void saving_over_someone_elses_change_is_refused_and_reload_shows_their_change() {
        MonitorDetails monitor = monitors.create(TestData.monitor("south"));
        EditMonitorView view = navigate("admin/monitors/south/edit", EditMonitorView.class);
        monitors.update(monitor.id(), monitor.version(), new MonitorDefinition("south", "Changed meanwhile",
                monitor.summary(), monitor.startDate(), monitor.indicators(), monitor.ladder()));

        test(field("Monitor name")).setValue("My change");
        test(find(Button.class).withText("Save monitor").single()).click();

        assertThat(text(view.form.problems)).contains("Someone else changed this monitor");
        assertThat(monitors.findBySlug("south").orElseThrow().name()).isEqualTo("Changed meanwhile");
        test(view.reload).click();
        assertThat(field("Monitor name").getValue()).isEqualTo("Changed meanwhile");
    }

    @Test
    void an_admin_writes_the_monitors_methodology_under_its_form_and_a_stale_save_is_refused() {
        MonitorDetails monitor = monitors.create(TestData.monitor("north"));
        navigate("admin/monitors/north/edit", EditMonitorView.class);
        MethodologySection section = find(MethodologySection.class).single();

        test(section.note).setValue("Counts events at sea only.");
        test(section.sourcesPolicy).setValue("Two independent outlets at least.");
        test(section.save).click();

        assertThat(methodology.notes(monitor.id()).notes()).isEqualTo(
                new MethodologyNotes("Counts events at sea only.", "Two independent outlets at least.", ""));
        assertThat(text(section.problems)).isEmpty();
        MethodologyService.Versioned saved = methodology.notes(monitor.id());
        methodology.update(monitor.id(), saved.version(), new MethodologyNotes("Changed meanwhile", "", ""));

        test(section.correctionsPolicy).setValue("Within a day.");
        test(section.save).click();

        assertThat(text(section.problems)).contains("Someone else changed this monitor");
        assertThat(methodology.notes(monitor.id()).notes().note()).isEqualTo("Changed meanwhile");
    }

    @Test
    void an_unknown_monitor_has_no_edit_page() {
        NotFoundView view = navigate("admin/monitors/atlantis/edit", NotFoundView.class);

        assertThat(text(view)).contains("There is no monitor called \"atlantis\".");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_is_told_only_admins_manage_monitors_instead_of_any_monitor_admin_screen() {
        for (String route : List.of("admin/monitors", "admin/monitors/new", "admin/monitors/west/edit")) {
            UI.getCurrent().navigate(route);

            assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
            assertThat(find(MonitorForm.class).exists()).as(route).isFalse();
            assertThat(text((Component) getCurrentView())).as(route).contains("Only admins can manage monitors")
                    .doesNotContain("New monitor").doesNotContain("Page not found");
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_still_gets_the_public_start_page() {
        // Shows that the check above tells a real view from the not-found page.
        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isInstanceOf(MonitorListView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("admin/monitors");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private TextField field(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private void fillIndicator(int index, String code, String name, String unit) {
        IndicatorRow row = find(IndicatorRow.class).all().get(index);
        test(row.code).setValue(code);
        test(row.name).setValue(name);
        test(row.unit).setValue(unit);
    }

    private void fillStep(int index, String name, String meaning) {
        StepRow row = find(StepRow.class).all().get(index);
        test(row.name).setValue(name);
        test(row.meaning).setValue(meaning);
    }

    private static int rowOf(GridTester<?, MonitorDetails> grid, String slug) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).slug().equals(slug)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + slug);
    }

    private static String cellTexts(GridTester<?, MonitorDetails> grid, int column) {
        StringBuilder texts = new StringBuilder();
        for (int row = 0; row < grid.size(); row++) {
            texts.append(grid.getCellText(row, column)).append('\n');
        }
        return texts.toString();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
