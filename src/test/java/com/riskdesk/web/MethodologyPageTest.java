package com.riskdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.api.ApiClient;
import com.riskdesk.api.ApiFixtures;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MethodologyNotes;
import com.riskdesk.monitor.MethodologyService;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** {@code /monitors/{slug}/methodology}: the monitor's own words inside the shared text, public and script-free. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.FixedClock.class)
class MethodologyPageTest {

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    MethodologyService methodology;
    @Autowired
    SecurityContextHolderStrategy security;

    ApiClient http;
    ApiFixtures fixtures;

    @BeforeEach
    void connect() {
        http = new ApiClient(port);
        fixtures = new ApiFixtures(monitors, entries, security);
    }

    @Test
    void the_page_lists_the_monitors_indicators_ladder_and_what_staff_wrote_for_it() {
        long id = fixtures.asAdmin(() -> monitors.create(new MonitorDefinition("sahel-method", "Sahel",
                "Armed violence in the central Sahel.", LocalDate.of(2025, 10, 1),
                List.of(new Indicator("attacks", "Attacks", "attacks", "Armed attacks on civilians or soldiers"),
                        new Indicator("displaced", "Displaced people", "people", null)),
                List.of(new EscalationStep("Tension", "Threats and mobilisation"),
                        new EscalationStep("Clashes", "Armed clashes between forces"))))).id();
        fixtures.asAdmin(() -> methodology.update(id, MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("Counts events in Mali, Burkina Faso and Niger.", "ACLED and two local outlets.",
                        "Corrections within 24 hours.")));

        HttpResponse<String> response = http.get("/monitors/sahel-method/methodology");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a public page").isEmpty();
        String html = response.body();
        assertThat(html).doesNotContain("<script").contains("<h1>How the figures are made: Sahel</h1>",
                "<dt>Attacks <span class=\"quiet\">(attacks)</span></dt>\n<dd>Armed attacks on civilians or soldiers</dd>",
                "<dt>Displaced people <span class=\"quiet\">(people)</span></dt>\n<dd>No description has been written yet.</dd>",
                "<li><strong>Tension</strong>: Threats and mobilisation</li>",
                "<li><strong>Clashes</strong>: Armed clashes between forces</li>", "step k of 2",
                "Counts events in Mali, Burkina Faso and Niger.", "ACLED and two local outlets.",
                "Corrections within 24 hours.", "running total", "strongest source", "<dt>“At least”</dt>",
                "<dt>Multiple independent sources</dt>",
                "href=\"" + http.base() + "/monitors/sahel-method\"",
                "href=\"" + http.base() + "/api/monitors/sahel-method/summary\"");
        assertThat(html).doesNotContain("Boats", "strike", "Venezuela");
    }

    @Test
    void without_staff_text_the_shared_text_stands_alone_and_entered_text_is_escaped() {
        ApiFixtures.Created monitor = fixtures.monitor("plainmethod");
        fixtures.asAdmin(() -> methodology.update(monitor.id(), MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("", "<script>alert(1)</script>", "")));

        String html = http.get("/monitors/" + monitor.slug() + "/methodology").body();

        assertThat(html).doesNotContain("id=\"about\"", "<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "<h2 id=\"corrections-heading\">Corrections policy</h2>", "Nothing is changed silently.");
    }

    @Test
    void with_lang_es_the_shared_text_is_spanish_and_staff_text_stays_as_written() {
        ApiFixtures.Created monitor = fixtures.monitor("metodo");
        fixtures.asAdmin(() -> methodology.update(monitor.id(), MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("Counts events at sea.", "", "")));

        HttpResponse<String> response = http.get("/monitors/" + monitor.slug() + "/methodology?lang=es");

        assertThat(response.headers().firstValue("Content-Language")).hasValue("es");
        String html = response.body();
        assertThat(html).contains("<html lang=\"es\"", "Cómo se elaboran las cifras:", "Qué cuenta cada cifra",
                "Política de correcciones", "Nada se cambia en silencio.", "<dt>Varias fuentes independientes</dt>",
                "«nivel k de 3»", "Counts events at sea.",
                "href=\"" + http.base() + "/monitors/" + monitor.slug() + "?lang=es\"");
        assertThat(html).doesNotContain("How the figures are made", "Corrections policy", "Back to the dashboard",
                "Multiple independent sources", "<html lang=\"en\"");
    }

    @Test
    void a_spanish_browser_gets_the_spanish_page_without_lang_in_the_link() {
        ApiFixtures.Created monitor = fixtures.monitor("navegador");

        String html = http.get("/monitors/" + monitor.slug() + "/methodology", "Accept-Language", "es-MX,es;q=0.9")
                .body();

        assertThat(html).contains("<html lang=\"es\"", "Política de fuentes");
    }

    @Test
    void an_unknown_monitor_is_a_404_page() {
        HttpResponse<String> response = http.get("/monitors/no-such-monitor/methodology");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no monitor called \"no-such-monitor\".");
    }
}
