package com.riskdesk.dashboard;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.riskdesk.IntegrationTest;
import com.riskdesk.StatementCounter;
import com.riskdesk.StatementCounter.Counted;
import com.riskdesk.TestData;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.Trend;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.monitor.TileOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview reads every monitor with a fixed number of SQL statements, however many monitors there are, and each
 * card states what the monitor's dashboard states.
 */
@IntegrationTest
@Import(StatementCounter.class)
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class OverviewStatementsTest {

    @Autowired
    MonitorCards cards;
    @Autowired
    DashboardService dashboards;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    JudgementService judgements;

    @Test
    void the_overview_runs_as_many_statements_for_five_monitors_as_for_one() {
        monitorWithFiguresStepAndJudgement("region-1");
        Counted<List<MonitorCard>> one = StatementCounter.count(cards::all);
        for (int i = 2; i <= 5; i++) {
            monitorWithFiguresStepAndJudgement("region-" + i);
        }

        Counted<List<MonitorCard>> five = StatementCounter.count(cards::all);

        assertThat(one.result()).hasSize(1);
        assertThat(five.result()).hasSize(5).allSatisfy(card -> {
            assertThat(card.figures()).isNotEmpty();
            assertThat(card.currentStep()).isPresent();
            assertThat(card.latestJudgement()).isPresent();
        });
        assertThat(one.statements()).as("statements for one monitor").isPositive();
        assertThat(five.statements()).as("statements for five monitors").isEqualTo(one.statements());
    }

    @Test
    void the_start_pages_steps_take_as_many_statements_for_five_monitors_as_for_one() {
        monitorWithFiguresStepAndJudgement("region-1");
        int one = StatementCounter.count(dashboards::overviews).statements();
        for (int i = 2; i <= 5; i++) {
            monitorWithFiguresStepAndJudgement("region-" + i);
        }

        Counted<List<MonitorOverview>> five = StatementCounter.count(dashboards::overviews);

        assertThat(five.result()).hasSize(5).allSatisfy(overview -> assertThat(overview.currentStep()).isPresent());
        assertThat(five.statements()).isEqualTo(one);
    }

    @Test
    void a_card_states_its_dashboards_figures_in_the_tile_order_and_its_highest_step() {
        MonitorDefinition plain = TestData.monitor("ordered");
        long id = monitors.create(plain.withTileOrder(List.of("deaths", TileOrder.ESCALATION, "boats_struck"))).id();
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 2),
                Map.of("deaths", cumulative(AT_LEAST, 40), "boats_struck", increment(EXACT, 2))));
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 5), Map.of("boats_struck", increment(EXACT, 3))));
        entries.record(TestData.step(id, LocalDate.of(2025, 11, 9), 3));
        entries.record(TestData.step(id, LocalDate.of(2025, 11, 12), 2));
        Dashboard dashboard = dashboards.dashboard("ordered", DashboardService.DEFAULT_PERIOD_DAYS).orElseThrow();

        MonitorCard card = cards.all().getFirst();

        assertThat(card.figures()).extracting(figure -> figure.indicator().code(), MonitorCard.Figure::value)
                .containsExactly(tuple("deaths", FigureValue.atLeast(40)), tuple("boats_struck", FigureValue.exact(5)));
        assertThat(card.figures()).extracting(MonitorCard.Figure::indicator)
                .isEqualTo(dashboard.indicatorTiles().stream().filter(IndicatorTile::hasFigure)
                        .map(IndicatorTile::indicator).toList());
        assertThat(card.currentStep()).contains(dashboard.escalation().current());
        assertThat(card.currentStep().orElseThrow().level()).isEqualTo(3);
    }

    private void monitorWithFiguresStepAndJudgement(String slug) {
        long id = monitors.create(TestData.monitor(slug)).id();
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 2), Map.of("deaths", cumulative(AT_LEAST, 40))));
        entries.record(TestData.step(id, LocalDate.of(2025, 11, 9), 2));
        judgements.record(TestData.judgement(id, YearMonth.of(2025, 11), Trend.DETERIORATED));
    }
}
