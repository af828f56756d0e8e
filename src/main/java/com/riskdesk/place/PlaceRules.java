package com.riskdesk.place;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.RefusedException;
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

    /** Problems with a place, keyed {@value #FIELD}, as codes; none for no place (a valid answer). */
    public static Map<String, Message> problems(Place place) {
        Map<String, Message> problems = new LinkedHashMap<>();
        if (place == null) {
            return problems;
        }
        if (place.precision() == null) {
            problems.put(FIELD, Message.of("place.problem.precision"));
        } else if (place.precision() == PlacePrecision.POINT) {
            rangeProblem(place.latitude(), place.longitude()).ifPresent(problem -> problems.put(FIELD, problem));
        } else {
            for (String area : place.areas()) {
                Optional<GazetteerPlace> known = Gazetteer.named(area);
                if (known.isEmpty()) {
                    problems.put(FIELD, Message.of("place.problem.not-listed", area));
                } else if (known.get().precision() != place.precision()) {
                    problems.put(FIELD, Message.of("place.problem.wrong-precision", known.get().name(),
                            withArticle(known.get().precision()), withArticle(place.precision())));
                }
            }
            if (place.areas().isEmpty()) {
                problems.put(FIELD, Message.of("place.problem.name." + place.precision().name()));
            }
        }
        if (place.name() != null && place.name().length() > Place.NAME_MAX) {
            problems.put(FIELD, Message.of("place.problem.name-too-long", Place.NAME_MAX));
        }
        return problems;
    }

    /**
     * Reads "10.5, -66.9" (decimal degrees, latitude first) as a point, or a gazetteer name as that area or country.
     * Throws {@link RefusedException} with a code for the person typing.
     */
    public static Place parse(String text, String sourceName) {
        if (text == null || text.isBlank()) {
            throw new RefusedException("place.problem.empty");
        }
        Matcher coordinates = COORDINATES.matcher(text);
        if (coordinates.matches()) {
            double latitude = Double.parseDouble(coordinates.group(1));
            double longitude = Double.parseDouble(coordinates.group(2));
            rangeProblem(latitude, longitude).ifPresent(problem -> {
                throw new RefusedException(problem);
            });
            return Place.point(latitude, longitude, sourceName);
        }
        List<GazetteerPlace> areas = new ArrayList<>();
        for (String name : text.split(";")) {
            areas.add(Gazetteer.named(name).orElseThrow(() -> new RefusedException("place.problem.pick",
                    name.strip())));
        }
        if (areas.stream().map(GazetteerPlace::precision).distinct().count() > 1) {
            throw new RefusedException("place.problem.mixed");
        }
        return Place.of(areas, sourceName);
    }

    /** "a country", "an area": translated with the message that names it. */
    private static Message withArticle(PlacePrecision precision) {
        return Message.of("place.precision.with-article." + precision.name());
    }

    /** A coordinate as typed ("200.0"), not rounded the way a formatted number would be. */
    private static Optional<Message> rangeProblem(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            return Optional.of(Message.of("place.problem.point-needs-both"));
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            return Optional.of(Message.of("place.problem.latitude", String.valueOf(latitude)));
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            return Optional.of(Message.of("place.problem.longitude", String.valueOf(longitude)));
        }
        return Optional.empty();
    }
}
