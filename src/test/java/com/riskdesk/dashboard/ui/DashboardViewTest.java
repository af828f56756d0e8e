package com.riskdesk.dashboard.ui;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.ButtonClick;
import com.riskdesk.RenderedText;
import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.TestData;
import com.riskdesk.base.ui.NotFoundView;
import com.riskdesk.base.ui.RiskChart;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.riskdesk.UserInput;
import com.riskdesk.base.ui.NativeSelect;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    com.riskdesk.TestClock clock;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = monitors.create(TestData.monitor("gulf")).id();
    }

    @Test
    void tiles_show_the_figures_stored_for_the_monitor() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("boats_struck", increment(EXACT, 2), "deaths", increment(EXACT, 7))));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 9),
                Map.of("boats_struck", increment(EXACT, 1), "deaths", increment(EXACT, 4))));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 9), 2));

        navigate("monitors/gulf", DashboardView.class);

        assertThat(text(tile("boats_struck"))).contains("3").doesNotContain("at least");
        assertThat(text(tile("deaths"))).contains("11");
        assertThat(text(tile("escalation"))).contains("Step 2", "of 3", "Middle", "Reached 9 Nov 2025");
        assertThat(text(tile("since-last"))).contains("67", "days");
    }

    @Test
    void the_dashboard_links_to_its_methodology_page_outside_the_router() {
        navigate("monitors/gulf", DashboardView.class);

        Anchor methodology = find(Anchor.class).id("methodology-link");
        assertThat(methodology.getHref()).isEqualTo("monitors/gulf/methodology");
        assertThat(methodology.getText()).isEqualTo("How these figures are made");
        assertThat(methodology.getElement().hasAttribute("router-ignore")).isTrue();
    }

    @Test
    void a_lower_bound_reads_at_least() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 30),
                Map.of("deaths", cumulative(AT_LEAST, 83))));

        navigate("monitors/gulf", DashboardView.class);

        assertThat(text(tile("deaths"))).contains("at least 83");
    }

    @Test
    void an_empty_monitor_says_nothing_is_recorded_rather_than_zero() {
        DashboardView view = navigate("monitors/gulf", DashboardView.class);

        assertThat(text(tile("deaths"))).contains("No figure recorded").doesNotContain("0");
        assertThat(text(tile("escalation"))).contains("No step reached");
        assertThat(text(tile("since-last"))).contains("No strike recorded");
        assertThat(find(RiskChart.class).all()).isEmpty();
        assertThat(text(view)).contains("Entries (0)", "Nothing has been recorded for this monitor yet.");
    }

    @Test
    void each_tile_with_a_figure_offers_its_sources() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 30),
                Map.of("deaths", cumulative(AT_LEAST, 83))));

        navigate("monitors/gulf", DashboardView.class);

        String html = ((WrittenHtml) find(Component.class, tile("deaths")).withClassName("tile-content").single())
                .getHtml();
        assertThat(html).contains("<summary aria-label=\"Sources for Deaths (1)\">Sources (1)</summary>");
        assertThat(text(tile("deaths"))).contains("Test Wire", "Test report");
    }

    @Test
    void charts_get_the_running_totals_and_the_entries_list_shows_sources() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of("deaths", increment(EXACT, 7))));

        navigate("monitors/gulf", DashboardView.class);

        RiskChart counts = find(RiskChart.class).id("chart-counts");
        assertThat(counts.getElement().getProperty("spec")).contains("\"date\":\"2025-11-02\"", "\"value\":7");
        assertThat(counts.getElement().getAttribute("aria-label")).contains("Deaths 7 as of 2 Nov 2025");
        assertThat(find(ListItem.class).withClassName("entry").all()).singleElement()
                .satisfies(entry -> assertThat(text(entry)).contains("Strike on 2025-11-02", "Test Wire"));
    }

    @Test
    void a_malformed_period_falls_back_to_the_default() {
        UI.getCurrent().navigate("monitors/gulf", QueryParameters.fromString("period=-5%27%3B&period=x"));

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(find(NativeSelect.class).single().getValue()).isEqualTo("30");
        assertThat(text(getCurrentView())).contains("Test gulf", "No figure recorded");
    }

    @Test
    void choosing_a_period_puts_it_in_the_address_and_a_link_with_it_restores_it() {
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 9), 2));
        navigate("monitors/gulf", DashboardView.class);
        UserInput.set(find(NativeSelect.class).single(), "7");

        assertThat(find(NativeSelect.class).single().getValue()).isEqualTo("7");
        assertThat(text(tile("escalation"))).contains("No change in the last 7 days");

        UI.getCurrent().navigate("monitors/gulf", QueryParameters.fromString("period=90d"));
        assertThat(find(NativeSelect.class).single().getValue()).isEqualTo("90");
    }

    @Test
    void a_pinned_link_shows_the_figures_as_known_then_with_a_snapshot_banner() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of("deaths", increment(EXACT, 7))));
        java.time.Instant pinned = clock.instant();
        clock.advance(java.time.Duration.ofHours(1));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 9), Map.of("deaths", increment(EXACT, 4))));

        try {
            UI.getCurrent().navigate("monitors/gulf", QueryParameters.fromString("asOf=" + pinned));

            assertThat(text(tile("deaths"))).startsWith("Deaths 7 No change");
            SnapshotBanner banner = find(SnapshotBanner.class).single();
            assertThat(banner.isVisible()).isTrue();
            assertThat(text(banner)).contains("as known at 15 Jan 2026, 12:00:00 UTC", "See the live dashboard");

            UI.getCurrent().navigate("monitors/gulf");
            assertThat(text(tile("deaths"))).startsWith("Deaths 11");
            assertThat(find(SnapshotBanner.class).all()).as("no visible banner on the live view").isEmpty();
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_link_with_chart_dates_and_entry_restores_that_view() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 2))));
        long selected = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 20),
                Map.of("deaths", increment(EXACT, 3))));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 9), Map.of("deaths", increment(EXACT, 4))));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 9), 2));

        UI.getCurrent().navigate("monitors/gulf",
                QueryParameters.fromString("chart=totals&from=2025-10-10&to=2025-10-31&entry=" + selected));

        assertThat(find(NativeButton.class).id("chart-tab-totals").getElement().getAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(find(NativeButton.class).id("chart-tab-escalation").getElement().getAttribute("tabindex"))
                .as("only the chosen tab is in the Tab order").isEqualTo("-1");
        assertThat(find(Input.class).id("range-from").getValue()).isEqualTo("2025-10-10");
        assertThat(find(Input.class).id("range-to").getValue()).isEqualTo("2025-10-31");
        assertThat(find(RiskChart.class).all()).extracting(Component::getId).extracting(java.util.Optional::get)
                .containsExactly("chart-counts");
        RiskChart counts = find(RiskChart.class).id("chart-counts");
        assertThat(counts.getElement().getProperty("spec"))
                .contains("\"start\":\"2025-10-10\"", "\"end\":\"2025-10-31\"");
        assertThat(counts.getElement().getAttribute("aria-label")).contains("Deaths 5 as of 20 Oct 2025")
                .doesNotContain("9 Nov");
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries from 10 Oct 2025 to 31 Oct 2025 (1)");
        ListItem listed = find(ListItem.class).id("entry-" + selected);
        assertThat(listed.getClassNames()).contains("entry-selected");
        assertThat(listed.getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(text(find(SelectedEntry.class).single())).contains("Selected entry", "Strike on 2025-10-20");
        assertThat(find(ListItem.class).withClassName("entry").all()).hasSize(2)
                .as("the selected entry's panel and the one entry in the range");
    }

    @Test
    void choosing_a_chart_dates_and_an_entry_changes_the_view_in_place() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 2))));
        long later = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 9),
                Map.of("deaths", increment(EXACT, 4))));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 9), 2));
        navigate("monitors/gulf", DashboardView.class);
        assertThat(find(RiskChart.class).all()).hasSize(2);

        test(find(NativeButton.class).id("chart-tab-escalation")).click();
        assertThat(find(RiskChart.class).all()).extracting(chart -> chart.getId().orElseThrow())
                .containsExactly("chart-escalation");

        test(find(Input.class).id("range-from")).setValue("2025-11-01");
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries from 1 Nov 2025 (2)");
        assertThat(find(Button.class).id("range-all").isVisible()).isTrue();

        ButtonClick.on(find(OrderedList.class).withClassName("entry-list").single(), EntryList.SELECT, later);
        assertThat(text(find(SelectedEntry.class).single())).contains("Strike on 2025-11-09");
        assertThat(find(ListItem.class).withClassName("entry-selected").all()).extracting(item -> item.getId().orElseThrow())
                .containsExactly("entry-" + later);

        test(find(Button.class).id("clear-selection")).click();
        assertThat(find(SelectedEntry.class).all()).as("no visible selected-entry panel").isEmpty();
        assertThat(find(ListItem.class).withClassName("entry-selected").all()).isEmpty();

        test(find(Button.class).id("range-all")).click();
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries (3)");
        assertThat(find(Input.class).id("range-from").getValue()).isEmpty();
    }

    @Test
    void a_tiles_source_opens_its_whole_entry_and_puts_it_in_the_link() {
        long reported = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", cumulative(AT_LEAST, 40))));
        navigate("monitors/gulf", DashboardView.class);

        ButtonClick.on(find(DashboardTiles.class).single(), DashboardTiles.SHOW_ENTRY, reported);

        assertThat(text(find(SelectedEntry.class).single())).contains("Strike on 2025-11-02", "Deaths: at least 40");
        assertThat(find(ListItem.class).id("entry-" + reported).getClassNames()).contains("entry-selected");
    }

    @Test
    void a_reversed_range_is_said_and_correcting_either_date_applies_it() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 2))));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 20), Map.of("deaths", increment(EXACT, 3))));
        navigate("monitors/gulf", DashboardView.class);

        test(find(Input.class).id("range-to")).setValue("2025-10-10");
        test(find(Input.class).id("range-from")).setValue("2025-10-15");

        assertThat(text(find(Component.class).id("range-problem"))).isEqualTo("The end cannot be before the start.");
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries to 10 Oct 2025 (1)");

        test(find(Input.class).id("range-from")).setValue("2025-10-01");

        assertThat(find(Component.class).withId("range-problem").all()).as("no visible problem").isEmpty();
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries from 1 Oct 2025 to 10 Oct 2025 (1)");
    }

    @Test
    void a_typed_date_outside_the_monitors_days_is_said_and_changes_nothing() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 2))));
        navigate("monitors/gulf", DashboardView.class);
        String start = monitors.findBySlug("gulf").orElseThrow().startDate().toString();

        test(find(Input.class).id("range-from")).setValue("2019-01-01");

        assertThat(text(find(Component.class).id("range-problem")))
                .isEqualTo("Too early for this monitor: it begins on " + start + ".");
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries (1)");

        test(find(Input.class).id("range-from")).setValue("");
        test(find(Input.class).id("range-to")).setValue(LocalDate.now(clock).plusDays(3).toString());

        assertThat(text(find(Component.class).id("range-problem"))).isEqualTo("That date is still to come.");
    }

    @Test
    void dates_before_the_monitor_began_fall_back_to_its_start() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 2))));

        UI.getCurrent().navigate("monitors/gulf", QueryParameters.fromString("from=2019-01-01&to=2025-10-31"));

        assertThat(find(Input.class).id("range-from").getValue()).isEmpty();
        assertThat(find(Input.class).id("range-to").getValue()).isEqualTo("2025-10-31");
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries to 31 Oct 2025 (1)");

        UI.getCurrent().navigate("monitors/gulf", QueryParameters.fromString("from=2019-01-01&to=2019-02-01"));

        assertThat(find(Input.class).id("range-to").getValue()).isEmpty();
        assertThat(text(find(Component.class).id("entries"))).isEqualTo("Entries (1)");
    }

    @Test
    void a_link_to_an_entry_that_is_not_in_the_view_says_so() {
        long other = monitors.create(TestData.monitor("elsewhere")).id();
        long theirs = entries.record(TestData.figures(other, LocalDate.of(2025, 10, 5), Map.of()));

        UI.getCurrent().navigate("monitors/gulf", QueryParameters.fromString("entry=" + theirs));

        assertThat(text(find(SelectedEntry.class).single())).contains("Entry " + theirs + " is not part of this view");
    }

    @Test
    void an_unknown_monitor_shows_the_not_found_page() {
        NotFoundView view = navigate("monitors/atlantis", NotFoundView.class);

        assertThat(text(view)).contains("Page not found", "There is no monitor called \"atlantis\".");
    }

    private Component tile(String id) {
        return find(Component.class).id("tile-" + id);
    }

    private static String text(HasElement component) {
        return RenderedText.of(component);
    }
}
