package com.riskdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.MapRegion;
import com.riskdesk.place.Place;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /embed/monitors/{slug}?show=map: the places as server-written SVG with their table, and no script. */
class EmbedMapTest extends ApiTestSupport {

    @Test
    void the_map_embed_draws_areas_and_points_without_script_and_links_each_place_to_the_dashboard() {
        ApiFixtures.Created monitor = fixtures.monitor("embedmap");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 2), Map.of())
                .withPlace(Place.of(Gazetteer.find("caribbean-sea").orElseThrow(), null)));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 3), Map.of())
                .withPlace(Place.point(10.6, -63.2, "off Sucre")));

        HttpResponse<String> response = api.get("/embed/monitors/" + monitor.slug() + "?show=map");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(Pattern.compile("data-kind=\"area\"").matcher(page).results().count()).isEqualTo(1);
        assertThat(Pattern.compile("data-kind=\"point\"").matcher(page).results().count()).isEqualTo(1);
        assertThat(page).doesNotContain("<script")
                .contains("<table class=\"place-table\"", "in the Caribbean Sea", "at 10.60° N, 63.20° W",
                        "/monitors/" + monitor.slug() + "?place=caribbean-sea", "<base target=\"_blank\">",
                        "OpenStreetMap contributors");
        assertThat(api.get("/embed/monitors/" + monitor.slug()).body()).doesNotContain("<svg");
    }

    @Test
    void the_map_embed_shows_the_monitors_region_and_marks_the_places_of_the_entry_in_the_link() {
        ApiFixtures.Created monitor = withRegion(fixtures.monitor("embedregion"), "-100, 10, -60, 32");
        long offCoast = fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 2), Map.of())
                .withPlace(Place.point(12, -65, null)));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 3), Map.of())
                .withPlace(Place.of(Gazetteer.find("caribbean-sea").orElseThrow(), null)));
        String path = "/embed/monitors/" + monitor.slug() + "?show=map";

        String page = api.get(path + "&entry=" + offCoast).body();

        assertThat(count(page, "class=\"pm-hl\"")).isEqualTo(1);
        assertThat(page).contains("data-place=\"12,-65\" aria-label=\"at 12.00° N, 65.00° W: 1 entry; place of the "
                + "selected entry\" class=\"pm-hl\"", "<tr class=\"highlighted\">", "(the selected entry)");
        // The region, not the lone point, decides the view: the point sits right of the centre, where it lies in it.
        double x = Double.parseDouble(Pattern.compile("cx=\"([-0-9.]+)\"").matcher(page).results().findFirst()
                .orElseThrow().group(1));
        assertThat(x).isBetween(450.0, 520.0);
        assertThat(api.get(path).body()).doesNotContain("class=\"pm-hl\"", "class=\"highlighted\"");
        assertThat(api.get(path + "&entry=nonsense").body()).doesNotContain("class=\"pm-hl\"");
        assertThat(api.get(path + "&entry=" + offCoast + "&lang=es").body())
                .contains("lugar de la entrada seleccionada", "(la entrada seleccionada)",
                        "aria-label=\"en 12,00° N, 65,00° O: 1 entrada; lugar de la entrada seleccionada\"",
                        "aria-label=\"en Caribbean Sea: 1 entrada (zona)\"", ">en Caribbean Sea</a>", "<td>zona</td>")
                .doesNotContain("in the Caribbean Sea", " entry", "(area)", "<td>area</td>");
    }

    @Test
    void crowded_exact_points_merge_into_one_marker_with_a_count_and_each_stays_in_the_table() {
        // Synthetic places a few kilometres apart, drawn at a scale of about 12 units a degree.
        ApiFixtures.Created monitor = withRegion(fixtures.monitor("embedcrowd"), "-100, 10, -60, 32");
        for (int i = 0; i < 4; i++) {
            fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 2 + i), Map.of())
                    .withPlace(Place.point(11 + 0.1 * i, -66, null)));
        }
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 9), Map.of())
                .withPlace(Place.point(25, -90, null)));

        String page = api.get("/embed/monitors/" + monitor.slug() + "?show=map").body();

        assertThat(count(page, "data-kind=\"cluster\"")).isEqualTo(1);
        assertThat(count(page, "data-kind=\"point\"")).isEqualTo(1);
        assertThat(page).contains("data-count=\"4\"",
                "aria-label=\"4 places close together, 4 entries in all; each place is listed in the table\"");
        assertThat(count(page, "<th scope=\"row\">")).isEqualTo(5);
    }

    private ApiFixtures.Created withRegion(ApiFixtures.Created monitor, String region) {
        fixtures.asAdmin(() -> {
            MonitorDetails details = monitors.findById(monitor.id()).orElseThrow();
            return monitors.update(details.id(), details.version(),
                    details.definition().withMapRegion(MapRegion.parse(region)));
        });
        return monitor;
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
