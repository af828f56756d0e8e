package com.riskdesk.web;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.api.ApiClient;
import com.riskdesk.api.ApiFixtures;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.dashboard.html.JudgementHtml;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Source;
import com.riskdesk.live.LiveDashboards;
import com.riskdesk.monitor.MonitorService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The server-written dashboard for viewers beyond the cap of live dashboards: asked for directly, or forwarded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.live.max-dashboards=1")
@Import(TestData.FixedClock.class)
class DashboardPageTest {

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    DashboardService dashboards;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TestClock clock;
    @Autowired
    LiveDashboards live;
    @Autowired
    JudgementService judgements;

    ApiClient http;
    ApiFixtures fixtures;

    @BeforeEach
    void connect() {
        http = new ApiClient(port);
        fixtures = new ApiFixtures(monitors, entries, security);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_tiles_say_what_the_live_computation_says_qualifiers_included() {
        ApiFixtures.Created monitor = fixtures.monitor("overflow");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10),
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", cumulative(EXACT, 21))));
        fixtures.record(TestData.step(monitor.id(), LocalDate.of(2026, 1, 11), 2));

        String html = page("/page/monitors/" + monitor.slug()).body();

        List<TileContent> live = TileContent.of(dashboards.dashboard(monitor.slug(), 30, null).orElseThrow());
        assertThat(live).hasSize(5);
        for (TileContent tile : live) {
            String shown = tile(html, tile.id());
            assertThat(shown).as(tile.id()).contains(Html.text(tile.label()));
            if (tile.hasFigure()) {
                assertThat(shown).as(tile.id()).contains("<span class=\"tile-number\">" + Html.text(tile.number()) + "</span>");
                tile.lines().forEach(line -> assertThat(shown).as(tile.id()).contains(Html.text(line.text())));
            } else {
                assertThat(shown).as(tile.id()).contains(tile.missing());
            }
        }
        assertThat(tile(html, "deaths")).contains("<span class=\"tile-qualifier\">at least</span> "
                + "<span class=\"tile-number\">83</span>", "<summary>Sources (1)</summary>", "at least 83 in total");
        assertThat(tile(html, "boats_struck")).doesNotContain("tile-qualifier");
        assertThat(tile(html, "escalation")).contains("Step 2", "of 3", "Middle");
        assertThat(html).contains("<h1>Test " + monitor.slug() + "</h1>", "A monitor made by a test.");
        assertThat(html.indexOf("id=\"tile-deaths\"")).as("tiles before the charts")
                .isLessThan(html.indexOf("id=\"over-time\""));
    }

    @Test
    void the_trend_timeline_reads_as_on_the_live_dashboard_between_the_charts_and_the_entries() {
        ApiFixtures.Created monitor = fixtures.monitor("overflow-judged");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10), Map.of("deaths", cumulative(AT_LEAST, 83))));
        fixtures.asAdmin(() -> judgements.record(TestData.judgement(monitor.id(), YearMonth.of(2026, 1), Trend.DETERIORATED)));

        String html = page("/page/monitors/" + monitor.slug()).body();

        List<PublishedJudgement> shown = judgements.published(monitor.id(), null);
        assertThat(shown).hasSize(1);
        assertThat(html).contains(JudgementHtml.timeline(shown), "January 2026", "Deteriorated");
        assertThat(html.indexOf("id=\"judgements\"")).as("after the charts, before the entries")
                .isGreaterThan(html.indexOf("id=\"over-time\"")).isLessThan(html.indexOf("id=\"entries\""));
        assertThat(page("/page/monitors/" + monitor.slug() + "?lang=es").body()).contains("enero de 2026", "Empeoró");
    }

    @Test
    void the_page_needs_no_script_no_session_and_says_live_updates_are_paused() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowplain");

        HttpResponse<String> response = page("/page/monitors/" + monitor.slug() + "?period=7d&chart=totals");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=15, public");
        String html = response.body();
        assertThat(html).doesNotContain("<script").contains("<meta name=\"risk-monitor-live\" content=\"paused\">",
                "Live updates are paused</strong> because many people are viewing right now.",
                "The figures are as of 15 Jan 2026, 12:00 UTC.",
                "<a id=\"live-retry\" href=\"/monitors/" + monitor.slug()
                        + "?period=7d&amp;chart=totals&amp;live=retry\">Try the live view again</a>");
        assertThat(html).as("the view's choices as a plain form").contains(
                "<form class=\"view-form\" method=\"get\" action=\"/page/monitors/" + monitor.slug() + "\">",
                "<option value=\"7d\" selected>7 days ago</option>",
                "<option value=\"totals\" selected>Running totals</option>");
    }

    @Test
    void a_request_forwarded_from_the_dashboard_address_links_to_that_address() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowfwd");
        for (int day = 1; day <= 21; day++) {
            fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, day), Map.of("deaths", cumulative(EXACT, day))));
        }

        HttpResponse<String> response;
        try (LiveDashboards.Seat taken = live.open(monitor.id(), changes -> { })) {
            // The one live dashboard this context allows is taken: the real filter forwards to the page.
            response = page("/monitors/" + monitor.slug() + "?period=90d&live=retry");
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("<meta name=\"risk-monitor-live\" content=\"paused\">",
                "href=\"/monitors/" + monitor.slug() + "?period=90d&amp;live=retry\">Try the live view again",
                "<a id=\"entries-more\" href=\"/monitors/" + monitor.slug() + "?period=90d&amp;page=2\">Show more</a>",
                "No earlier figure to compare with");
        assertThat(response.body()).as("the period of the forwarded address").doesNotContain("in the last 30 days");
        assertThat(response.body().split("id=\"live-retry\"", -1)).as("one retry link").hasSize(2);
    }

    @Test
    void period_dates_and_a_pinned_moment_are_honoured() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowview");
        clock.advance(Duration.ofHours(-2));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2025, 11, 20), "November strike", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 10))));
        clock.reset();
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 2), "New Year strike", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 12))));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 12), "January strike", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 14))));

        String weekly = page("/page/monitors/" + monitor.slug() + "?period=7d").body();
        String november = page("/page/monitors/" + monitor.slug() + "?from=2025-11-01&to=2025-11-30").body();
        String pinned = page("/page/monitors/" + monitor.slug() + "?asOf=2026-01-15T11:00:00Z").body();

        assertThat(tile(weekly, "deaths")).contains("Up 2 in the last 7 days");
        assertThat(tile(page("/page/monitors/" + monitor.slug()).body(), "deaths")).contains("Up 4 in the last 30 days");
        assertThat(entryList(november)).contains("Entries from 1 Nov 2025 to 30 Nov 2025 (1)", "November strike")
                .doesNotContain("January strike");
        assertThat(november).as("the charts' dates").contains("<p class=\"quiet\">1 Nov 2025 to 30 Nov 2025</p>");
        assertThat(tile(pinned, "deaths")).contains("<span class=\"tile-number\">10</span>");
        assertThat(pinned).contains("Snapshot: this dashboard as known at 15 Jan 2026, 11:00:00 UTC",
                "The figures are as of 15 Jan 2026, 11:00 UTC").doesNotContain("January strike");
    }

    @Test
    void a_selected_entry_comes_first_and_is_marked_in_the_list() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowentry");
        long chosen = fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "The chosen one", null,
                TestData.SOURCE, Map.of("deaths", cumulative(AT_LEAST, 5))));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 4), "Another", null,
                TestData.SOURCE, Map.of()));

        String html = page("/page/monitors/" + monitor.slug() + "?entry=" + chosen).body();
        String missing = page("/page/monitors/" + monitor.slug() + "?entry=999999").body();

        int selected = html.indexOf("id=\"selected-entry\"");
        assertThat(selected).isPositive().isLessThan(html.indexOf("id=\"tile-deaths\""));
        assertThat(html.substring(selected, html.indexOf("</section>", selected)))
                .contains("The chosen one", "Deaths: at least 5 (running total)");
        assertThat(html).contains("<li class=\"entry entry-selected\" aria-current=\"true\" id=\"entry-" + chosen + "\">");
        assertThat(missing).contains("Entry 999999 is not part of this view");
    }

    @Test
    void entries_beyond_the_first_twenty_are_behind_a_plain_show_more_link() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowmore");
        for (int day = 1; day <= 22; day++) {
            fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2025, 12, day), "Report of day " + day, null,
                    TestData.SOURCE, Map.of()));
        }

        String first = page("/page/monitors/" + monitor.slug() + "?period=7d").body();
        String second = page("/page/monitors/" + monitor.slug() + "?period=7d&page=2").body();

        assertThat(first.split("<li class=\"entry\"", -1)).hasSize(21);
        assertThat(first).contains("Entries (22)", "Report of day 22", "Report of day 3").doesNotContain("Report of day 2<")
                .contains("<a id=\"entries-more\" href=\"/page/monitors/" + monitor.slug() + "?period=7d&amp;page=2\">Show more</a>");
        assertThat(second).contains("Report of day 2<", "Report of day 1<", "Entries 21–22 of 22")
                .doesNotContain("Report of day 3<", "entries-more");
    }

    @Test
    void the_running_totals_chart_draws_one_path_per_indicator_with_data() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowsvg");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 1),
                Map.of("deaths", cumulative(EXACT, 4), "boats_struck", cumulative(EXACT, 1))));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 20), Map.of("deaths", cumulative(AT_LEAST, 9))));
        fixtures.record(TestData.step(monitor.id(), LocalDate.of(2025, 12, 5), 1));

        String html = page("/page/monitors/" + monitor.slug()).body();

        String totals = svg(html, "chart-counts");
        assertThat(count(totals, "<path class=\"series ")).as("boats struck and deaths; strikes has no data").isEqualTo(2);
        assertThat(totals).contains("data-series=\"Deaths\"", "data-series=\"Boats struck\"", "Deaths: at least 9, 20 Dec 2025",
                "<g class=\"marker\"><title>Step 1, 5 Dec 2025</title>").doesNotContain("data-series=\"Strikes\"");
        assertThat(count(svg(html, "chart-escalation"), "<path class=\"series ")).isEqualTo(1);
        assertThat(html).contains("<summary>Show the data as a table</summary>", "<th scope=\"row\">20 Dec 2025</th><td>–</td><td>at least 9</td>");
        assertThat(page("/page/monitors/" + monitor.slug() + "?chart=escalation").body())
                .contains("id=\"chart-escalation\"").doesNotContain("id=\"chart-counts\"");
    }

    @Test
    void text_from_entries_is_escaped() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowtext");
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 12), "<img src=x onerror=alert(1)> strike",
                "<script>alert(2)</script>", new Source("<b>Wire</b>", "\"quoted\" title", null, null),
                Map.of("deaths", cumulative(EXACT, 3))));

        String html = page("/page/monitors/" + monitor.slug() + "?entry=1%22%3E%3Cimg").body();

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; strike", "&lt;script&gt;alert(2)&lt;/script&gt;",
                "&lt;b&gt;Wire&lt;/b&gt;", "&quot;quoted&quot; title")
                .doesNotContain("<img", "<script", "<b>");
    }

    @Test
    void an_unknown_monitor_is_a_404_page() {
        HttpResponse<String> response = page("/page/monitors/atlantis");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("Page not found", "There is no monitor called \"atlantis\".");
    }

    @Test
    void the_page_speaks_spanish_when_the_link_or_the_browser_asks_and_its_form_keeps_the_language() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowspanish");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10),
                Map.of("deaths", cumulative(AT_LEAST, 83))));

        HttpResponse<String> linked = page("/page/monitors/" + monitor.slug() + "?lang=es");
        HttpResponse<String> browser = page("/page/monitors/" + monitor.slug(), "Accept-Language", "es-ES,es;q=0.9");
        HttpResponse<String> english = page("/page/monitors/" + monitor.slug(), "Accept-Language", "en-GB");

        for (HttpResponse<String> spanish : List.of(linked, browser)) {
            assertThat(spanish.body()).contains("<html lang=\"es\">", "Las actualizaciones en directo están en pausa",
                    "Volver a probar la vista en directo", "Comparar con", "Correcciones (0)",
                    "<input type=\"hidden\" name=\"lang\" value=\"es\">")
                    .doesNotContain("Live updates are paused", "Try the live view again", "Compare with");
            assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
        }
        assertThat(linked.body()).contains("lang=es&amp;live=retry");
        assertThat(english.body()).contains("<html lang=\"en\">", "Live updates are paused")
                .doesNotContain("name=\"lang\"");
        assertThat(english.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Language");
    }

    @Test
    void the_page_is_gzipped_for_clients_that_accept_it() {
        ApiFixtures.Created monitor = fixtures.monitor("overflowgzip");

        HttpResponse<String> response = page("/page/monitors/" + monitor.slug(), "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
    }

    private HttpResponse<String> page(String pathAndQuery, String... headers) {
        return http.get(pathAndQuery, headers);
    }

    /** The {@code <article>} of one tile. */
    private static String tile(String html, String id) {
        Matcher article = Pattern.compile("<article class=\"tile\" id=\"tile-" + Pattern.quote(id) + "\">(.*?)</article>",
                Pattern.DOTALL).matcher(html);
        assertThat(article.find()).as("a tile with id tile-" + id).isTrue();
        return article.group(1);
    }

    private static String entryList(String html) {
        int start = html.indexOf("<section class=\"entries\"");
        assertThat(start).as("the entry list").isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String svg(String html, String id) {
        Matcher svg = Pattern.compile("<svg class=\"chart\" id=\"" + Pattern.quote(id) + "\".*?</svg>", Pattern.DOTALL)
                .matcher(html);
        assertThat(svg.find()).as("an SVG chart " + id).isTrue();
        return svg.group();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
