package com.riskdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.riskdesk.IntegrationTest;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.Trend;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.monitor.TileOrder;
import com.riskdesk.place.MapRegion;
import com.riskdesk.place.Place;
import com.riskdesk.place.PlacePrecision;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo data, checked once: what the briefing says, each entry citing it, nothing invented. */
@IntegrationTest
@TestPropertySource(properties = "app.demo-data=true")
class DemoDataTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    JudgementService judgements;

    @Test
    void the_venezuela_dashboard_shows_the_briefing_figures_with_their_qualifiers() {
        Dashboard dashboard = dashboards.dashboard("venezuela", 30).orElseThrow();

        assertThat(tile(dashboard, "boats_struck").current().value().describe()).isEqualTo("at least 21");
        assertThat(tile(dashboard, "deaths").current().value().describe()).isEqualTo("at least 83");
        assertThat(tile(dashboard, "strikes").hasFigure()).as("the briefing gives no strike count").isFalse();
        assertThat(dashboard.escalation().current().level()).isEqualTo(4);
        assertThat(dashboard.escalation().current().stepName()).isEqualTo("Offer to Maduro to leave");
        assertThat(dashboard.escalation().ladderSize()).isEqualTo(5);
    }

    @Test
    void the_venezuela_tiles_stand_as_they_always_have_indicators_then_escalation_then_days_since_last_strike() {
        Dashboard dashboard = dashboards.dashboard("venezuela", 30).orElseThrow();

        assertThat(TileContent.of(dashboard)).extracting(TileContent::id, TileContent::label).containsExactly(
                tuple("boats_struck", "Boats struck"), tuple("deaths", "Deaths"), tuple("strikes", "Strikes"),
                tuple("escalation", "Escalation"), tuple("since-last", "Days since last strike"));
        assertThat(dashboard.monitor().tileOrder()).isEqualTo(TileOrder.standard(dashboard.monitor().indicators()));
    }

    @Test
    void every_demo_entry_cites_the_briefing() {
        List<EntryLine> entries = dashboards.entries(
                dashboards.dashboard("venezuela", 30).orElseThrow().monitor().id(), 0, 100);

        assertThat(entries).hasSize(7).allSatisfy(entry -> assertThat(entry.source().title())
                .contains("venezuela-crisis-2025-11-30"));
        assertThat(entries).filteredOn(entry -> !entry.figures().isEmpty())
                .as("only one cumulative figure entry: no invented per-strike figures").hasSize(1);
    }

    @Test
    void demo_places_are_the_briefings_areas_and_country_never_a_point() {
        List<EntryLine> entries = dashboards.entries(
                dashboards.dashboard("venezuela", 30).orElseThrow().monitor().id(), 0, 100);

        assertThat(entries).extracting(EntryLine::place).filteredOn(java.util.Objects::nonNull)
                .extracting(Place::describe)
                .containsExactlyInAnyOrder(
                        "the Caribbean and eastern Pacific regions (in the Caribbean Sea and the Eastern Pacific Ocean)",
                        "the Caribbean and eastern Pacific regions (in the Caribbean Sea and the Eastern Pacific Ocean)",
                        "the airspace above and surrounding Venezuela (in Venezuela)");
        assertThat(entries).extracting(EntryLine::place).filteredOn(java.util.Objects::nonNull)
                .allSatisfy(place -> assertThat(place.precision()).isNotEqualTo(PlacePrecision.POINT));
    }

    @Test
    void the_demo_map_region_is_made_of_the_places_the_briefing_names() {
        MapRegion region = dashboards.dashboard("venezuela", 30).orElseThrow().monitor().mapRegion();

        assertThat(region.places()).containsExactly("Caribbean Sea", "Eastern Pacific Ocean", "Venezuela");
        // It takes in the Eastern Pacific's western edge (120° W) and Venezuela's eastern one (about 60° W).
        assertThat(region.west()).isLessThan(-120);
        assertThat(region.east()).isGreaterThan(-60);
    }

    @Test
    void november_2025_is_judged_deteriorated_with_an_airspace_alert_citing_the_briefing() {
        long monitorId = dashboards.dashboard("venezuela", 30).orElseThrow().monitor().id();

        assertThat(judgements.published(monitorId, null)).singleElement().satisfies(judgement -> {
            assertThat(judgement.period().describe()).isEqualTo("November 2025");
            assertThat(judgement.trend()).isEqualTo(Trend.DETERIORATED);
            assertThat(judgement.alertText()).contains("airspace");
            assertThat(judgement.narrative()).contains("foreign terrorist organisations", "closed in its entirety");
            assertThat(judgement.sources()).singleElement().satisfies(source -> {
                assertThat(source.name()).contains("venezuela-crisis-2025-11-30");
                assertThat(source.url()).as("the briefing has no address").isNull();
            });
        });
        assertThat(dashboards.dashboard("venezuela", 30).orElseThrow().monitor().region()).isEqualTo("Latin America");
    }

    @Test
    void loading_again_leaves_an_existing_monitor_alone() {
        loader.load();

        assertThat(dashboards.overviews()).hasSize(1);
        assertThat(dashboards.dashboard("venezuela", 30).orElseThrow().entryCount()).isEqualTo(7);
    }

    private static IndicatorTile tile(Dashboard dashboard, String code) {
        return dashboard.tiles().stream().filter(tile -> tile.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }
}
