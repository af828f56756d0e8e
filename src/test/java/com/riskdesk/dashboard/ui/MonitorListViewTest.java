package com.riskdesk.dashboard.ui;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.UserInput;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.ui.NativeSelect;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class MonitorListViewTest extends SpringBrowserlessTest {

    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    JudgementService judgements;
    @Autowired
    TestClock clock;

    long sahel;
    long gulf;
    long arctic;

    /** Three monitors: Sahel deteriorated with an alert, Gulf improved (changed last), Arctic without region or judgement. */
    @BeforeEach
    void createMonitors() {
        sahel = monitors.create(TestData.monitor("sahel", "West Africa")).id();
        gulf = monitors.create(TestData.monitor("gulf", "Middle East")).id();
        arctic = monitors.create(TestData.monitor("arctic")).id();
        entries.record(TestData.figures(sahel, LocalDate.of(2025, 12, 2), Map.of("deaths", cumulative(AT_LEAST, 83))));
        entries.record(TestData.step(sahel, LocalDate.of(2025, 11, 9), 2));
        NewJudgement worse = TestData.judgement(sahel, DECEMBER, Trend.DETERIORATED);
        judgements.record(new NewJudgement(sahel, worse.period(), worse.trend(), true, "Capital under siege",
                worse.narrative(), worse.sources()));
        judgements.record(TestData.judgement(sahel, YearMonth.of(2025, 11), Trend.IMPROVED));
        clock.advance(Duration.ofHours(1));
        judgements.record(TestData.judgement(gulf, DECEMBER, Trend.IMPROVED));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void each_card_shows_region_step_figures_with_qualifiers_and_the_latest_judgement() {
        navigate("", MonitorListView.class);

        String card = text(card("sahel"));
        assertThat(card).contains("Test sahel", "West Africa", "Step 2 of 3: Middle (reached 9 Nov 2025)",
                "Deaths: at least 83", "Trend, December 2025:", "Deteriorated", "Risk alert: Capital under siege",
                "Last change 15 Jan 2026");
        assertThat(text(card("arctic"))).contains("No escalation step recorded", "No trend judgement yet")
                .doesNotContain("Deaths");
        assertThat(names()).containsExactly("Test arctic", "Test gulf", "Test sahel");
    }

    @Test
    void a_link_with_a_sort_and_filters_restores_that_view() {
        UI.getCurrent().navigate("", QueryParameters.fromString("sort=trend"));
        assertThat(names()).containsExactly("Test sahel", "Test gulf", "Test arctic");
        assertThat(select("overview-sort").getValue()).isEqualTo("trend");

        UI.getCurrent().navigate("", QueryParameters.fromString("sort=region"));
        assertThat(names()).containsExactly("Test gulf", "Test sahel", "Test arctic");

        UI.getCurrent().navigate("", QueryParameters.fromString("sort=change"));
        assertThat(names()).containsExactly("Test gulf", "Test sahel", "Test arctic");

        UI.getCurrent().navigate("", QueryParameters.fromString("region=West%20Africa"));
        assertThat(names()).containsExactly("Test sahel");
        assertThat(select("overview-region").getValue()).isEqualTo("West Africa");
        assertThat(text(find(Paragraph.class).id("overview-count"))).startsWith("Showing 1 of ");

        UI.getCurrent().navigate("", QueryParameters.fromString("trend=improved"));
        assertThat(names()).containsExactly("Test gulf");
        assertThat(select("overview-trend").getValue()).isEqualTo("improved");
    }

    @Test
    void a_malformed_link_falls_back_to_every_monitor_by_name() {
        UI.getCurrent().navigate("", QueryParameters.fromString("sort=sideways&trend=better"));

        assertThat(names()).containsExactly("Test arctic", "Test gulf", "Test sahel");
        assertThat(select("overview-sort").getValue()).isEqualTo("name");
        assertThat(select("overview-trend").getValue()).isEmpty();
    }

    @Test
    void a_filter_matching_nothing_says_so_and_offers_every_monitor() {
        UI.getCurrent().navigate("", QueryParameters.fromString("region=Atlantis"));

        assertThat(text(find(com.vaadin.flow.component.html.UnorderedList.class).withClassName("overview-cards")
                .single())).contains("No monitor matches these choices.", "Show every monitor");
    }

    @Test
    void choosing_a_sort_and_a_filter_reorders_the_cards_and_puts_both_in_the_address() {
        navigate("", MonitorListView.class);

        UserInput.set(select("overview-sort"), "trend");
        assertThat(names()).containsExactly("Test sahel", "Test gulf", "Test arctic");
        UserInput.set(select("overview-trend"), "deteriorated");

        assertThat(names()).containsExactly("Test sahel");
        assertThat(addressBarWrites()).last().asString().isEqualTo("?sort=trend&trend=deteriorated");
        UI.getCurrent().navigate("", QueryParameters.fromString("sort=trend&trend=deteriorated"));
        assertThat(names()).containsExactly("Test sahel");
    }

    private ListItem card(String slug) {
        return find(ListItem.class).id("monitor-" + slug);
    }

    /** The names of this test's monitors in the order shown (other tests may have left monitors of their own). */
    private List<String> names() {
        return find(ListItem.class).withClassName("monitor-card").all().stream()
                .map(card -> card.getElement().getChild(0).getTextRecursively())
                .filter(List.of("Test arctic", "Test gulf", "Test sahel")::contains).toList();
    }

    private NativeSelect select(String id) {
        return find(NativeSelect.class).id(id);
    }

    /** The paths the view put in the address bar, oldest first. */
    private static List<Object> addressBarWrites() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getParameters())
                .filter(parameters -> !parameters.isEmpty() && parameters.getFirst() instanceof String)
                .map(parameters -> (Object) parameters.getFirst())
                .filter(path -> path.toString().startsWith("?") || path.toString().equals("./"))
                .toList();
    }

    private static String text(com.vaadin.flow.component.HasElement component) {
        return RenderedText.of(component);
    }
}
