package com.riskdesk.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.TestData;
import com.riskdesk.assessment.JudgementDetails;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.Trend;
import com.riskdesk.dashboard.ui.DashboardView;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = "EDITOR")
class JudgementAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    JudgementService judgements;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("sahel")).id());
    }

    @Test
    void an_editor_records_a_judgement_and_the_dashboard_shows_it_in_its_timeline() {
        JudgementAdminView view = open();
        JudgementForm form = view.form;
        test(form.month).selectItem("December 2025");
        test(form.trend).selectItem("Deteriorated");
        test(form.alert).click();
        test(form.alertText).setValue("Capital under siege");
        test(form.narrative).setValue("Attacks spread to the capital.");
        test(form.sources.rows.getFirst().name).setValue("Sahel Wire");
        test(form.sources.rows.getFirst().url).setValue("https://example.org/sahel");
        test(form.save).click();

        assertThat(judgements.list(monitorId)).singleElement().satisfies(judgement -> {
            assertThat(judgement.content().period().describe()).isEqualTo("December 2025");
            assertThat(judgement.recordedBy()).isEqualTo("editor");
        });
        GridTester<?, JudgementDetails> grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Deteriorated");

        UI.getCurrent().navigate("monitors/sahel");
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(text(find(Component.class).id("judgements"))).contains("Trend judgements", "December 2025",
                "Deteriorated", "Risk alert: Capital under siege", "Attacks spread to the capital.", "Sahel Wire");
    }

    @Test
    void each_problem_is_shown_at_its_field_and_nothing_is_saved() {
        JudgementForm form = open().form;
        test(form.sources.rows.getFirst().url).setValue("not an address");
        test(form.alert).click();
        test(form.save).click();

        assertThat(form.trend.isInvalid()).isTrue();
        assertThat(form.trend.getErrorMessage()).isEqualTo("Choose deteriorated, improved or unchanged");
        assertThat(form.narrative.getErrorMessage()).startsWith("Write a short narrative");
        assertThat(form.alertText.isInvalid()).isTrue();
        assertThat(form.sources.rows.getFirst().name.getErrorMessage()).isEqualTo("Enter the source's name");
        assertThat(form.sources.rows.getFirst().url.getErrorMessage())
                .isEqualTo("Use a full http:// or https:// address");
        assertThat(judgements.list(monitorId)).isEmpty();
    }

    @Test
    void a_correction_needs_a_reason_and_a_retraction_takes_the_judgement_off_the_dashboard() {
        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 12), Trend.UNCHANGED));
        JudgementAdminView view = open();
        test(view.grid).select(0);
        JudgementForm form = view.form;
        assertThat(form.reason.isVisible()).isTrue();
        test(form.trend).selectItem("Deteriorated");
        test(form.save).click();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Say why the judgement is corrected");

        test(form.reason).setValue("Later reports of attacks");
        test(form.save).click();
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Corrected");
        UI.getCurrent().navigate("monitors/sahel");
        assertThat(text(find(Component.class).id("judgements")))
                .contains("Deteriorated", "Corrected: Later reports of attacks");

        view = open();
        test(view.grid).select(0);
        test(view.retract).click();
        test(find(Button.class).withText("Retract judgement").single()).click();
        assertThat(view.retractDialog.reason.isInvalid()).as("a retraction needs a reason").isTrue();
        view.retractDialog.reason.setValue("Judged for the wrong monitor");
        test(find(Button.class).withText("Retract judgement").single()).click();
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Retracted");
        test(view.grid).select(0);
        assertThat(view.retract.isVisible()).as("a retracted judgement cannot be retracted again").isFalse();
        assertThat(text(find(JudgementHistory.class).single())).contains("Retracted by editor",
                "Reason: Judged for the wrong monitor", "Trend: Unchanged → Deteriorated");
        UI.getCurrent().navigate("monitors/sahel");
        assertThat(text(find(Component.class).id("judgements"))).contains("No trend judgement yet");
    }

    @Test
    void with_lang_es_the_screen_and_its_problems_are_in_spanish() {
        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 11), Trend.DETERIORATED));
        UI.getCurrent().navigate("admin/judgements", new QueryParameters(Map.of("monitor", List.of("sahel"),
                "lang", List.of("es"))));
        JudgementAdminView view = (JudgementAdminView) getCurrentView();

        assertThat(view.getPageTitle()).isEqualTo("Valoraciones de tendencia · Personal · Risk Monitor");
        assertThat(text(view)).contains("Valoraciones de tendencia", "Nueva valoración").doesNotContain("Trend judgements");
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("noviembre de 2025");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Empeoró");
        test(view.newJudgement).click();
        test(view.form.save).click();

        assertThat(view.form.trend.getErrorMessage()).isEqualTo("Elija empeoró, mejoró o sin cambios");
        assertThat(view.form.trend.getLabel()).isEqualTo("Tendencia");
    }

    private JudgementAdminView open() {
        UI.getCurrent().navigate("admin/judgements", QueryParameters.of("monitor", "sahel"));
        return (JudgementAdminView) getCurrentView();
    }

    private static String text(Component component) {
        return RenderedText.of(component);
    }
}
