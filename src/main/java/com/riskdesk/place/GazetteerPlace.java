package com.riskdesk.place;

import java.util.List;

/**
 * A country or sea of the shipped gazetteer: its key (used in links, e.g. {@code caribbean-sea}), name, precision
 * ({@link PlacePrecision#AREA} or {@link PlacePrecision#COUNTRY}), centre of its largest part, bounding box
 * (west, south, east, north) and simplified outline: polygons of rings of [longitude, latitude], as in GeoJSON.
 */
public record GazetteerPlace(String key, String name, PlacePrecision precision, double[] centroid, double[] bbox,
                             List<List<List<double[]>>> polygons) {

    /** "the Caribbean Sea", "Mali": seas and regions take the article, countries as named. */
    public String phrase() {
        return precision == PlacePrecision.AREA ? "the " + name : name;
    }
}
