package com.riskdesk.dashboard.ui;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.TestData;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.ui.RiskChart;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public dashboard and overview opened with {@code lang=es}: the fixed words are Spanish, dates and numbers are
 * written the Spanish way, staff's content is shown as entered, and the language stays in the links.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class SpanishDashboardTest extends SpringBrowserlessTest {

    /** Words of the English side that a Spanish page must not show (staff's content here is English too). */
    private static final List<String> ENGLISH_LEFTOVERS = List.of("at least", "Last updated", "Reached",
            "Sources (", "Show the entry", "Over time", "Running totals", "Corrections (", "Compare with",
            "Live updates", "days ago", "Key figures", "How these figures", "in the last", "No change", "Nov 2025",
            "Days since", "Select", "Source:", "Trend judgements", "Deteriorated", "Show the data");

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    JudgementService judgements;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = monitors.create(TestData.monitor("gulf", "Middle East")).id();
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("boats_struck", increment(EXACT, 2), "deaths", cumulative(AT_LEAST, 1234))));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 30), 2));
        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 12), Trend.DETERIORATED));
    }

    @Test
    void the_dashboard_with_lang_es_speaks_spanish_and_writes_dates_and_numbers_the_spanish_way() {
        UI.getCurrent().navigate("monitors/gulf", QueryParameters.of(Languages.PARAMETER, "es"));

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        String text = RenderedText.of(getCurrentView());
        assertThat(text(tile("deaths"))).contains("al menos", "1.234", "Actualizado el 2 de noviembre de 2025",
                "Fuentes (1)", "Ver la entrada");
        assertThat(text(tile("escalation"))).contains("Nivel 2", "de 3", "Middle",
                "Alcanzado el 30 de noviembre de 2025");
        assertThat(text(tile("since-last"))).contains("Días sin registros (strike)", "días");
        assertThat(text).contains("Cifras clave", "Evolución", "Comparar con", "Actualizaciones en directo",
                "Cómo se elaboran estas cifras", "Valoraciones de tendencia", "Empeoró", "Correcciones (0)",
                "Entradas (2)", "Seleccionar", "Fuente:");
        // The written sections, shared by every viewer, are written per language: the timeline's period and the map's
        // frame too.
        assertThat(text(find(JudgementTimeline.class).single())).contains("diciembre de 2025")
                .doesNotContain("December");
        assertThat(text(find(DashboardMap.class).single())).contains("Dónde ocurrió").doesNotContain("Where it happened");
        assertThat(find(RiskChart.class).id("chart-counts").getElement().getAttribute("aria-label"))
                .contains("Totales acumulados del", "Deaths: al menos 1.234 al 2 de noviembre de 2025");
        assertThat(ENGLISH_LEFTOVERS).allSatisfy(english -> assertThat(text).doesNotContain(english));
        assertThat(text(tile("escalation"))).doesNotContain("Step 2:", " of 3", "Steps reached");
    }

    @Test
    void the_corrections_log_names_the_changed_fields_and_figures_in_spanish_and_keeps_typed_text() {
        long id = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 3),
                Map.of("deaths", cumulative(AT_LEAST, 1300))));
        NewEntry was = entries.find(id).content();
        entries.correct(id, entries.find(id).version(), new NewEntry(was.monitorId(), was.kind(), was.occurredOn(),
                was.datePrecision(), was.escalationLevel(), "Revised strike", was.source(), was.confidence(),
                was.notes(), Map.of("deaths", cumulative(AT_LEAST, 1310)), was.place()), "Cifra revisada");

        UI.getCurrent().navigate("monitors/gulf", QueryParameters.of(Languages.PARAMETER, "es"));

        assertThat(text(find(CorrectionsLog.class).single())).contains("Cifra revisada",
                "Titular: Strike on 2025-11-03 → Revised strike",
                "Cifra: deaths: al menos 1.300 (total acumulado) → al menos 1.310 (total acumulado)")
                .doesNotContain("Headline", "Figure:", "running total", "at least");
    }

    @Test
    void the_charts_of_a_spanish_dashboard_are_drawn_in_spanish_and_an_english_viewers_in_english() {
        UI.getCurrent().navigate("monitors/gulf", QueryParameters.of(Languages.PARAMETER, "es"));

        assertThat(find(RiskChart.class).all()).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.getElement().getAttribute("lang")).isEqualTo("es"));

        UI.getCurrent().navigate("", QueryParameters.of(Languages.PARAMETER, "en"));
        UI.getCurrent().navigate("monitors/gulf");

        assertThat(find(RiskChart.class).all()).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.getElement().getAttribute("lang")).isEqualTo("en"));
    }

    @Test
    void the_dashboard_keeps_the_language_in_its_links() {
        UI.getCurrent().navigate("monitors/gulf", QueryParameters.of(Languages.PARAMETER, "es"));

        assertThat(find(Anchor.class).id("methodology-link").getHref())
                .isEqualTo("monitors/gulf/methodology?lang=es");
    }

    @Test
    void english_viewers_of_the_same_dashboard_still_read_english() {
        UI.getCurrent().navigate("monitors/gulf", QueryParameters.of(Languages.PARAMETER, "es"));
        UI.getCurrent().navigate("", QueryParameters.of(Languages.PARAMETER, "en"));
        UI.getCurrent().navigate("monitors/gulf");

        String text = RenderedText.of(getCurrentView());
        assertThat(text(tile("deaths"))).contains("at least", "1234", "Last updated 2 Nov 2025");
        assertThat(text).doesNotContain("al menos", "Nivel", "Evolución");
    }

    @Test
    void the_overview_with_lang_es_speaks_spanish_and_links_in_spanish() {
        UI.getCurrent().navigate("", QueryParameters.of(Languages.PARAMETER, "es"));

        assertThat(getCurrentView()).isInstanceOf(MonitorListView.class);
        String text = RenderedText.of(getCurrentView());
        assertThat(text).containsPattern("\\d+ monitor").contains("Monitores", "Ordenar por", "Región", "Tendencia",
                "Nivel 2 de 3: Middle (alcanzado el 30 de noviembre de 2025)", "Deaths: ", "al menos 1.234",
                "Tendencia, diciembre de 2025", "Empeoró");
        assertThat(text).doesNotContain("Sort by", "Monitors", "Step ", "at least", "Trend, ", "Last change");
        assertThat(find(Anchor.class).all()).filteredOn(anchor -> anchor.getHref().startsWith("monitors/"))
                .extracting(Anchor::getHref).contains("monitors/gulf?lang=es")
                .allSatisfy(href -> assertThat(href).endsWith("?lang=es"));
    }

    private com.vaadin.flow.component.Component tile(String id) {
        return find(com.vaadin.flow.component.Component.class).id("tile-" + id);
    }

    private static String text(com.vaadin.flow.component.HasElement component) {
        return RenderedText.of(component);
    }
}
