package com.riskdesk.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.base.i18n.RefusedException;
import org.junit.jupiter.api.Test;

class MapRegionTest {

    @Test
    void countries_and_seas_give_the_box_around_them_with_a_tenth_of_its_size_as_margin() {
        MapRegion region = MapRegion.parse(" caribbean sea ; Venezuela");

        assertThat(region.spec()).isEqualTo("Caribbean Sea; Venezuela");
        assertThat(region.places()).containsExactly("Caribbean Sea", "Venezuela");
        // Caribbean Sea -89.5..-60.5 and Venezuela -73.37..-59.85: 29.65° wide, so about 2.97° each side.
        assertThat(region.west()).isCloseTo(-89.5 - 2.965, org.assertj.core.data.Offset.offset(0.001));
        assertThat(region.east()).isCloseTo(-59.85 + 2.965, org.assertj.core.data.Offset.offset(0.001));
        assertThat(region.south()).isLessThan(0.69).isGreaterThan(-2);
        assertThat(region.north()).isGreaterThan(21.6);
    }

    @Test
    void bounds_are_west_south_east_north_in_decimal_degrees_kept_as_typed() {
        MapRegion region = MapRegion.parse("-120.50, -5, -55 30");

        assertThat(region.spec()).isEqualTo("-120.5, -5, -55, 30");
        assertThat(region.box()).containsExactly(-120.5, -5, -55, 30);
        assertThat(region.places()).isEmpty();
        assertThat(MapRegion.parse(region.spec())).isEqualTo(region);
    }

    @Test
    void blank_is_no_region() {
        assertThat(MapRegion.parse("  ")).isNull();
        assertThat(MapRegion.parse(null)).isNull();
    }

    @Test
    void unreadable_regions_are_refused_with_a_reason_to_act_on() {
        assertRefused("Atlantis", "map-region.problem.unknown");
        assertRefused("-10, 5, 20", "map-region.problem.format");
        assertRefused("-190, 5, 20, 30", "map-region.problem.longitude");
        assertRefused("-10, -88, 20, 30", "map-region.problem.latitude");
        assertRefused("20, 5, -10, 30", "map-region.problem.order");
        assertRefused("-10, 30, 20, 5", "map-region.problem.order");
        assertRefused("1.2.3, 5, 20, 30", "map-region.problem.format");
        assertThatThrownBy(() -> MapRegion.parse("Atlantis")).hasMessage("'Atlantis' is not in the list of countries and seas");
    }

    @Test
    void a_stored_region_whose_place_left_the_gazetteer_reads_as_none() {
        assertThat(MapRegion.stored("Atlantis; Cuba")).isNull();
        assertThat(MapRegion.stored("Cuba").places()).containsExactly("Cuba");
    }

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> MapRegion.parse(text)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.reason().key()).isEqualTo(key));
    }
}
