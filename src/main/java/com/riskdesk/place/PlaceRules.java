package com.riskdesk.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What makes a place acceptable, and reading what staff type (a gazetteer name or "latitude, longitude"). */
public final class PlaceRules {

    public static final String FIELD = "place";
    private static final Pattern COORDINATES =
            Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*[,; ]\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*");

    private PlaceRules() {
    }

    /** Problems with a place, keyed {@value #FIELD}; none for no place (a valid answer). */
    public static Map<String, String> problems(Place place) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (place == null) {
            return problems;
        }
        if (place.precision() == null) {
            problems.put(FIELD, "Say how precisely the place is known");
        } else if (place.precision() == PlacePrecision.POINT) {
            rangeProblem(place.latitude(), place.longitude()).ifPresent(problem -> problems.put(FIELD, problem));
        } else {
            for (String area : place.areas()) {
                Optional<GazetteerPlace> known = Gazetteer.named(area);
                if (known.isEmpty()) {
                    problems.put(FIELD, "'" + area + "' is not in the list of countries and seas");
                } else if (known.get().precision() != place.precision()) {
                    problems.put(FIELD, known.get().name() + " is " + withArticle(known.get().precision())
                            + ", not " + withArticle(place.precision()));
                }
            }
            if (place.areas().isEmpty()) {
                problems.put(FIELD, "Name the " + place.precision().label());
            }
        }
        if (place.name() != null && place.name().length() > Place.NAME_MAX) {
            problems.put(FIELD, "The place's name: at most " + Place.NAME_MAX + " characters");
        }
        return problems;
    }

    /**
     * Reads "10.5, -66.9" (decimal degrees, latitude first) as a point, or a gazetteer name as that area or country.
     * Throws {@link IllegalArgumentException} with a message for the person typing.
     */
    public static Place parse(String text, String sourceName) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Type a country or sea, or coordinates like 10.5, -66.9");
        }
        Matcher coordinates = COORDINATES.matcher(text);
        if (coordinates.matches()) {
            double latitude = Double.parseDouble(coordinates.group(1));
            double longitude = Double.parseDouble(coordinates.group(2));
            rangeProblem(latitude, longitude).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            return Place.point(latitude, longitude, sourceName);
        }
        List<GazetteerPlace> areas = new ArrayList<>();
        for (String name : text.split(";")) {
            areas.add(Gazetteer.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "'" + name.strip() + "' is not in the list of countries and seas; pick one from the list"
                            + " or type coordinates like 10.5, -66.9")));
        }
        if (areas.stream().map(GazetteerPlace::precision).distinct().count() > 1) {
            throw new IllegalArgumentException("Name either seas and regions or countries, not both");
        }
        return Place.of(areas, sourceName);
    }

    private static String withArticle(PlacePrecision precision) {
        return (precision == PlacePrecision.AREA ? "an " : "a ") + precision.label();
    }

    private static Optional<String> rangeProblem(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            return Optional.of("An exact point needs both latitude and longitude");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            return Optional.of("Latitude must be between -90 and 90 (decimal degrees, south negative); got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            return Optional.of("Longitude must be between -180 and 180 (decimal degrees, west negative); got " + longitude);
        }
        return Optional.empty();
    }
}
