package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.TestData;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Source;
import com.riskdesk.entry.imports.ImportPlan;
import com.riskdesk.entry.imports.ImportRecord;
import com.riskdesk.entry.imports.ImportRefusedException;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.entry.imports.PlannedRow;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.Place;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public entries.csv, downloaded and imported again: an export round-trips into the import. */
class ExportReimportTest extends ApiTestSupport {

    private static final Source AWKWARD_SOURCE = new Source("Agencia Ñ, \"Caracas\"", "=cmd|' /C calc'!A0",
            "https://example.org/a?b=1,2", LocalDate.of(2026, 1, 3));

    @Autowired
    ImportService imports;

    private long count(ApiFixtures.Created monitor) {
        return fixtures.asAdmin(() -> entries.count(EntryFilter.all(monitor.id())));
    }

    @Test
    void an_export_imported_again_matches_every_row_and_adds_nothing() {
        ApiFixtures.Created monitor = fixtures.monitor("roundtrip");
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "=HYPERLINK(\"http://evil\")",
                "Line one\nline two, with \"quotes\"", AWKWARD_SOURCE,
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", new Figure(Basis.INCREMENT, Qualifier.RANGE, 2, 3))));
        fixtures.record(TestData.step(monitor.id(), LocalDate.of(2026, 1, 4), 2));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 1), Map.of("strikes", increment(EXACT, 1))));
        byte[] export = api.get("/api/monitors/" + monitor.slug() + "/entries.csv").body()
                .getBytes(StandardCharsets.UTF_8);

        ImportPlan plan = fixtures.asAdmin(() -> imports.dryRun(monitor.id(), "export.csv", export));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).hasSize(3).noneMatch(PlannedRow::adds);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> imports.importFile(monitor.id(), "export.csv", export,
                written -> { }))).isInstanceOf(ImportRefusedException.class).hasMessageContaining("Nothing to import");
        assertThat(count(monitor)).isEqualTo(3);
    }

    @Test
    void a_spanish_export_has_spanish_headers_and_words_and_imports_again_row_for_row() {
        ApiFixtures.Created monitor = fixtures.monitor("roundtrip-es");
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "Lancha atacada", null, AWKWARD_SOURCE,
                Map.of("deaths", cumulative(AT_LEAST, 83), "boats_struck", new Figure(Basis.INCREMENT, Qualifier.RANGE, 2, 3))));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 1), Map.of("strikes", increment(EXACT, 1))));
        String export = api.get("/api/monitors/" + monitor.slug() + "/entries.csv?lang=es").body();
        String english = api.get("/api/monitors/" + monitor.slug() + "/entries.csv").body();

        assertThat(export).startsWith("id,fecha,precision_fecha,fecha_texto,tipo,titular,nivel_escalada,escalon,"
                + "Boats struck,Deaths,Strikes,boats_struck_valor,boats_struck_minimo,boats_struck_maximo,")
                .contains("fuente_medio,fuente_titulo,fuente_url,fuente_publicada_el,confianza,notas,registrada_el,")
                .contains("3 ene 2026", "2–3 (este hecho)", "al menos 83 (total acumulado)",
                        "Varias fuentes independientes", "Lancha atacada")
                .doesNotContain("running total", "source_outlet");
        assertThat(english).startsWith("id,date,date_precision,date_text,").contains("at least 83 (running total)");
        ImportPlan plan = fixtures.asAdmin(() -> imports.dryRun(monitor.id(), "exportacion.csv",
                export.getBytes(StandardCharsets.UTF_8)));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).hasSize(2).noneMatch(PlannedRow::adds);
    }

    @Test
    void rows_added_to_an_export_without_an_id_are_imported_beside_the_matching_ones() {
        ApiFixtures.Created monitor = fixtures.monitor("extend");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 1), Map.of("deaths", cumulative(EXACT, 4))));
        String export = api.get("/api/monitors/" + monitor.slug() + "/entries.csv").body();
        String header = export.substring(0, export.indexOf("\r\n"));
        assertThat(header).isEqualTo("id,date,date_precision,date_text,kind,headline,escalation_level,escalation_step,"
                + "Boats struck,Deaths,Strikes,boats_struck_value,boats_struck_lower,boats_struck_upper,"
                + "boats_struck_qualifier,boats_struck_basis,deaths_value,deaths_lower,deaths_upper,deaths_qualifier,"
                + "deaths_basis,strikes_value,strikes_lower,strikes_upper,strikes_qualifier,strikes_basis,source_outlet,source_title,source_url,source_published_on,confidence,notes,"
                + "recorded_at,place_name,place_precision,place_area,place_latitude,place_longitude");
        // A row typed into the export in a spreadsheet: no id, no derived columns (the numeric ones left empty).
        String row = ",2025-12-02,DAY,,STRIKE,Second strike,,,,6 (running total),1 (this event)," + ",".repeat(15)
                + "Test Wire,Report,,,"
                + "Confirmed,,";

        ImportRecord done = fixtures.asAdmin(() -> imports.importFile(monitor.id(), "more.csv",
                (export + row + "\r\n").getBytes(StandardCharsets.UTF_8), written -> { }));

        assertThat(done.added()).isEqualTo(1);
        assertThat(done.matched()).isEqualTo(1);
        assertThat(count(monitor)).isEqualTo(2);
        assertThat(api.get("/api/monitors/" + monitor.slug() + "/summary").body()).contains("Second strike");
    }

    @Test
    void places_round_trip_through_an_export_and_a_new_row_brings_its_own() {
        ApiFixtures.Created monitor = fixtures.monitor("placetrip");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 1), Map.of())
                .withPlace(Place.point(10.6, -63.2, "off Sucre")));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2025, 12, 2), Map.of())
                .withPlace(Place.of(Gazetteer.find("venezuela").orElseThrow(), "Venezuela's airspace")));
        String export = api.get("/api/monitors/" + monitor.slug() + "/entries.csv").body();
        String row = ",2025-12-03,DAY,,STRIKE,Boat struck in the Caribbean,,,,,1 (this event),"
                + ",".repeat(15) + "Test Wire,Report,,,"
                + "Confirmed,,,,,Caribbean Sea,,";

        ImportPlan plan = fixtures.asAdmin(() -> imports.dryRun(monitor.id(), "places.csv",
                (export + row + "\r\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).filteredOn(PlannedRow::adds).singleElement()
                .satisfies(added -> assertThat(added.entry().place().where()).isEqualTo("in the Caribbean Sea"));
        assertThat(plan.rows()).filteredOn(planned -> !planned.adds()).hasSize(2);
    }
}
