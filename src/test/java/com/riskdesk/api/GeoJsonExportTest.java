package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.Place;
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
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** entries.geojson read back by JTS's GeoJSON reader and checked against RFC 7946; places in the JSON and CSV. */
class GeoJsonExportTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void geojson_is_a_feature_collection_of_placed_entries_that_a_real_parser_reads() throws Exception {
        ApiFixtures.Created monitor = placedEntries("geo");

        HttpResponse<String> response = api.get("/api/monitors/" + monitor.slug() + "/entries.geojson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        Geometry all = new GeoJsonReader().read(response.body());
        assertThat(all).isInstanceOf(GeometryCollection.class);
        assertThat(all.getNumGeometries()).isEqualTo(2);
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("unplacedEntries").asInt()).isEqualTo(1);
        JsonNode point = feature(collection, "Boat struck off Sucre");
        assertThat(point.get("geometry").get("type").asString()).isEqualTo("Point");
        // RFC 7946 3.1.1: longitude first.
        assertThat(point.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-63.2);
        assertThat(point.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(10.6);
        assertThat(point.get("properties").get("approximate").asBoolean()).isFalse();
        JsonNode sea = feature(collection, "Strikes in the Caribbean");
        JsonNode properties = sea.get("properties");
        assertThat(properties.get("place").get("precision").asString()).isEqualTo("AREA");
        assertThat(properties.get("place").get("text").asString()).isEqualTo("In the Caribbean Sea");
        assertThat(properties.get("date").get("precision").asString()).isEqualTo("DAY");
        assertThat(properties.get("kind").asString()).isEqualTo("STRIKE");
        assertThat(properties.get("confidence").get("code").asString()).isNotBlank();
        assertThat(properties.get("source").get("outlet").asString()).isEqualTo(TestData.SOURCE.outlet());
        assertThat(properties.get("figures").get(0).get("value").get("text").asString()).isEqualTo("at least 12");
        Geometry outline = new GeoJsonReader().read(JSON.writeValueAsString(sea.get("geometry")));
        assertThat(outline).isInstanceOf(MultiPolygon.class);
        assertThat(outline.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(-90);
        assertThat(outline.getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(-60);
        // RFC 7946 3.1.6: exterior rings counterclockwise, holes clockwise.
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) outline.getGeometryN(i);
            assertThat(Orientation.isCCWArea(polygon.getExteriorRing().getCoordinates())).isTrue();
            for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                assertThat(Orientation.isCCWArea(polygon.getInteriorRingN(hole).getCoordinates())).isFalse();
            }
        }
    }

    @Test
    void centroids_are_points_flagged_approximate() throws Exception {
        ApiFixtures.Created monitor = placedEntries("geocentre");

        String body = api.get("/api/monitors/" + monitor.slug() + "/entries.geojson?geometry=centroid").body();

        JsonNode sea = feature(JSON.readTree(body), "Strikes in the Caribbean");
        assertThat(sea.get("properties").get("approximate").asBoolean()).isTrue();
        Geometry centre = new GeoJsonReader().read(JSON.writeValueAsString(sea.get("geometry")));
        assertThat(centre).isInstanceOf(Point.class);
        double[] expected = Gazetteer.find("caribbean-sea").orElseThrow().centroid();
        assertThat(centre.getCoordinate().x).isEqualTo(expected[0]);
        assertThat(centre.getCoordinate().y).isEqualTo(expected[1]);
    }

    @Test
    void a_snapshot_leaves_out_places_recorded_later() {
        ApiFixtures.Created monitor = fixtures.monitor("geoasof");
        clock.advance(Duration.ofHours(-2));
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 3), Map.of())
                .withPlace(Place.point(10.6, -63.2, null)));
        clock.reset();
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 4), Map.of())
                .withPlace(Place.point(11, -64, null)));

        JsonNode earlier = JSON.readTree(api.get("/api/monitors/" + monitor.slug()
                + "/entries.geojson?asOf=2026-01-15T11:00:00Z").body());

        assertThat(earlier.get("features").size()).isEqualTo(1);
        assertThat(earlier.get("snapshot").asBoolean()).isTrue();
    }

    @Test
    void json_and_csv_carry_place_name_precision_and_coordinates() throws IOException {
        ApiFixtures.Created monitor = placedEntries("placecsv");

        JsonNode json = JSON.readTree(api.get("/api/monitors/" + monitor.slug() + "/entries.json").body());
        JsonNode point = json.get("entries").valueStream()
                .filter(entry -> entry.get("headline").asString().equals("Boat struck off Sucre"))
                .findFirst().orElseThrow().get("place");
        assertThat(point.get("precision").asString()).isEqualTo("POINT");
        assertThat(point.get("name").asString()).isEqualTo("off Sucre");
        assertThat(point.get("latitude").asDouble()).isEqualTo(10.6);
        try (CSVParser parser = CSVParser.parse(new StringReader(api.get("/api/monitors/" + monitor.slug()
                + "/entries.csv").body()), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord sucre = rows.stream().filter(row -> row.get("headline").equals("Boat struck off Sucre"))
                    .findFirst().orElseThrow();
            assertThat(sucre.get("place_precision")).isEqualTo("POINT");
            assertThat(sucre.get("place_latitude")).isEqualTo("10.6");
            assertThat(sucre.get("place_longitude")).isEqualTo("-63.2");
            CSVRecord sea = rows.stream().filter(row -> row.get("headline").equals("Strikes in the Caribbean"))
                    .findFirst().orElseThrow();
            assertThat(sea.get("place_precision")).isEqualTo("AREA");
            assertThat(sea.get("place_area")).isEqualTo("Caribbean Sea");
            assertThat(sea.get("place_latitude")).isEmpty();
        }
    }

    private ApiFixtures.Created placedEntries(String slug) {
        ApiFixtures.Created monitor = fixtures.monitor(slug);
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 2), "Strikes in the Caribbean", null,
                TestData.SOURCE, Map.of("deaths", cumulative(AT_LEAST, 12)))
                .withPlace(Place.of(Gazetteer.find("caribbean-sea").orElseThrow(), null)));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 3), "Boat struck off Sucre", null,
                TestData.SOURCE, Map.of()).withPlace(Place.point(10.6, -63.2, "off Sucre")));
        fixtures.record(ApiFixtures.entry(monitor.id(), LocalDate.of(2026, 1, 4), "No place given", null,
                TestData.SOURCE, Map.of()));
        return monitor;
    }

    private static JsonNode feature(JsonNode collection, String headline) {
        return collection.get("features").valueStream()
                .filter(feature -> feature.get("properties").get("headline").asString().equals(headline))
                .findFirst().orElseThrow();
    }
}
