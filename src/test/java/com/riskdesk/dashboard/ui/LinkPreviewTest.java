package com.riskdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A shared dashboard link as a link-preview crawler sees it: the first HTML response, without running any
 * JavaScript. Same setup as {@code PreviewImageTest}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class LinkPreviewTest {

    private static final String DESCRIPTION = "at least 83 deaths, at least 21 boats struck; "
            + "escalation: step 4 of 5, Offer to Maduro to leave (on or before 30 Nov 2025).";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void dashboard_link_previews_with_its_figures_and_the_tiles_image() throws Exception {
        Document page = page("/monitors/venezuela");

        assertThat(page.title()).isEqualTo("Venezuela: at least 83 deaths, at least 21 boats struck · Risk Monitor");
        assertThat(meta(page, "name", "description")).isEqualTo("A" + DESCRIPTION.substring(1));
        assertThat(meta(page, "property", "og:title"))
                .isEqualTo("Venezuela: at least 83 deaths, at least 21 boats struck");
        assertThat(meta(page, "property", "og:description")).containsIgnoringCase("at least 83").contains("21");
        assertThat(meta(page, "property", "og:type")).isEqualTo("website");
        assertThat(meta(page, "property", "og:site_name")).isEqualTo("Risk Monitor");
        assertThat(meta(page, "property", "og:url")).isEqualTo(base() + "/monitors/venezuela");
        assertThat(meta(page, "property", "og:image"))
                .isEqualTo(base() + "/api/monitors/venezuela/preview.png")
                .endsWith("/api/monitors/venezuela/preview.png");
        assertThat(meta(page, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "property", "og:image:alt")).contains("Venezuela")
                .containsIgnoringCase("at least 83 deaths");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:title")).isEqualTo(meta(page, "property", "og:title"));
        assertThat(meta(page, "name", "twitter:description")).isEqualTo(meta(page, "property", "og:description"));
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(meta(page, "property", "og:image"));
        assertThat(page.head().select("meta[name=description]")).as("one description, not two").hasSize(1);
    }

    @Test
    void a_spanish_link_previews_in_spanish_and_keeps_its_language() throws Exception {
        Document page = page("/monitors/venezuela?lang=es");

        assertThat(page.title()).isEqualTo("Venezuela: al menos 83 deaths, al menos 21 boats struck · Risk Monitor");
        assertThat(meta(page, "property", "og:description")).isEqualTo("Al menos 83 deaths, al menos 21 boats struck; "
                + "escalada: nivel 4 de 5, Offer to Maduro to leave (30 de noviembre de 2025 o antes).");
        assertThat(meta(page, "property", "og:locale")).isEqualTo("es_LA");
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(meta(page, "property", "og:url")).isEqualTo(base() + "/monitors/venezuela?lang=es");
        assertThat(meta(page, "property", "og:image:alt")).startsWith("Cifras clave del monitor Venezuela.");
        assertThat(page.select("#prerender").text()).contains("al menos", "Nivel 4").doesNotContain("at least");
        assertThat(page.head().select("title, meta, link").outerHtml())
                .doesNotContain("at least", "escalation:", "Key figures", "latest entries");
    }

    @Test
    void dashboard_advertises_its_atom_feed() throws Exception {
        Document page = page("/monitors/venezuela");

        assertThat(page.head().select("link[rel=alternate][type=application/atom+xml]")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo(base() + "/api/monitors/venezuela/feed.atom"))
                .satisfies(link -> assertThat(link.attr("title")).isEqualTo("Venezuela: latest entries and corrections"));
    }

    @Test
    void pinned_link_previews_that_moment_and_keeps_it_in_its_urls() throws Exception {
        Document page = page("/monitors/venezuela?period=7d&asOf=2026-01-15T13:00:00%2B01:00");

        assertThat(meta(page, "property", "og:url"))
                .isEqualTo(base() + "/monitors/venezuela?period=7d&asOf=" + TestData.NOW);
        assertThat(meta(page, "property", "og:image"))
                .isEqualTo(base() + "/api/monitors/venezuela/preview.png?asOf=2026-01-15T12:00:00Z");
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(meta(page, "property", "og:image"));
        assertThat(meta(page, "name", "description")).isEqualTo("As known at 2026-01-15 12:00 UTC: " + DESCRIPTION);
        assertThat(page.title()).startsWith("Venezuela, as known at 2026-01-15 12:00 UTC: at least 83 deaths");
    }

    @Test
    void a_link_to_a_view_keeps_it_in_og_url_and_names_its_selected_entry_first() throws Exception {
        Document page = page("/monitors/venezuela?chart=escalation&from=2025-11-01&entry=1");

        assertThat(meta(page, "property", "og:url"))
                .isEqualTo(base() + "/monitors/venezuela?from=2025-11-01&chart=escalation&entry=1");
        assertThat(meta(page, "property", "og:description"))
                .startsWith("Entry of September 2025: US forces begin strikes").endsWith(DESCRIPTION.substring(1));
        assertThat(meta(page, "name", "twitter:description")).isEqualTo(meta(page, "property", "og:description"));
    }

    @Test
    void malformed_or_future_as_of_previews_the_live_figures() throws Exception {
        for (String asOf : new String[] {"yesterday", "2030-01-01T00:00:00Z"}) {
            HttpResponse<String> response = get("/monitors/venezuela?asOf=" + asOf);
            Document page = Jsoup.parse(response.body());

            assertThat(response.statusCode()).as(asOf).isEqualTo(200);
            assertThat(meta(page, "property", "og:image")).as(asOf).endsWith("/api/monitors/venezuela/preview.png");
            assertThat(meta(page, "property", "og:url")).as(asOf).isEqualTo(base() + "/monitors/venezuela");
            assertThat(meta(page, "property", "og:description")).as(asOf).startsWith("At least 83 deaths");
        }
    }

    @Test
    void unknown_monitor_is_404_without_preview_tags() throws Exception {
        HttpResponse<String> response = get("/monitors/atlantis");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page.title()).isEqualTo("Page not found · Risk Monitor");
        assertThat(page.head().select("meta[property^=og:]")).isEmpty();
    }

    private Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), base() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String meta(Document page, String keyAttribute, String key) {
        return page.head().select("meta[" + keyAttribute + "=\"" + key + "\"]").attr("content");
    }
}
