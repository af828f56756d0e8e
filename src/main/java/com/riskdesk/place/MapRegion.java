package com.riskdesk.place;

import com.riskdesk.base.i18n.RefusedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of the world a monitor's map shows by default: countries and seas of the gazetteer (the box around them
 * with a margin) or bounds typed as "west, south, east, north" in decimal degrees. Kept as {@link #spec()}, the
 * canonical form of what staff typed, so the stored region reads as they chose it ("Gulf of Mexico; Cuba").
 */
public record MapRegion(String spec, List<String> places, double west, double south, double east, double north) {

    public static final int SPEC_MAX = 1000;
    /** The map writer draws between these latitudes (the poles do not project). */
    public static final double LATITUDE_LIMIT = 85;
    private static final double MARGIN = 0.1;
    private static final double MIN_MARGIN = 2;
    private static final Pattern BOUNDS = Pattern.compile("[-+0-9.,;\\s]+");

    public MapRegion {
        places = List.copyOf(places);
    }

    /** The region in a stored or typed form; null for none (blank). Throws {@link RefusedException} when unreadable. */
    public static MapRegion parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > SPEC_MAX) {
            throw new RefusedException("map-region.problem.too-long", SPEC_MAX);
        }
        return BOUNDS.matcher(text).matches() ? bounds(text) : around(text);
    }

    /**
     * A region as stored; null for none, or when a rebuilt gazetteer no longer has one of its places (the map then
     * fits the entries' places, as without a region).
     */
    public static MapRegion stored(String spec) {
        try {
            return parse(spec);
        } catch (IllegalArgumentException gone) {
            return null;
        }
    }

    /** West, south, east, north. */
    public double[] box() {
        return new double[] {west, south, east, north};
    }

    private static MapRegion around(String text) {
        List<GazetteerPlace> found = new ArrayList<>();
        for (String name : text.split(";")) {
            if (!name.isBlank()) {
                found.add(Gazetteer.named(name).orElseThrow(
                        () -> new RefusedException("map-region.problem.unknown", name.strip())));
            }
        }
        double[] box = {180, 90, -180, -90};
        for (GazetteerPlace place : found) {
            box[0] = Math.min(box[0], place.bbox()[0]);
            box[1] = Math.min(box[1], place.bbox()[1]);
            box[2] = Math.max(box[2], place.bbox()[2]);
            box[3] = Math.max(box[3], place.bbox()[3]);
        }
        double marginX = Math.max(MIN_MARGIN, (box[2] - box[0]) * MARGIN);
        double marginY = Math.max(MIN_MARGIN, (box[3] - box[1]) * MARGIN);
        List<String> names = found.stream().map(GazetteerPlace::name).distinct().toList();
        return new MapRegion(String.join("; ", names), names, Math.max(-180, box[0] - marginX),
                Math.max(-LATITUDE_LIMIT, box[1] - marginY), Math.min(180, box[2] + marginX),
                Math.min(LATITUDE_LIMIT, box[3] + marginY));
    }

    private static MapRegion bounds(String text) {
        String[] parts = text.strip().split("\\s*[,;]\\s*|\\s+");
        if (parts.length != 4) {
            throw new RefusedException("map-region.problem.format");
        }
        double[] numbers = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException unreadable) {
                throw new RefusedException("map-region.problem.format");
            }
            boolean longitude = i % 2 == 0;
            double limit = longitude ? 180 : LATITUDE_LIMIT;
            if (!(Math.abs(numbers[i]) <= limit)) {
                throw new RefusedException(longitude ? "map-region.problem.longitude" : "map-region.problem.latitude",
                        parts[i]);
            }
        }
        if (numbers[0] >= numbers[2] || numbers[1] >= numbers[3]) {
            throw new RefusedException("map-region.problem.order");
        }
        String spec = String.join(", ", java.util.Arrays.stream(numbers).mapToObj(MapRegion::plain).toList());
        return new MapRegion(spec, List.of(), numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
