package com.riskdesk.monitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The monitor screens opened with {@code ?lang=es}: labels, help, rows and the service's refusals in Spanish. */
@IntegrationTest
@Transactional
@WithMockUser(username = "jefa", roles = {"ADMIN", "EDITOR"})
class SpanishMonitorEditorTest extends SpringBrowserlessTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;

    @Test
    void the_monitor_editor_speaks_spanish_and_says_why_an_indicator_in_use_cannot_go() {
        long id = monitors.create(TestData.monitor("oeste")).id();
        entries.record(TestData.figures(id, LocalDate.of(2025, 11, 2), Map.of("deaths",
                Figure.increment(Qualifier.EXACT, 2))));
        UI.getCurrent().navigate(EditMonitorView.class, new RouteParameters("slug", "oeste"),
                QueryParameters.of("lang", "es"));
        EditMonitorView view = find(EditMonitorView.class).single();

        String shown = RenderedText.of(view);
        assertThat(shown).contains("Editar monitor:", "Escalera de escalada", "Tipos de entrada", "Añadir indicador",
                "Historial de esta definición", "Guardar monitor");
        assertThat(view.form.name.getLabel()).isEqualTo("Nombre del monitor");
        assertThat(view.form.startDate.getHelperText()).isEqualTo("Las entradas no pueden tener una fecha anterior");
        assertThat(shown).doesNotContain("Monitor name", "Escalation ladder", "Add indicator", "Save monitor");
        assertThat(view.getPageTitle()).isEqualTo("Editar monitor · Personal · Risk Monitor");

        test(find(Button.class).withAriaLabel("Quitar: indicador 2").single()).click();
        test(find(Button.class).withText("Guardar monitor").single()).click();

        assertThat(RenderedText.of(view.form.problems)).startsWith("No se guardó:")
                .contains("El indicador 'deaths' ya tiene entradas").doesNotContain("already has entries");
    }

    @Test
    void the_history_of_a_definition_reads_in_spanish_with_names_as_entered() {
        MonitorDetails created = monitors.create(TestData.monitor("este"));
        MonitorDefinition old = created.definition();
        monitors.update(created.id(), created.version(), new MonitorDefinition(old.slug(), "Frente este",
                old.summary(), old.startDate(), old.indicators(), old.ladder(), old.kinds(), null, old.region()));
        UI.getCurrent().navigate(EditMonitorView.class, new RouteParameters("slug", "este"),
                QueryParameters.of("lang", "es"));

        String history = RenderedText.of(find(DefinitionHistory.class).single());

        assertThat(history).contains("Nombre: Test este → Frente este",
                "El recuadro \"días desde el último...\" cuenta: STRIKE → ninguno",
                "Creado con los indicadores boats_struck, deaths, strikes")
                .doesNotContain("Name:", "tile counts", "none", "Created with", "ladder of");
    }

    @Test
    void the_list_of_monitors_speaks_spanish() {
        monitors.create(TestData.monitor("sur"));
        UI.getCurrent().navigate(MonitorAdminView.class, QueryParameters.of("lang", "es"));
        MonitorAdminView view = find(MonitorAdminView.class).single();

        assertThat(test(view.grid).getHeaderCell(3)).isEqualTo("Indicadores");
        assertThat(RenderedText.of(view)).contains("Nuevo monitor", "Monitores").doesNotContain("New monitor");
    }
}
