package com.riskdesk.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place as an RFC 7946 GeoJSON geometry object (maps and lists, ready for a JSON writer): a Point for an exact
 * place; for areas and countries their outline as a MultiPolygon (exterior rings counterclockwise, holes clockwise),
 * or, asked for the centroid, a Point (MultiPoint for several areas) that is approximate by nature.
 */
public final class PlaceGeometry {

    private PlaceGeometry() {
    }

    /** The outline of an area or country, or the point itself. */
    public static Map<String, Object> outline(Place place) {
        if (place.precision() == PlacePrecision.POINT) {
            return geometry("Point", List.of(place.longitude(), place.latitude()));
        }
        List<Object> polygons = new ArrayList<>();
        for (GazetteerPlace area : areas(place)) {
            for (List<List<double[]>> polygon : area.polygons()) {
                List<Object> rings = new ArrayList<>();
                for (int i = 0; i < polygon.size(); i++) {
                    rings.add(ring(polygon.get(i), i == 0));
                }
                polygons.add(rings);
            }
        }
        return geometry("MultiPolygon", polygons);
    }

    /** The centre of each area's largest part (a Point for one, a MultiPoint for several), or the exact point. */
    public static Map<String, Object> centroid(Place place) {
        if (place.precision() == PlacePrecision.POINT) {
            return outline(place);
        }
        List<List<Double>> centres = areas(place).stream()
                .map(area -> List.of(area.centroid()[0], area.centroid()[1])).toList();
        return centres.size() == 1 ? geometry("Point", centres.getFirst()) : geometry("MultiPoint", centres);
    }

    private static List<GazetteerPlace> areas(Place place) {
        return place.areas().stream().flatMap(name -> Gazetteer.named(name).stream()).toList();
    }

    private static List<List<Double>> ring(List<double[]> points, boolean exterior) {
        List<List<Double>> ring = new ArrayList<>(points.size());
        for (double[] point : points) {
            ring.add(List.of(point[0], point[1]));
        }
        // RFC 7946 3.1.6: exterior rings counterclockwise (positive area), holes clockwise.
        if (signedArea(points) > 0 != exterior) {
            java.util.Collections.reverse(ring);
        }
        return ring;
    }

    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    private static Map<String, Object> geometry(String type, Object coordinates) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", type);
        geometry.put("coordinates", coordinates);
        return geometry;
    }
}
