package com.riskdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.assessment.Trend;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Trend judgements in the public API, its CSV and its feed, live and as known at a moment. */
class JudgementApiTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JudgementService judgements;

    @Test
    void a_monitor_carries_its_latest_judgement_and_links_to_all_of_them() {
        ApiFixtures.Created monitor = fixtures.monitor("judged");
        record(TestData.judgement(monitor.id(), YearMonth.of(2025, 11), Trend.UNCHANGED));
        NewJudgement december = TestData.judgement(monitor.id(), YearMonth.of(2025, 12), Trend.DETERIORATED);
        record(new NewJudgement(monitor.id(), december.period(), december.trend(), true, "Border closed",
                december.narrative(), december.sources()));

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode item = JSON.readTree(response.body());
        JsonNode latest = item.get("latestJudgement");
        assertThat(latest.get("period").get("text").asString()).isEqualTo("December 2025");
        assertThat(latest.get("period").get("from").asString()).isEqualTo("2025-12-01");
        assertThat(latest.get("trend").get("code").asString()).isEqualTo("deteriorated");
        assertThat(latest.get("alertText").asString()).isEqualTo("Border closed");
        assertThat(latest.get("sources").get(0).get("url").asString()).isEqualTo("https://example.org/judgement");
        assertThat(item.get("links").get("judgements").asString())
                .isEqualTo(api.base() + "/api/monitors/" + monitor.slug() + "/judgements");
        assertThat(api.get("/api/monitors/no-such-monitor").statusCode()).isEqualTo(404);
        JsonNode spanish = JSON.readTree(api.get("/api/monitors/" + monitor.slug() + "?lang=es").body())
                .get("latestJudgement");
        assertThat(spanish.get("period").get("text").asString()).isEqualTo("diciembre de 2025");
        assertThat(spanish.get("trend").get("label").asString()).isEqualTo("Empeoró");
        assertThat(spanish.get("trend").get("code").asString()).isEqualTo("deteriorated");
        assertThat(latest.get("trend").get("label").asString()).isEqualTo("Deteriorated");
    }

    @Test
    void the_judgements_list_newest_period_first_and_a_snapshot_hides_later_changes() {
        ApiFixtures.Created monitor = fixtures.monitor("history");
        long november = record(TestData.judgement(monitor.id(), YearMonth.of(2025, 11), Trend.UNCHANGED));
        Instant before = clock.instant();
        clock.advance(Duration.ofHours(1));
        record(TestData.judgement(monitor.id(), YearMonth.of(2025, 12), Trend.IMPROVED));
        fixtures.asAdmin(() -> {
            judgements.correct(november, 0, TestData.judgement(monitor.id(), YearMonth.of(2025, 11),
                    Trend.DETERIORATED), "Later reports");
            return null;
        });

        JsonNode live = JSON.readTree(api.get("/api/monitors/" + monitor.slug() + "/judgements").body());
        assertThat(live.get("count").asInt()).isEqualTo(2);
        assertThat(live.get("judgements").get(0).get("period").get("text").asString()).isEqualTo("December 2025");
        JsonNode corrected = live.get("judgements").get(1);
        assertThat(corrected.get("trend").get("code").asString()).isEqualTo("deteriorated");
        assertThat(corrected.get("corrected").asBoolean()).isTrue();
        assertThat(corrected.get("correctionReason").asString()).isEqualTo("Later reports");

        HttpResponse<String> pinned = api.get("/api/monitors/" + monitor.slug() + "/judgements?asOf=" + before);
        JsonNode snapshot = JSON.readTree(pinned.body());
        assertThat(snapshot.get("snapshot").asBoolean()).isTrue();
        assertThat(snapshot.get("judgements")).singleElement()
                .satisfies(judgement -> assertThat(judgement.get("trend").get("code").asString()).isEqualTo("unchanged"));
        assertThat(pinned.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=86400"));
    }

    @Test
    void the_csv_has_one_row_per_judgement_and_an_etag_answers_not_modified() {
        ApiFixtures.Created monitor = fixtures.monitor("csv");
        record(TestData.judgement(monitor.id(), YearMonth.of(2025, 12), Trend.IMPROVED));

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/judgements.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains(monitor.slug() + "-judgements.csv"));
        assertThat(response.body().split("\r\n")).containsExactly(
                String.join(",", JudgementExportController.CSV_COLUMNS),
                response.body().split("\r\n")[1]);
        assertThat(response.body().split("\r\n")[1]).contains(",2025-12-01,2025-12-31,December 2025,improved,false,,",
                "Test Wire <https://example.org/judgement>", ",1,");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(api.get("/api/monitors/" + monitor.slug() + "/judgements.csv", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        clock.advance(Duration.ofMinutes(5));
        record(TestData.judgement(monitor.id(), YearMonth.of(2025, 11), Trend.UNCHANGED));
        assertThat(api.get("/api/monitors/" + monitor.slug() + "/judgements.csv", "If-None-Match", etag).statusCode())
                .as("a new judgement changes the CSV").isEqualTo(200);
    }

    @Test
    void the_csv_in_spanish_names_its_columns_and_the_period_in_spanish_and_keeps_codes() {
        ApiFixtures.Created monitor = fixtures.monitor("csv-es");
        record(TestData.judgement(monitor.id(), YearMonth.of(2025, 12), Trend.IMPROVED));

        HttpResponse<String> english = api.get("/api/monitors/" + monitor.slug() + "/judgements.csv");
        HttpResponse<String> spanish = api.get("/api/monitors/" + monitor.slug() + "/judgements.csv?lang=es");

        String[] lines = spanish.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,periodo_desde,periodo_hasta,periodo_texto,tendencia,alerta_riesgo,"
                + "alerta_riesgo_texto,relato,fuentes,registrada_el,cambiada_el,revision,motivo_correccion");
        assertThat(lines[1]).contains(",2025-12-01,2025-12-31,diciembre de 2025,improved,false,,")
                .doesNotContain("December");
        assertThat(english.body().split("\r\n")[0]).isEqualTo("id,period_from,period_to,period_text,trend,"
                + "risk_alert,risk_alert_text,narrative,sources,recorded_at,changed_at,revision,correction_reason");
        assertThat(spanish.headers().firstValue("ETag")).as("each language is its own file to a cache")
                .isNotEqualTo(english.headers().firstValue("ETag"));
    }

    @Test
    void a_judgement_is_an_item_of_the_feed() {
        ApiFixtures.Created monitor = fixtures.monitor("feed");
        long id = record(TestData.judgement(monitor.id(), YearMonth.of(2025, 12), Trend.DETERIORATED));

        String feed = api.get("/api/monitors/" + monitor.slug() + "/feed.atom").body();

        assertThat(feed).contains("<title>Trend December 2025: Deteriorated</title>",
                "/judgements/" + id + "</id>", "term=\"JUDGEMENT\"",
                "Trend judgement for December 2025: Deteriorated.", "Sources: Test Wire &lt;https://example.org/judgement&gt;.");
    }

    private long record(NewJudgement judgement) {
        return fixtures.asAdmin(() -> judgements.record(judgement));
    }
}
