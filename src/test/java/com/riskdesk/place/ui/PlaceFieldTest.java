package com.riskdesk.place.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.place.MapRegion;
import com.riskdesk.place.Place;
import com.riskdesk.place.PlacePrecision;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceFieldTest {

    private final PlaceField field = new PlaceField();

    @Test
    void a_chosen_sea_is_an_area_with_the_sources_wording_and_a_preview_map() {
        field.where.setValue("Caribbean Sea");
        field.wording.setValue("off the coast");

        Place place = field.place(new HashMap<>()).orElseThrow();

        assertThat(place.precision()).isEqualTo(PlacePrecision.AREA);
        assertThat(place.describe()).isEqualTo("off the coast (in the Caribbean Sea)");
        assertThat(preview()).contains("data-kind=\"area\"").contains("in the Caribbean Sea: 1 entry");
    }

    @Test
    void typed_coordinates_out_of_range_are_marked_at_the_field_and_draw_nothing() {
        field.where.setValue("95, -66.9");
        Map<String, String> problems = new HashMap<>();

        assertThat(field.place(problems)).isEmpty();
        assertThat(problems.get("place")).startsWith("Latitude must be between -90 and 90");
        assertThat(field.where.isInvalid()).isTrue();
        assertThat(preview()).isEmpty();
    }

    @Test
    void an_entrys_place_fills_the_field_and_empty_means_no_place() {
        field.setPlace(Place.point(10.6, -63.2, "off Sucre"));

        assertThat(field.place(new HashMap<>())).contains(Place.point(10.6, -63.2, "off Sucre"));
        field.clear();
        assertThat(field.place(new HashMap<>())).isEmpty();
    }

    @Test
    void the_preview_shows_the_monitors_region_around_the_place() {
        field.where.setValue("10.6, -63.2");
        assertThat(preview()).as("alone, the point is the centre").contains("cx=\"300.0\"");

        field.setRegion(MapRegion.parse("-100, 10, -60, 32"));

        assertThat(preview()).as("in the region, the point lies towards its east")
                .doesNotContain("cx=\"300.0\"").containsPattern("cx=\"(4[5-9]\\d|5[01]\\d)\\.\\d\"");
    }

    private String preview() {
        return field.getChildren().filter(child -> child.getClassName() != null
                        && child.getClassName().contains("place-preview"))
                .findFirst().orElseThrow().getElement().getProperty("innerHTML", "");
    }
}
