package com.riskdesk.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The countries and seas shipped in {@code place/gazetteer.json} (built by {@code scripts/gazetteer}: Natural Earth
 * countries, OpenStreetMap sea surface). Read-only reference data, loaded once like the common-password list.
 */
public final class Gazetteer {

    private static final Map<String, GazetteerPlace> PLACES = load();

    private Gazetteer() {
    }

    public static List<GazetteerPlace> all() {
        return List.copyOf(PLACES.values());
    }

    public static Optional<GazetteerPlace> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(PLACES.get(key));
    }

    /** The place with this name (case and accents ignored) or key. */
    public static Optional<GazetteerPlace> named(String name) {
        return name == null ? Optional.empty() : find(key(name));
    }

    /** Places whose name contains the text (case and accents ignored), those starting with it first. */
    public static List<GazetteerPlace> search(String text, int limit) {
        String wanted = fold(text == null ? "" : text.strip());
        return PLACES.values().stream()
                .filter(place -> fold(place.name()).contains(wanted))
                .sorted(Comparator.comparing((GazetteerPlace place) -> !fold(place.name()).startsWith(wanted))
                        .thenComparing(GazetteerPlace::name))
                .limit(Math.max(0, limit))
                .toList();
    }

    /** The link key of a name: "Caribbean Sea" is {@code caribbean-sea}. */
    public static String key(String name) {
        return fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, GazetteerPlace> load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/place/gazetteer.json")) {
            if (in == null) {
                throw new IllegalStateException("place/gazetteer.json is missing from the build");
            }
            Map<String, GazetteerPlace> places = new LinkedHashMap<>();
            for (JsonNode node : JsonMapper.builder().build().readTree(in).get("places")) {
                GazetteerPlace place = new GazetteerPlace(node.get("key").asString(), node.get("name").asString(),
                        PlacePrecision.valueOf(node.get("kind").asString()), numbers(node.get("centroid")),
                        numbers(node.get("bbox")), polygons(node.get("polygons")));
                places.put(place.key(), place);
            }
            return java.util.Collections.unmodifiableMap(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<List<double[]>>> polygons(JsonNode node) {
        return node.valueStream().map(polygon -> polygon.valueStream()
                .map(ring -> ring.valueStream().map(Gazetteer::numbers).toList()).toList()).toList();
    }

    private static double[] numbers(JsonNode node) {
        return node.valueStream().mapToDouble(JsonNode::asDouble).toArray();
    }
}
