package com.riskdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.SahelMonitor;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second monitor, defined with other indicators, kinds and ladder than the first, speaks only its own words on
 * every public output: the embed, the server-written page, the link preview, the API, the feed and the CSV.
 */
class SecondMonitorWordingTest extends ApiTestSupport {

    private String slug;

    @BeforeEach
    void sahel() {
        slug = "sahel-" + UUID.randomUUID().toString().substring(0, 8);
        long id = fixtures.asAdmin(() -> monitors.create(SahelMonitor.definition(slug))).id();
        SahelMonitor.entries(id).forEach(fixtures::record);
    }

    @Test
    void the_embed_shows_the_monitors_own_tiles_in_its_order_and_a_days_since_the_last_attack_tile() {
        String html = ok("/embed/monitors/" + slug);

        assertThat(html).containsSubsequence(">Attacks<", ">Displaced people<", ">Fatalities<", ">Escalation<",
                ">Days since last attack<");
        assertThat(html).contains("Last attack recorded 10 Jan 2026", "The latest attack recorded", "Step 2");
        assertOnlyOwnWords(html);
    }

    @Test
    void a_definition_leading_with_the_escalation_step_orders_the_embed_page_summary_and_link_preview_alike() {
        String reordered = slug + "-steps";
        long id = fixtures.asAdmin(() -> monitors.create(SahelMonitor.escalationFirst(reordered))).id();
        SahelMonitor.entries(id).forEach(fixtures::record);

        String embed = ok("/embed/monitors/" + reordered);
        String page = ok("/page/monitors/" + reordered);
        String summary = ok("/api/monitors/" + reordered + "/summary");
        String description = Jsoup.parse(ok("/monitors/" + reordered)).head()
                .select("meta[property=og:description]").attr("content");

        for (String html : List.of(embed, page)) {
            assertThat(html).containsSubsequence(">Escalation<", ">Fatalities<", ">Attacks<", ">Displaced people<")
                    .doesNotContain("Days since last attack");
        }
        assertThat(summary).contains("\"tileOrder\":[\"escalation\",\"fatalities\",\"attacks\",\"displaced\"]",
                "\"sinceLast\":null");
        assertThat(summary.indexOf("\"code\":\"fatalities\"")).isLessThan(summary.indexOf("\"code\":\"attacks\""));
        assertThat(description).startsWith("Escalation: step 2 of 3, Regional offensive");
    }

    @Test
    void the_server_written_page_titles_its_chart_from_the_indicators_and_labels_entries_with_the_monitors_kinds() {
        String html = ok("/page/monitors/" + slug);

        assertThat(html).contains("Attacks, displaced people and fatalities, running totals", "Communiqué",
                "Attack", ">Days since last attack<");
        assertOnlyOwnWords(html);
    }

    @Test
    void the_link_preview_names_the_monitors_own_figures() {
        Document page = Jsoup.parse(ok("/monitors/" + slug));

        String description = page.head().select("meta[property=og:description]").attr("content");
        assertThat(page.title()).isEqualTo(
                "Sahel: at least 15000 displaced people, at least 40 fatalities, 12 attacks · Risk Monitor");
        assertThat(description).contains("escalation: step 2 of 3, Regional offensive");
        assertOnlyOwnWords(page.title() + description);
    }

    @Test
    void the_api_summary_says_which_kind_the_days_since_tile_counts_in_the_monitors_words() {
        String json = ok("/api/monitors/" + slug + "/summary");

        assertThat(json).contains("\"sinceLast\":{\"kind\":\"ATTACK\",\"label\":\"Days since last attack\",\"days\":5",
                "\"name\":\"Displaced people\"", "\"name\":\"Regional offensive\"");
        assertOnlyOwnWords(json);
    }

    @Test
    void entries_json_csv_and_feed_carry_the_monitors_own_kinds() {
        String json = ok("/api/monitors/" + slug + "/entries.json");
        String csv = ok("/api/monitors/" + slug + "/entries.csv");
        String feed = ok("/api/monitors/" + slug + "/feed.atom");

        assertThat(json).contains("\"kind\":\"COMMUNIQUE\",\"kindLabel\":\"Communiqué\"");
        assertThat(csv).contains("Attacks", "Fatalities", "ATTACK");
        assertThat(feed).contains("label=\"Attack\"", "label=\"Communiqué\"");
        assertOnlyOwnWords(json + csv + feed);
    }

    @Test
    void the_preview_image_is_drawn_for_the_second_monitor() {
        HttpResponse<String> image = api.get("/api/monitors/" + slug + "/preview.png");

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    private String ok(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static void assertOnlyOwnWords(String text) {
        SahelMonitor.FOREIGN.forEach(word -> assertThat(text).doesNotContainIgnoringCase(word));
    }
}
