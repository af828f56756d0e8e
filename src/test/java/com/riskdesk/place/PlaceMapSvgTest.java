package com.riskdesk.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlaceMapSvgTest {

    private static final double[] WORLD = {-180, -60, 180, 80};

    @Test
    void areas_are_shaded_and_points_are_dots_each_a_link_with_its_name_and_count() throws Exception {
        Place seas = Place.of(List.of(Gazetteer.named("Caribbean Sea").orElseThrow(),
                Gazetteer.named("Eastern Pacific Ocean").orElseThrow()), null);
        List<MapMark> marks = new java.util.ArrayList<>(MapMark.of(seas, 2, 21));
        marks.addAll(MapMark.of(Place.of(Gazetteer.named("Venezuela").orElseThrow(), null), 1, null));
        marks.addAll(MapMark.of(Place.point(10.6, -63.2, "off Sucre"), 1, 3));

        String svg = PlaceMapSvg.write(marks, "venezuela", "Map of 3 places", WORLD, key -> "?place=" + key);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/place-map-test.svg"), svg);

        assertThat(count(svg, "data-kind=\"area\"")).isEqualTo(3);
        assertThat(count(svg, "data-kind=\"point\"")).isEqualTo(1);
        assertThat(svg).contains("href=\"?place=caribbean-sea\"", "href=\"?place=10.6,-63.2\"",
                "aria-label=\"in the Caribbean Sea: 2 entries (area)\"",
                "aria-label=\"at 10.60° N, 63.20° W: 1 entry\"",
                "data-place=\"venezuela\" aria-label=\"in Venezuela: 1 entry (country)\" class=\"pm-sel\"")
                .doesNotContain("<script");
        assertThat(svg.length()).as("small enough to write into a page").isLessThan(200_000);
    }

    @Test
    void text_is_escaped() {
        List<MapMark> marks = MapMark.of(Place.point(1, 2, null), 1, null);
        String svg = PlaceMapSvg.write(marks, null, "<b>\"map\"", WORLD, key -> "?a=1&place=" + key);

        assertThat(svg).contains("aria-label=\"&lt;b&gt;&quot;map&quot;\"", "href=\"?a=1&amp;place=1,2\"");
    }

    @Test
    void the_map_shows_the_monitors_region_and_widens_only_to_take_in_a_place_outside_it() {
        MapRegion region = MapRegion.parse("-100, 10, -60, 32");
        List<MapMark> centre = MapMark.of(Place.point(21, -80, null), 1, null);

        String inside = PlaceMapSvg.write(centre, drawing(region, null), "map", key -> "#");
        assertThat(inside).as("the region's centre is the map's centre").contains("cx=\"300.0\"");

        List<MapMark> both = new java.util.ArrayList<>(centre);
        both.addAll(MapMark.of(Place.point(21, -20, null), 1, null));
        String widened = PlaceMapSvg.write(both, drawing(region, null), "map", key -> "#");
        List<Double> xs = Pattern.compile("cx=\"([-0-9.]+)\"").matcher(widened).results()
                .map(found -> Double.valueOf(found.group(1))).toList();
        assertThat(xs).hasSize(2).allSatisfy(x -> assertThat(x).isBetween(0.0, 600.0));
        assertThat(xs).anySatisfy(x -> assertThat(x).isLessThan(250));
    }

    @Test
    void the_selected_entrys_places_get_their_own_outline_and_say_so() {
        List<MapMark> marks = new java.util.ArrayList<>(MapMark.of(Place.of(List.of(
                Gazetteer.named("Caribbean Sea").orElseThrow(), Gazetteer.named("Gulf of Mexico").orElseThrow()), null),
                1, null));
        marks.addAll(MapMark.of(Place.of(Gazetteer.named("Cuba").orElseThrow(), null), 2, null));
        PlaceMapSvg.Drawing drawing = new PlaceMapSvg.Drawing(null, WORLD, "cuba",
                java.util.Set.of("caribbean-sea", "gulf-of-mexico"), MapText.ENGLISH);

        String svg = PlaceMapSvg.write(marks, drawing, "map", key -> "#");

        assertThat(count(svg, "class=\"pm-hl\"")).isEqualTo(2);
        assertThat(svg).contains("aria-label=\"in the Caribbean Sea: 1 entry (area); place of the selected entry\" "
                + "class=\"pm-hl\"", "aria-label=\"in Cuba: 2 entries (country)\" class=\"pm-sel\"");
        assertThat(count(svg, "place of the selected entry")).as("label and title of each").isEqualTo(4);
    }

    @Test
    void exact_points_closer_than_the_cluster_distance_at_the_drawn_scale_merge_into_one_marker_with_a_count() {
        // Synthetic: five points half a degree apart off one coast, and one far away.
        List<MapMark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            marks.addAll(MapMark.of(Place.point(11, -66 + 0.5 * i, null), i + 1, null));
        }
        marks.addAll(MapMark.of(Place.point(-30, 20, null), 1, null));

        String world = PlaceMapSvg.write(marks, drawing(null, WORLD), "map", key -> "#");
        assertThat(count(world, "data-kind=\"cluster\"")).isEqualTo(1);
        assertThat(count(world, "data-kind=\"point\"")).isEqualTo(1);
        assertThat(world).contains("data-count=\"5\"", "role=\"img\" aria-label=\"5 places close together, 15 "
                + "entries in all; each place is listed in the table\"", ">5</text>");

        MapRegion coast = MapRegion.parse("-68, 8, -62, 14");
        String near = PlaceMapSvg.write(marks.subList(0, 5), drawing(coast, null), "map", key -> "#");
        assertThat(count(near, "data-kind=\"cluster\"")).as("half a degree is far apart close up").isZero();
        assertThat(count(near, "data-kind=\"point\"")).isEqualTo(5);
    }

    @Test
    void a_cluster_holding_the_selected_entrys_place_is_marked_as_such() {
        List<MapMark> marks = new java.util.ArrayList<>(MapMark.of(Place.point(11, -66, null), 1, null));
        marks.addAll(MapMark.of(Place.point(11.1, -66.1, null), 1, null));

        String svg = PlaceMapSvg.write(marks, new PlaceMapSvg.Drawing(null, WORLD, null, java.util.Set.of("11.1,-66.1"),
                MapText.ENGLISH), "map", key -> "#");

        assertThat(svg).contains("class=\"pm-cluster pm-hl\"", "in all; each place is listed in the table; place of "
                + "the selected entry\"");
    }

    private static PlaceMapSvg.Drawing drawing(MapRegion region, double[] fallback) {
        return new PlaceMapSvg.Drawing(region, fallback, null, null, MapText.ENGLISH);
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
