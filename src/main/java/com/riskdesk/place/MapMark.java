package com.riskdesk.place;

import com.riskdesk.base.i18n.Message;

/**
 * One place drawn on a map: an area or country of the gazetteer ({@code area}, shaded) or an exact point (a dot),
 * with how many entries it has and the largest figure they report for the monitor's first indicator (null: none).
 * {@code key} is what a link selects ({@code place=key}); {@code where} says it at its precision, in the words of
 * {@link Place#whereInWords()} for the reader's language.
 */
public record MapMark(String key, Message where, PlacePrecision precision, GazetteerPlace area, Double latitude,
                      Double longitude, int entries, Integer largest) {

    /** The marks of one place: one per area it names (an entry "in the Caribbean and eastern Pacific" shades both). */
    public static java.util.List<MapMark> of(Place place, int entries, Integer largest) {
        if (place.precision() == PlacePrecision.POINT) {
            return java.util.List.of(new MapMark(place.key(), place.whereInWords(), PlacePrecision.POINT, null,
                    place.latitude(), place.longitude(), entries, largest));
        }
        return place.areas().stream().flatMap(name -> Gazetteer.named(name).stream())
                .map(area -> new MapMark(area.key(), Place.of(area, null).whereInWords(), area.precision(), area, null, null, entries, largest))
                .toList();
    }

    /** The same place with the entries and largest figure of another mark of it added. */
    public MapMark plus(MapMark other) {
        Integer most = largest == null ? other.largest : other.largest == null ? largest : Math.max(largest, other.largest);
        return new MapMark(key, where, precision, area, latitude, longitude, entries + other.entries, most);
    }

    /** West, south, east, north. */
    double[] bbox() {
        return area != null ? area.bbox() : new double[] {longitude, latitude, longitude, latitude};
    }
}
