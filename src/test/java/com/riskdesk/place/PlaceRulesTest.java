package com.riskdesk.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.i18n.Translations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceRulesTest {

    @Test
    void coordinates_in_range_are_an_exact_point() {
        Place place = PlaceRules.parse(" 10.5, -66.9 ", "off Caracas");

        assertThat(place.precision()).isEqualTo(PlacePrecision.POINT);
        assertThat(place.latitude()).isEqualTo(10.5);
        assertThat(place.longitude()).isEqualTo(-66.9);
        assertThat(place.describe()).isEqualTo("off Caracas (at 10.50° N, 66.90° W)");
        assertThat(place.key()).isEqualTo("10.5,-66.9");
        assertThat(PlaceRules.problems(place)).isEmpty();
    }

    @Test
    void latitude_or_longitude_out_of_range_is_refused_with_the_rule() {
        assertThatThrownBy(() -> PlaceRules.parse("91, 10", null))
                .hasMessageStartingWith("Latitude must be between -90 and 90");
        assertThatThrownBy(() -> PlaceRules.parse("10, -180.5", null))
                .hasMessageStartingWith("Longitude must be between -180 and 180");
        assertThat(english(PlaceRules.problems(new Place(null, PlacePrecision.POINT, null, 12.0, 200.0))))
                .containsEntry("place", "Longitude must be between -180 and 180 (decimal degrees, west negative); got 200.0");
        assertThat(english(PlaceRules.problems(new Place(null, PlacePrecision.POINT, null, 12.0, null))))
                .containsEntry("place", "An exact point needs both latitude and longitude");
    }

    @Test
    void a_sea_is_an_area_and_a_country_is_a_country_shown_at_that_precision() {
        Place sea = PlaceRules.parse("caribbean sea", null);
        Place country = PlaceRules.parse("Venezuela", "Venezuela's airspace");

        assertThat(sea.precision()).isEqualTo(PlacePrecision.AREA);
        assertThat(sea.area()).isEqualTo("Caribbean Sea");
        assertThat(sea.describe()).isEqualTo("In the Caribbean Sea");
        assertThat(sea.latitude()).isNull();
        assertThat(country.precision()).isEqualTo(PlacePrecision.COUNTRY);
        assertThat(country.describe()).isEqualTo("Venezuela's airspace (in Venezuela)");
        assertThat(country.key()).isEqualTo("venezuela");
    }

    @Test
    void unknown_names_and_wrong_precisions_are_refused() {
        assertThatThrownBy(() -> PlaceRules.parse("Atlantis", null))
                .hasMessageContaining("'Atlantis' is not in the list of countries and seas");
        assertThat(english(PlaceRules.problems(new Place(null, PlacePrecision.AREA, "Atlantis", null, null))))
                .containsEntry("place", "'Atlantis' is not in the list of countries and seas");
        assertThat(english(PlaceRules.problems(new Place(null, PlacePrecision.AREA, "Venezuela", null, null))))
                .containsEntry("place", "Venezuela is a country, not an area");
    }

    @Test
    void a_source_naming_two_seas_gives_both_areas_and_neither_is_made_a_point() {
        Place both = Place.of(java.util.List.of(Gazetteer.find("caribbean-sea").orElseThrow(),
                Gazetteer.find("eastern-pacific-ocean").orElseThrow()), "the Caribbean and eastern Pacific regions");

        assertThat(both.areas()).containsExactly("Caribbean Sea", "Eastern Pacific Ocean");
        assertThat(both.where()).isEqualTo("in the Caribbean Sea and the Eastern Pacific Ocean");
        assertThat(both.key()).isEqualTo("caribbean-sea+eastern-pacific-ocean");
        assertThat(PlaceRules.problems(both)).isEmpty();
        assertThat(english(PlaceRules.problems(new Place(null, PlacePrecision.AREA, "Caribbean Sea; Atlantis", null, null))))
                .containsEntry("place", "'Atlantis' is not in the list of countries and seas");
    }

    @Test
    void problems_are_codes_that_read_in_each_language() {
        Map<String, Message> problems = PlaceRules.problems(new Place(null, PlacePrecision.AREA, "Venezuela", null, null));
        Translations translations = new Translations();

        assertThat(translations.text(Languages.ENGLISH, problems.get("place"))).isEqualTo("Venezuela is a country, not an area");
        assertThat(translations.text(Languages.SPANISH, problems.get("place"))).isEqualTo("Venezuela es un país, no una zona");
        assertThatThrownBy(() -> PlaceRules.parse("Atlantis", null)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(translations.text(Languages.SPANISH, refused.reason()))
                        .startsWith("'Atlantis' no está en la lista de países y mares"));
    }

    @Test
    void a_place_reads_in_spanish_with_the_gazetteers_names_and_the_sources_wording_as_given() {
        Translations translations = new Translations();
        Place point = PlaceRules.parse("10.5, -66.9", "off Caracas");
        Place south = PlaceRules.parse("-12.125, 45.3", null);
        Place seas = Place.of(java.util.List.of(Gazetteer.find("caribbean-sea").orElseThrow(),
                Gazetteer.find("eastern-pacific-ocean").orElseThrow()), null);
        Place countries = Place.of(java.util.List.of(Gazetteer.find("mali").orElseThrow(),
                Gazetteer.find("niger").orElseThrow()), "the border");

        assertThat(translations.text(Languages.SPANISH, point.description())).isEqualTo("off Caracas (en 10,50° N, 66,90° O)");
        assertThat(translations.text(Languages.SPANISH, south.description())).isEqualTo("En 12,13° S, 45,30° E");
        assertThat(translations.text(Languages.SPANISH, seas.description()))
                .isEqualTo("En Caribbean Sea y Eastern Pacific Ocean");
        assertThat(translations.text(Languages.SPANISH, countries.whereInWords())).isEqualTo("en Mali y Niger");
        assertThat(south.describe()).as("English rounds half up, as always").isEqualTo("At 12.13° S, 45.30° E");
        assertThat(seas.describe()).isEqualTo("In the Caribbean Sea and the Eastern Pacific Ocean");
        assertThat(countries.describe()).isEqualTo("the border (in Mali and Niger)");
        assertThat(translations.text(Languages.ENGLISH, point.description())).isEqualTo(point.describe());
    }

    private static Map<String, String> english(Map<String, Message> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, message) -> texts.put(field, Translations.inEnglish(message)));
        return texts;
    }

    @Test
    void no_place_is_a_valid_answer() {
        assertThat(PlaceRules.problems(null)).isEmpty();
    }

    @Test
    void the_gazetteer_ships_countries_and_the_briefings_seas_with_outlines() {
        assertThat(Gazetteer.search("carib", 5)).extracting(GazetteerPlace::name).startsWith("Caribbean Sea");
        assertThat(Gazetteer.find("eastern-pacific-ocean")).get().extracting(GazetteerPlace::precision)
                .isEqualTo(PlacePrecision.AREA);
        GazetteerPlace venezuela = Gazetteer.find("venezuela").orElseThrow();
        assertThat(venezuela.precision()).isEqualTo(PlacePrecision.COUNTRY);
        // Its centre lies inside its own bounding box, in South America.
        assertThat(venezuela.centroid()[0]).isBetween(venezuela.bbox()[0], venezuela.bbox()[2]).isBetween(-74.0, -59.0);
        assertThat(venezuela.centroid()[1]).isBetween(venezuela.bbox()[1], venezuela.bbox()[3]).isBetween(0.0, 13.0);
        assertThat(venezuela.polygons()).isNotEmpty().allSatisfy(polygon ->
                assertThat(polygon.get(0)).hasSizeGreaterThan(3).first().isEqualTo(polygon.get(0).getLast()));
        assertThat(Gazetteer.all()).hasSizeGreaterThan(200);
    }
}
