package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.web.EmbedHeight;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.NewEntry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The embeddable tiles: plain HTML other sites frame, with no script, session or cookie. */
class EmbedPageTest extends ApiTestSupport {

    @Test
    void embed_shows_the_tiles_with_their_sources_and_links_to_the_full_dashboard_in_a_new_tab() {
        ApiFixtures.Created monitor = fixtures.monitor("framed");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10), Map.of("deaths", cumulative(AT_LEAST, 83))));

        HttpResponse<String> response = api.get("/embed/monitors/" + monitor.slug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a framed page").isEmpty();
        String html = response.body();
        assertThat(html).as("one script only: the fixed one that tells a framing page the height")
                .containsOnlyOnce("<script").contains("<script>" + EmbedHeight.SCRIPT + "</script>");
        assertThat(tile(html, "deaths")).contains("<span class=\"tile-qualifier\">at least</span>",
                "<span class=\"tile-number\">83</span>", "<summary>Sources (1)</summary>", "at least 83 in total",
                "Test Wire");
        assertThat(tile(html, "since-last")).contains("<span class=\"tile-number\">5</span>", "days");
        assertThat(html).contains("<a id=\"embed-source\" href=\"http://localhost:" + port + "/monitors/"
                + monitor.slug() + "\" target=\"_blank\" rel=\"noopener\">Source: Risk Monitor — open the full dashboard</a>",
                "<a id=\"embed-methodology\" href=\"http://localhost:" + port + "/monitors/" + monitor.slug()
                        + "/methodology\" target=\"_blank\" rel=\"noopener\">How these figures are made</a>");
    }

    @Test
    void embed_as_of_a_past_moment_leaves_out_later_entries_and_keeps_the_moment_in_its_link() {
        ApiFixtures.Created monitor = fixtures.monitor("framedpast");
        clock.advance(Duration.ofHours(-2));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 14), Map.of("deaths", cumulative(EXACT, 10))));
        clock.reset();
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 20))));

        String html = api.get("/embed/monitors/" + monitor.slug() + "?asOf=2026-01-15T11:00:00Z").body();

        assertThat(tile(html, "deaths")).contains("10 in total").doesNotContain("20 in total");
        assertThat(html).contains("As recorded by 15 Jan 2026, 11:00 UTC",
                "/monitors/" + monitor.slug() + "?asOf=2026-01-15T11:00:00Z\"");
    }

    @Test
    void an_unreadable_or_future_as_of_shows_the_latest_figures_and_says_so() {
        ApiFixtures.Created monitor = fixtures.monitor("framedodd");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 20))));

        for (String asOf : new String[] {"last-tuesday", "2027-01-01T00:00:00Z"}) {
            HttpResponse<String> response = api.get("/embed/monitors/" + monitor.slug() + "?asOf=" + asOf);

            assertThat(response.statusCode()).as(asOf).isEqualTo(200);
            assertThat(tile(response.body(), "deaths")).as(asOf).contains("20 in total");
            assertThat(response.body()).as(asOf).contains("could not be shown");
        }
    }

    @Test
    void text_from_entries_is_escaped() {
        ApiFixtures.Created monitor = fixtures.monitor("framedtext");
        fixtures.record(new NewEntry(monitor.id(), EntryKind.valueOf("STRIKE"), LocalDate.of(2026, 1, 12), DatePrecision.DAY,
                null, "<img src=x onerror=alert(1)> strike", TestData.SOURCE, Confidence.CONFIRMED, null,
                Map.of("deaths", cumulative(EXACT, 3))));

        String html = api.get("/embed/monitors/" + monitor.slug()).body();

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; strike").doesNotContain("<img");
    }

    @Test
    void an_unchanged_embed_is_not_sent_again() {
        ApiFixtures.Created monitor = fixtures.monitor("framedcache");
        HttpResponse<String> first = api.get("/embed/monitors/" + monitor.slug());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = api.get("/embed/monitors/" + monitor.slug(), "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 1))));
        assertThat(api.get("/embed/monitors/" + monitor.slug(), "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void embed_with_lang_es_is_spanish_and_links_to_the_spanish_dashboard() {
        ApiFixtures.Created monitor = fixtures.monitor("insertado");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10),
                Map.of("deaths", cumulative(AT_LEAST, 1834))));
        HttpResponse<String> english = api.get("/embed/monitors/" + monitor.slug());

        HttpResponse<String> response = api.get("/embed/monitors/" + monitor.slug() + "?lang=es",
                "If-None-Match", english.headers().firstValue("ETag").orElseThrow());

        assertThat(response.statusCode()).as("the English page's ETag does not match the Spanish one").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("es");
        String html = response.body();
        assertThat(html).contains("<html lang=\"es\">", "Cifras clave");
        assertThat(tile(html, "deaths")).contains("<span class=\"tile-qualifier\">al menos</span>",
                "<span class=\"tile-number\">1.834</span>", "<summary>Fuentes (1)</summary>",
                "al menos 1.834 en total", "10 de enero de 2026", "Fuente: Test Wire");
        assertThat(html).contains("/monitors/" + monitor.slug() + "?lang=es\" target=\"_blank\" rel=\"noopener\">"
                        + "Fuente: Risk Monitor — abrir el panel completo</a>",
                "/monitors/" + monitor.slug() + "/methodology?lang=es\"", "Cómo se elaboran estas cifras")
                .doesNotContain("at least", "Sources (", "Last updated", "How these figures");
    }

    @Test
    void an_unknown_monitor_is_a_404_page() {
        HttpResponse<String> response = api.get("/embed/monitors/atlantis", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found", "There is no monitor called \"atlantis\".");
    }

    /** The {@code <article>} of one tile. */
    private static String tile(String html, String id) {
        Matcher article = Pattern.compile("<article class=\"tile\" id=\"tile-" + Pattern.quote(id) + "\">(.*?)</article>",
                Pattern.DOTALL).matcher(html);
        assertThat(article.find()).as("a tile with id tile-" + id).isTrue();
        return article.group(1);
    }
}
