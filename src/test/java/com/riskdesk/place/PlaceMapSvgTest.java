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

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
