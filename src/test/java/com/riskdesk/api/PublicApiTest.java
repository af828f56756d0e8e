package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP: figures with their qualifiers, snapshots, errors as problems, and caching. */
class PublicApiTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void summary_gives_each_figure_with_its_qualifier_and_sources() {
        ApiFixtures.Created monitor = fixtures.monitor("summary");
        long strike = fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 11, 30),
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", increment(EXACT, 2))));
        fixtures.record(TestData.step(monitor.id(), LocalDate.of(2025, 12, 2), 2));

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/summary");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode summary = JSON.readTree(response.body());
        JsonNode deaths = indicator(summary, "deaths");
        assertThat(deaths.get("figure").get("text").asString()).isEqualTo("at least 83");
        assertThat(deaths.get("figure").get("lowerBound").asBoolean()).isTrue();
        assertThat(deaths.get("figure").get("low").asInt()).isEqualTo(83);
        assertThat(deaths.get("figure").get("high").isNull()).isTrue();
        JsonNode source = deaths.get("sources").get(0);
        assertThat(source.get("basis").asString()).isEqualTo("CUMULATIVE");
        assertThat(source.get("entry").get("entryId").asLong()).isEqualTo(strike);
        assertThat(source.get("entry").get("date").get("on").asString()).isEqualTo("2025-11-30");
        assertThat(source.get("entry").get("date").get("precision").asString()).isEqualTo("DAY");
        assertThat(source.get("entry").get("confidence").get("code").asString()).isEqualTo("SINGLE_SOURCE");
        assertThat(source.get("entry").get("source").get("outlet").asString()).isEqualTo("Test Wire");
        assertThat(source.get("entry").get("source").get("url").asString()).isEqualTo("https://example.org/report");
        assertThat(source.get("entry").get("source").get("publishedOn").asString()).isEqualTo("2025-12-01");
        assertThat(indicator(summary, "boats_struck").get("figure").get("text").asString()).isEqualTo("2");
        assertThat(indicator(summary, "strikes").get("figure").isNull()).isTrue();
        JsonNode escalation = summary.get("escalation");
        assertThat(escalation.get("step").asInt()).isEqualTo(2);
        assertThat(escalation.get("of").asInt()).isEqualTo(3);
        assertThat(escalation.get("name").asString()).isEqualTo("Middle");
        assertThat(escalation.get("reachedOn").get("on").asString()).isEqualTo("2025-12-02");
        // 30 Nov 2025 to 15 Jan 2026, dated on the day: exact.
        assertThat(summary.get("sinceLast").get("days").asLong()).isEqualTo(46);
        assertThat(summary.get("sinceLast").get("lowerBound").asBoolean()).isFalse();
        assertThat(summary.get("asOf").asString()).isEqualTo("2026-01-15T12:00:00Z");
        assertThat(summary.get("snapshot").asBoolean()).isFalse();
        assertThat(summary.get("dashboardUrl").asString()).isEqualTo(api.base() + "/monitors/" + monitor.slug());
    }

    @Test
    void summary_with_lang_es_gives_its_readable_texts_in_spanish_and_keeps_keys_codes_and_numbers() {
        ApiFixtures.Created monitor = fixtures.monitor("resumen");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 11, 30),
                Map.of("deaths", cumulative(AT_LEAST, 1234))));
        String path = "/api/monitors/" + monitor.slug() + "/summary";

        HttpResponse<String> english = api.get(path);
        HttpResponse<String> spanish = api.get(path + "?lang=es");

        JsonNode es = JSON.readTree(spanish.body());
        JsonNode deaths = indicator(es, "deaths");
        assertThat(deaths.get("figure").get("text").asString()).isEqualTo("al menos 1.234");
        assertThat(deaths.get("figure").get("low").asInt()).isEqualTo(1234);
        JsonNode entry = deaths.get("sources").get(0).get("entry");
        assertThat(entry.get("date").get("text").asString()).isEqualTo("30 de noviembre de 2025");
        assertThat(entry.get("date").get("precision").asString()).isEqualTo("DAY");
        assertThat(entry.get("confidence").get("label").asString()).isEqualTo("Reporte de una sola fuente");
        assertThat(entry.get("confidence").get("code").asString()).isEqualTo("SINGLE_SOURCE");
        assertThat(es.get("sinceLast").get("text").asString()).isEqualTo("46 días");
        assertThat(es.get("sinceLast").get("kind").asString()).isEqualTo("STRIKE");
        assertThat(spanish.body()).doesNotContain("at least", "Nov 2025", "Single-source", " days\"", "Days since");
        JsonNode en = JSON.readTree(english.body());
        assertThat(indicator(en, "deaths").get("figure").get("text").asString()).isEqualTo("at least 1234");
        assertThat(indicator(en, "deaths").get("sources").get(0).get("entry").get("date").get("text").asString())
                .isEqualTo("30 Nov 2025");
        assertThat(en.get("sinceLast").get("text").asString()).isEqualTo("46 days");
        assertThat(en.get("sinceLast").get("label").asString()).isEqualTo("Days since last strike");
        assertThat(spanish.headers().firstValue("ETag")).as("each language is its own document to a cache")
                .isNotEqualTo(english.headers().firstValue("ETag"));
    }

    @Test
    void summary_change_compares_with_the_figure_thirty_days_earlier() {
        ApiFixtures.Created monitor = fixtures.monitor("change");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 1), Map.of("deaths", cumulative(EXACT, 10))));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10), Map.of("deaths", cumulative(EXACT, 14))));

        JsonNode change = indicator(read("/api/monitors/" + monitor.slug() + "/summary"), "deaths").get("change");

        assertThat(change.get("periodDays").asInt()).isEqualTo(30);
        assertThat(change.get("since").asString()).isEqualTo("2025-12-16");
        assertThat(change.get("previous").get("text").asString()).isEqualTo("10");
        assertThat(change.get("difference").asInt()).isEqualTo(4);
    }

    @Test
    void an_entry_recorded_after_asOf_is_left_out_of_the_snapshot() {
        ApiFixtures.Created monitor = fixtures.monitor("asof");
        clock.advance(Duration.ofHours(-2));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 14), Map.of("deaths", cumulative(EXACT, 10))));
        clock.reset();
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 20))));
        String path = "/api/monitors/" + monitor.slug() + "/summary";

        JsonNode live = read(path);
        JsonNode snapshot = read(path + "?asOf=2026-01-15T11:00:00Z");

        assertThat(indicator(live, "deaths").get("figure").get("low").asInt()).isEqualTo(20);
        assertThat(indicator(snapshot, "deaths").get("figure").get("low").asInt()).isEqualTo(10);
        assertThat(snapshot.get("snapshot").asBoolean()).isTrue();
        assertThat(snapshot.get("asOf").asString()).isEqualTo("2026-01-15T11:00:00Z");
        assertThat(snapshot.get("entryCount").asLong()).isEqualTo(1);
        assertThat(live.get("entryCount").asLong()).isEqualTo(2);
    }

    @Test
    void asOf_accepts_an_offset_encoded_or_not() {
        ApiFixtures.Created monitor = fixtures.monitor("offset");
        String path = "/api/monitors/" + monitor.slug() + "/summary?asOf=";

        assertThat(read(path + "2026-01-15T12:00:00%2B01:00").get("asOf").asString()).isEqualTo("2026-01-15T11:00:00Z");
        // A '+' left unencoded reaches the server as a space.
        assertThat(read(path + "2026-01-15T12:00:00+01:00").get("asOf").asString()).isEqualTo("2026-01-15T11:00:00Z");
        assertThat(read(path + "2026-01-15T06:00:00-05:00%5BAmerica/New_York%5D").get("asOf").asString())
                .isEqualTo("2026-01-15T11:00:00Z");
    }

    @Test
    void a_malformed_asOf_is_a_400_problem_without_internals() {
        ApiFixtures.Created monitor = fixtures.monitor("malformed");

        for (String asOf : List.of("yesterday", "2026-01-10T12:00:00", "2026-13-40T00:00:00Z")) {
            for (String resource : List.of("summary", "entries.json", "entries.csv", "feed.atom")) {
                HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/" + resource + "?asOf=" + asOf);

                assertThat(response.statusCode()).as(resource + " ?asOf=" + asOf).isEqualTo(400);
                assertProblem(response, 400);
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.get("title").asString()).isEqualTo("Invalid asOf");
                assertThat(problem.get("parameter").asString()).isEqualTo("asOf");
            }
        }
        assertThat(api.get("/api/monitors?asOf=nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void a_problem_speaks_spanish_when_the_browser_or_the_link_asks_for_it() {
        ApiFixtures.Created monitor = fixtures.monitor("spanish-problem");

        HttpResponse<String> future = api.get("/api/monitors/" + monitor.slug() + "/summary?asOf=2030-01-01T00:00:00Z",
                "Accept-Language", "es-MX,es;q=0.9,en;q=0.5");
        HttpResponse<String> unknown = api.get("/api/monitors/atlantis/summary?lang=es");
        HttpResponse<String> english = api.get("/api/monitors/atlantis/summary", "Accept-Language", "de-DE,de;q=0.9");

        assertProblem(future, 400);
        JsonNode problem = JSON.readTree(future.body());
        assertThat(problem.get("title").asString()).isEqualTo("asOf no válido");
        assertThat(problem.get("detail").asString()).startsWith("asOf está en el futuro");
        assertThat(future.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(JSON.readTree(unknown.body()).get("title").asString()).isEqualTo("Monitor desconocido");
        assertThat(JSON.readTree(english.body()).get("title").asString()).isEqualTo("Unknown monitor");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void a_future_asOf_is_a_400_problem() {
        ApiFixtures.Created monitor = fixtures.monitor("future");

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/summary?asOf=2026-01-15T12:00:01Z");
        HttpResponse<String> list = api.get("/api/monitors?asOf=2030-01-01T00:00:00Z");

        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("future");
        assertProblem(list, 400);
    }

    @Test
    void an_unknown_monitor_is_a_404_problem() {
        for (String resource : List.of("summary", "entries.json", "entries.csv", "feed.atom")) {
            HttpResponse<String> response = api.get("/api/monitors/no-such-monitor/" + resource);

            assertThat(response.statusCode()).as(resource).isEqualTo(404);
            assertProblem(response, 404);
        }
    }

    @Test
    void the_etag_answers_a_repeated_request_with_304_until_something_is_recorded() {
        ApiFixtures.Created monitor = fixtures.monitor("etag");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 2), Map.of("deaths", cumulative(EXACT, 5))));
        String path = "/api/monitors/" + monitor.slug() + "/summary";

        HttpResponse<String> first = api.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = api.get(path, "If-None-Match", etag);
        HttpResponse<String> sinceModified = api.get(path, "If-Modified-Since", lastModified);

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(sinceModified.statusCode()).isEqualTo(304);

        clock.advance(Duration.ofMinutes(1));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 6))));
        HttpResponse<String> changed = api.get(path, "If-None-Match", etag);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(indicator(JSON.readTree(changed.body()), "deaths").get("figure").get("low").asInt()).isEqualTo(6);
    }

    @Test
    void each_format_and_moment_has_its_own_etag_and_answers_it_with_304() {
        ApiFixtures.Created monitor = fixtures.monitor("etags");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 2), Map.of("deaths", cumulative(EXACT, 5))));
        String base = "/api/monitors/" + monitor.slug();

        List<String> paths = List.of(base + "/summary", base + "/entries.json", base + "/entries.csv",
                base + "/feed.atom", base + "/summary?asOf=2026-01-15T11:00:00Z", "/api/monitors");
        List<String> etags = paths.stream()
                .map(path -> api.get(path).headers().firstValue("ETag").orElseThrow())
                .toList();

        assertThat(etags).doesNotHaveDuplicates();
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> again = api.get(paths.get(i), "If-None-Match", etags.get(i));
            assertThat(again.statusCode()).as(paths.get(i)).isEqualTo(304);
            assertThat(again.body()).as(paths.get(i)).isEmpty();
        }
    }

    @Test
    void a_snapshot_may_be_cached_for_a_day() {
        ApiFixtures.Created monitor = fixtures.monitor("cache");

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/entries.json?asOf=2026-01-10T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public, immutable");
        assertThat(response.headers().allValues("Cache-Control")).hasSize(1);
        assertThat(response.headers().firstValue("Pragma")).isEmpty();
    }

    @Test
    void the_monitor_list_gives_each_monitor_with_its_step_and_links() {
        ApiFixtures.Created monitor = fixtures.monitor("listed");
        fixtures.record(TestData.step(monitor.id(), LocalDate.of(2026, 1, 3), 3));

        HttpResponse<String> response = api.get("/api/monitors");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode item = JSON.readTree(response.body()).valueStream()
                .filter(node -> node.get("slug").asString().equals(monitor.slug()))
                .findFirst().orElseThrow();
        assertThat(item.get("name").asString()).isEqualTo("Test " + monitor.slug());
        assertThat(item.get("startDate").asString()).isEqualTo("2025-10-01");
        assertThat(item.get("escalation").get("step").asInt()).isEqualTo(3);
        assertThat(item.get("escalation").get("of").asInt()).isEqualTo(3);
        assertThat(item.get("escalation").get("name").asString()).isEqualTo("High");
        assertThat(item.get("links").get("dashboard").asString()).isEqualTo(api.base() + "/monitors/" + monitor.slug());
        assertThat(item.get("links").get("feed").asString()).endsWith("/api/monitors/" + monitor.slug() + "/feed.atom");
        assertThat(item.get("links").get("methodology").asString())
                .isEqualTo(api.base() + "/monitors/" + monitor.slug() + "/methodology");
        // Before the step was recorded, the monitor had reached none.
        JsonNode before = JSON.readTree(api.get("/api/monitors?asOf=2026-01-01T00:00:00Z").body()).valueStream()
                .filter(node -> node.get("slug").asString().equals(monitor.slug()))
                .findFirst().orElseThrow();
        assertThat(before.get("escalation").isNull()).isTrue();
    }

    private JsonNode read(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode indicator(JsonNode summary, String code) {
        return summary.get("indicators").valueStream()
                .filter(node -> node.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
    }
}
