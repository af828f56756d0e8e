package com.riskdesk.dashboard.ui;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one open dashboard holds on the server, counted in Vaadin state nodes: each costs heap for as long as the
 * window stays open, times thousands of viewers when a link goes viral (issue 8's 150 KB per dashboard). The budget
 * is today's count with a little room: a new section built of components instead of written HTML breaks it.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class DashboardWeightTest extends SpringBrowserlessTest {

    /**
     * The whole UI of a dashboard with seven entries and two judgements, page frame included: 205 nodes when the
     * judgements were components, the map built its frames at once, each entry was two elements and each
     * option of a select two nodes; 137 since.
     */
    static final int NODE_BUDGET = 150;

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    JudgementService judgements;

    long monitorId;

    @BeforeEach
    void createMonitorLikeTheDemo() {
        monitorId = monitors.create(TestData.monitor("gulf")).id();
        for (int day = 1; day <= 5; day++) {
            entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, day * 5),
                    Map.of("boats_struck", increment(EXACT, day), "deaths", cumulative(AT_LEAST, 10 * day))));
        }
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 9), 1));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 20), 2));
        NewJudgement worse = TestData.judgement(monitorId, YearMonth.of(2025, 12), Trend.DETERIORATED);
        judgements.record(new NewJudgement(monitorId, worse.period(), worse.trend(), true, "Capital under siege",
                worse.narrative(), worse.sources()));
        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 11), Trend.IMPROVED));
    }

    @Test
    void an_open_dashboard_stays_within_its_state_node_budget() {
        navigate("monitors/gulf", DashboardView.class);

        int nodes = nodes(UI.getCurrent().getElement());
        System.out.println("Dashboard state nodes: " + nodes + " " + bySection());

        assertThat(nodes).isLessThanOrEqualTo(NODE_BUDGET);
    }

    @Test
    void the_trend_judgements_are_one_written_element_whatever_their_number() {
        navigate("monitors/gulf", DashboardView.class);

        assertThat(nodes(find(JudgementTimeline.class).single().getElement())).isLessThanOrEqualTo(3);
    }

    @Test
    void the_map_section_is_a_light_placeholder_until_it_comes_into_view() {
        navigate("monitors/gulf", DashboardView.class);

        assertThat(nodes(find(DashboardMap.class).single().getElement())).isLessThanOrEqualTo(3);
    }

    private Map<String, Integer> bySection() {
        Map<String, Integer> counts = new TreeMap<>();
        Element view = find(DashboardView.class).single().getElement();
        view.getChildren().forEach(child -> counts.merge(child.getTag() + "." + child.getAttribute("class")
                + "#" + child.getAttribute("id"), nodes(child), Integer::sum));
        return counts;
    }

    static int nodes(Element element) {
        AtomicInteger count = new AtomicInteger();
        element.getNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }
}
