package com.riskdesk.place;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an entry happened, no more precisely than the source says: an exact point (latitude and longitude in
 * decimal degrees), a named area of the gazetteer, or a country. {@code name} is the place as the source gives it
 * ("Mali's northern regions"), optional; {@code area} is the gazetteer's name for an area or country. Stored with the
 * entry; check it with {@link PlaceRules} before storing. A source that names several seas at once ("the Caribbean
 * and eastern Pacific regions") gives several areas, stored as one {@code area} joined by {@value #AREA_SEPARATOR}.
 */
public record Place(String name, PlacePrecision precision, String area, Double latitude, Double longitude) {

    public static final int NAME_MAX = 200;
    public static final String AREA_SEPARATOR = "; ";

    public static Place point(double latitude, double longitude, String name) {
        return new Place(blankToNull(name), PlacePrecision.POINT, null, latitude, longitude);
    }

    /** An area or a country of the gazetteer, at its own precision. */
    public static Place of(GazetteerPlace place, String name) {
        return new Place(blankToNull(name), place.precision(), place.name(), null, null);
    }

    /** A place as stored in columns; null when no precision is stored (no place). */
    public static Place stored(String name, String precision, String area, Double latitude, Double longitude) {
        return precision == null ? null : new Place(name, PlacePrecision.valueOf(precision), area, latitude, longitude);
    }

    /**
     * The place as SQL parameters {@code placeName}, {@code placePrecision}, {@code placeArea}, {@code placeLatitude}
     * and {@code placeLongitude} (all null for no place), for the stores that write entries in SQL.
     */
    public static Map<String, Object> parameters(Place place) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("placeName", place == null ? null : place.name());
        parameters.put("placePrecision", place == null ? null : place.precision().name());
        parameters.put("placeArea", place == null ? null : place.area());
        parameters.put("placeLatitude", place == null ? null : place.latitude());
        parameters.put("placeLongitude", place == null ? null : place.longitude());
        return parameters;
    }

    /** Several areas (or several countries) the source names together. */
    public static Place of(List<GazetteerPlace> places, String name) {
        return new Place(blankToNull(name), places.getFirst().precision(),
                places.stream().map(GazetteerPlace::name).collect(Collectors.joining(AREA_SEPARATOR)), null, null);
    }

    /** The gazetteer names of an area or country place, one or more; empty for a point. */
    public List<String> areas() {
        return area == null ? List.of() : List.of(area.split(AREA_SEPARATOR.strip() + "\\s*"));
    }

    /** The link key: the gazetteer key of an area or country, "10.5,-66.9" for a point. */
    public String key() {
        return precision == PlacePrecision.POINT
                ? coordinate(latitude) + "," + coordinate(longitude)
                : areas().stream().map(Gazetteer::key).collect(Collectors.joining("+"));
    }

    /** "in the Caribbean Sea", "in Mali", "at 10.50° N, 66.90° W": never more precise than it is. English. */
    public String where() {
        return Translations.inEnglish(whereInWords());
    }

    /** The source's name with the precision: "Mali's northern regions (in Mali)", or just {@link #where()}. English. */
    public String describe() {
        return Translations.inEnglish(description());
    }

    /**
     * {@link #where()} for the reader's language ({@code place.where.*}): "en 10,50° N, 66,90° O" in Spanish. The
     * gazetteer's names stay as it gives them.
     */
    public Message whereInWords() {
        return where("place.where.");
    }

    /** {@link #describe()} for the reader's language; the source's name stays as entered. */
    public Message description() {
        return name == null || name.equalsIgnoreCase(area) ? where("place.where-start.")
                : Message.of("place.named", name, whereInWords());
    }

    private Message where(String prefix) {
        return switch (precision) {
            case POINT -> Message.of(prefix + precision.name(), degrees(latitude), hemisphere(latitude, "N", "S"),
                    degrees(longitude), hemisphere(longitude, "E", "W"));
            case AREA, COUNTRY -> Message.of(prefix + precision.name(), listed(areas()));
        };
    }

    /** "A", "A and the B" (areas), "A and B" (countries), in the reader's language. */
    private Object listed(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : Message.of("place.and." + precision.name(), listed(names.subList(0, names.size() - 1)), names.getLast());
    }

    /** Rounded half up to hundredths as always; the language decides the decimal mark. */
    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP);
    }

    private static Message hemisphere(double value, String positive, String negative) {
        return Message.of("place.hemisphere." + (value < 0 ? negative : positive));
    }

    private static String coordinate(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
