package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Source;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** entries.json and entries.csv read back by Jackson and by a real CSV parser. */
class EntryExportTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Source AWKWARD_SOURCE = new Source("Agencia Ñ, \"Caracas\"", "=cmd|' /C calc'!A0",
            "https://example.org/a?b=1,2", LocalDate.of(2026, 1, 3));

    @Test
    void json_export_lists_each_entry_with_figures_qualifiers_and_source() {
        ApiFixtures.Created monitor = fixtures.monitor("json");
        long id = fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "Second boat struck",
                "Seen from the shore", AWKWARD_SOURCE,
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", increment(EXACT, 1))));
        fixtures.record(TestData.step(monitor.id(), LocalDate.of(2026, 1, 4), 2));

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/entries.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode export = JSON.readTree(response.body());
        assertThat(export.get("count").asInt()).isEqualTo(2);
        assertThat(export.get("snapshot").asBoolean()).isFalse();
        JsonNode step = export.get("entries").get(0);
        assertThat(step.get("kind").asString()).isEqualTo("ESCALATION_STEP");
        assertThat(step.get("escalationLevel").asInt()).isEqualTo(2);
        assertThat(step.get("escalationStep").asString()).isEqualTo("Middle");
        JsonNode strike = export.get("entries").get(1);
        assertThat(strike.get("id").asLong()).isEqualTo(id);
        assertThat(strike.get("headline").asString()).isEqualTo("Second boat struck");
        assertThat(strike.get("date").get("on").asString()).isEqualTo("2026-01-03");
        assertThat(strike.get("date").get("precision").asString()).isEqualTo("DAY");
        assertThat(strike.get("notes").asString()).isEqualTo("Seen from the shore");
        assertThat(strike.get("recordedAt").asString()).isEqualTo("2026-01-15T12:00:00Z");
        assertThat(strike.get("confidence").get("code").asString()).isEqualTo("MULTIPLE_SOURCES");
        assertThat(strike.get("source").get("outlet").asString()).isEqualTo("Agencia Ñ, \"Caracas\"");
        JsonNode deaths = strike.get("figures").valueStream()
                .filter(figure -> figure.get("indicatorCode").asString().equals("deaths"))
                .findFirst().orElseThrow();
        assertThat(deaths.get("indicator").asString()).isEqualTo("Deaths");
        assertThat(deaths.get("basis").asString()).isEqualTo("CUMULATIVE");
        assertThat(deaths.get("value").get("text").asString()).isEqualTo("at least 83");
        assertThat(deaths.get("value").get("lowerBound").asBoolean()).isTrue();
    }

    @Test
    void exports_page_through_every_entry_beyond_one_page() {
        ApiFixtures.Created monitor = fixtures.monitor("many");
        int total = 230;
        for (int i = 0; i < total; i++) {
            fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 10, 1).plusDays(i % 100),
                    Map.of("strikes", increment(EXACT, 1))));
        }

        JsonNode export = JSON.readTree(api.get("/api/monitors/" + monitor.slug() + "/entries.json").body());
        List<CSVRecord> rows = csv(api.get("/api/monitors/" + monitor.slug() + "/entries.csv").body());

        assertThat(export.get("count").asInt()).isEqualTo(total);
        assertThat(export.get("entries").size()).isEqualTo(total);
        assertThat(export.get("entries").valueStream().map(entry -> entry.get("id").asLong()).distinct().count())
                .isEqualTo(total);
        assertThat(rows).hasSize(total);
    }

    @Test
    void csv_export_has_a_column_per_indicator_and_survives_a_real_parser() throws IOException {
        ApiFixtures.Created monitor = fixtures.monitor("csv");
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "=HYPERLINK(\"http://evil\")",
                "Line one\nline two, with \"quotes\"", AWKWARD_SOURCE,
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", new Figure(Basis.INCREMENT, Qualifier.RANGE, 2, 3))));

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/entries.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).startsWith("text/csv").contains("charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("filename=\"" + monitor.slug() + "-entries.csv\""));
        assertThat(response.body()).contains("\r\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(response.body()), format())) {
            assertThat(parser.getHeaderNames()).containsSubsequence("id", "date", "date_precision", "kind",
                    "headline", "Boats struck", "Deaths", "Strikes", "source_outlet", "confidence", "notes",
                    "recorded_at");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(1);
            CSVRecord row = rows.getFirst();
            assertThat(row.get("Deaths")).isEqualTo("at least 83 (running total)");
            assertThat(row.get("Boats struck")).isEqualTo("2–3 (this event)");
            assertThat(row.get("Strikes")).isEmpty();
            assertThat(row.get("date")).isEqualTo("2026-01-03");
            assertThat(row.get("date_precision")).isEqualTo("DAY");
            // Cells a spreadsheet would evaluate stay text.
            assertThat(row.get("headline")).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(row.get("source_title")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.get("source_outlet")).isEqualTo("Agencia Ñ, \"Caracas\"");
            assertThat(row.get("source_url")).isEqualTo("https://example.org/a?b=1,2");
            assertThat(row.get("notes")).isEqualTo("Line one\nline two, with \"quotes\"");
            assertThat(row.get("confidence")).isEqualTo("Multiple independent sources");
            assertThat(row.get("recorded_at")).isEqualTo("2026-01-15T12:00:00Z");
        }
    }

    @Test
    void csv_export_gives_each_figure_as_numbers_beside_the_readable_text() throws IOException {
        ApiFixtures.Created monitor = fixtures.monitor("csvnumbers");
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "Figures", null, TestData.SOURCE,
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", new Figure(Basis.INCREMENT, Qualifier.RANGE, 2, 3),
                        "strikes", new Figure(Basis.INCREMENT, Qualifier.EXACT, 4, null))));

        String body = api.get("/api/monitors/" + monitor.slug() + "/entries.csv").body();

        try (CSVParser parser = CSVParser.parse(new StringReader(body), format())) {
            assertThat(parser.getHeaderNames()).containsSubsequence("Boats struck", "Deaths", "Strikes",
                    "boats_struck_value", "boats_struck_lower", "boats_struck_upper", "boats_struck_qualifier",
                    "boats_struck_basis", "deaths_value", "strikes_basis", "source_outlet");
            CSVRecord row = parser.getRecords().getFirst();
            assertThat(List.of(row.get("deaths_value"), row.get("deaths_lower"), row.get("deaths_upper"),
                    row.get("deaths_qualifier"), row.get("deaths_basis")))
                    .containsExactly("83", "83", "", "AT_LEAST", "CUMULATIVE");
            assertThat(List.of(row.get("boats_struck_value"), row.get("boats_struck_lower"),
                    row.get("boats_struck_upper"), row.get("boats_struck_qualifier"), row.get("boats_struck_basis")))
                    .containsExactly("", "2", "3", "RANGE", "INCREMENT");
            assertThat(List.of(row.get("strikes_value"), row.get("strikes_lower"), row.get("strikes_upper"),
                    row.get("strikes_qualifier"), row.get("strikes_basis")))
                    .containsExactly("4", "4", "4", "EXACT", "INCREMENT");
        }
    }

    @Test
    void a_snapshot_export_leaves_out_entries_recorded_later_and_names_the_moment() {
        ApiFixtures.Created monitor = fixtures.monitor("csvasof");
        clock.advance(Duration.ofHours(-2));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 14), "Earlier report", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 10))));
        clock.reset();
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 15), "Later report", null,
                TestData.SOURCE, Map.of("deaths", cumulative(EXACT, 20))));
        String asOf = "?asOf=2026-01-15T11:00:00Z";

        HttpResponse<String> csv = api.get("/api/monitors/" + monitor.slug() + "/entries.csv" + asOf);
        JsonNode json = JSON.readTree(api.get("/api/monitors/" + monitor.slug() + "/entries.json" + asOf).body());

        assertThat(csv(csv.body())).extracting(row -> row.get("headline")).containsExactly("Earlier report");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains(monitor.slug() + "-entries-20260115T110000Z.csv"));
        assertThat(json.get("entries").valueStream().map(entry -> entry.get("headline").asString()))
                .containsExactly("Earlier report");
        assertThat(json.get("asOf").asString()).isEqualTo("2026-01-15T11:00:00Z");
        assertThat(json.get("snapshot").asBoolean()).isTrue();
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    private static List<CSVRecord> csv(String body) {
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
