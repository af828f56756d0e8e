package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.Source;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed read back by the JDK's namespace-aware XML parser. */
class AtomFeedTest extends ApiTestSupport {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void feed_lists_entries_newest_first_with_figures_source_and_dashboard_link() throws Exception {
        ApiFixtures.Created monitor = fixtures.monitor("feed");
        clock.advance(Duration.ofHours(-3));
        long older = fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10),
                Map.of("deaths", cumulative(EXACT, 12))));
        clock.reset();
        long newer = fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 2),
                "Boat <b>struck</b> & sunk", null,
                new Source("Wire & Co", "Report", "https://example.org/r", LocalDate.of(2026, 1, 2)),
                Map.of("deaths", cumulative(AT_LEAST, 83))));

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        Element feed = parse(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id")).startsWith("tag:");
        assertThat(child(feed, "title")).contains("Test " + monitor.slug());
        assertThat(Instant.parse(child(feed, "updated"))).isEqualTo(TestData.NOW);
        assertThat(links(feed)).contains(api.base() + "/monitors/" + monitor.slug(),
                api.base() + "/api/monitors/" + monitor.slug() + "/feed.atom");

        List<Element> items = entries(feed);
        assertThat(items).hasSize(2);
        Element first = items.get(0);
        assertThat(child(first, "title")).isEqualTo("Boat <b>struck</b> & sunk");
        assertThat(child(first, "id")).startsWith("tag:").endsWith("/entries/" + newer);
        assertThat(Instant.parse(child(first, "updated"))).isEqualTo(TestData.NOW);
        assertThat(child(first, "summary")).contains("Deaths at least 83 (running total)", "Wire & Co",
                "https://example.org/r", "2 Jan 2026");
        assertThat(links(first)).as("each item links to its entry on the dashboard")
                .containsExactly(api.base() + "/monitors/" + monitor.slug() + "?entry=" + newer);
        Element second = items.get(1);
        assertThat(child(second, "id")).endsWith("/entries/" + older);
        assertThat(links(second)).containsExactly(api.base() + "/monitors/" + monitor.slug() + "?entry=" + older);
        assertThat(Instant.parse(child(second, "updated"))).isEqualTo(TestData.NOW.minus(Duration.ofHours(3)));
    }

    @Test
    void a_retraction_appears_as_its_own_feed_entry() throws Exception {
        ApiFixtures.Created monitor = fixtures.monitor("retract");
        long id = fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10),
                Map.of("deaths", cumulative(EXACT, 12))));
        clock.advance(Duration.ofMinutes(5));
        fixtures.retract(id, "Double-counted with an earlier report");

        Element feed = parse(api.get("/api/monitors/" + monitor.slug() + "/feed.atom").body()).getDocumentElement();

        List<Element> items = entries(feed);
        assertThat(items).hasSize(1);
        assertThat(child(items.getFirst(), "title")).startsWith("Retracted: ");
        assertThat(child(items.getFirst(), "summary")).contains("Double-counted with an earlier report");
        assertThat(child(items.getFirst(), "id")).contains("/entries/" + id + "/revisions/");
        assertThat(links(items.getFirst())).as("a retracted entry is no longer shown, so the item opens the dashboard")
                .containsExactly(api.base() + "/monitors/" + monitor.slug());
    }

    @Test
    void a_snapshot_feed_leaves_out_entries_recorded_later() throws Exception {
        ApiFixtures.Created monitor = fixtures.monitor("feedasof");
        clock.advance(Duration.ofHours(-2));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 14), "Earlier report", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 10))));
        clock.reset();
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 15), "Later report", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 20))));

        Element feed = parse(api.get("/api/monitors/" + monitor.slug() + "/feed.atom?asOf=2026-01-15T11:00:00Z")
                .body()).getDocumentElement();

        assertThat(entries(feed)).extracting(entry -> child(entry, "title")).containsExactly("Earlier report");
    }

    @Test
    void an_entry_recorded_last_about_an_old_event_leads_the_feed_however_many_later_events_there_are()
            throws Exception {
        ApiFixtures.Created monitor = fixtures.monitor("feedlate");
        clock.advance(Duration.ofHours(-3));
        for (int day = 0; day < DashboardService.MAX_PAGE; day++) {
            fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2025, 12, 1).plusDays(day % 40),
                    "Event report " + day, null, TestData.SOURCE, Map.of()));
        }
        clock.reset();
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2025, 10, 3), "Late report of an October strike",
                null, TestData.SOURCE, Map.of()));

        Element feed = parse(api.get("/api/monitors/" + monitor.slug() + "/feed.atom").body()).getDocumentElement();

        List<Element> items = entries(feed);
        assertThat(child(items.getFirst(), "title")).isEqualTo("Late report of an October strike");
        assertThat(items).hasSize(DashboardService.MAX_PAGE);
    }

    @Test
    void a_spanish_feed_gives_its_fixed_words_dates_and_links_in_spanish_and_entered_text_as_entered() throws Exception {
        ApiFixtures.Created monitor = fixtures.monitor("feed-es");
        long id = fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 2), "Boat struck off the coast",
                "As the wire wrote it", new Source("Wire & Co", "Report", null, LocalDate.of(2026, 1, 2)),
                Map.of("deaths", cumulative(AT_LEAST, 83))));

        Element english = parse(api.get("/api/monitors/" + monitor.slug() + "/feed.atom").body()).getDocumentElement();
        Element feed = parse(api.get("/api/monitors/" + monitor.slug() + "/feed.atom?lang=es").body())
                .getDocumentElement();

        assertThat(english.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
        assertThat(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("es");
        assertThat(links(feed)).contains(api.base() + "/monitors/" + monitor.slug() + "?lang=es",
                api.base() + "/api/monitors/" + monitor.slug() + "/feed.atom?lang=es");
        Element item = entries(feed).getFirst();
        assertThat(child(item, "title")).isEqualTo("Boat struck off the coast");
        assertThat(links(item)).containsExactly(api.base() + "/monitors/" + monitor.slug() + "?entry=" + id + "&lang=es");
        assertThat(child(item, "summary"))
                .startsWith("2 ene 2026. Cifras: Deaths al menos 83 (total acumulado).")
                .contains("Fuente: Wire & Co, “Report”, publicada el 2 ene 2026.",
                        "Confiabilidad: Varias fuentes independientes.", "Notas: As the wire wrote it")
                .doesNotContain("running total", "Source:", "Confidence:");
        assertThat(child(entries(english).getFirst(), "summary"))
                .startsWith("2 Jan 2026. Figures: Deaths at least 83 (running total).")
                .contains("Source: Wire & Co, “Report”, published 2 Jan 2026.",
                        "Confidence: Multiple independent sources.", "Notes: As the wire wrote it");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Element feed) {
        return children(feed, "entry");
    }

    private static String child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.getFirst().getTextContent();
    }

    private static List<String> links(Element parent) {
        return children(parent, "link").stream().map(link -> link.getAttribute("href")).toList();
    }

    /** Direct children in the Atom namespace (not descendants: an entry's id is not the feed's). */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
