package com.riskdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.place.Gazetteer;
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
}
