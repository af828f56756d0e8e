package com.riskdesk.place;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A map of places as inline SVG, written on the server from the shipped gazetteer: no tiles, no script, no request
 * to anyone. Countries in view are drawn as land; each mark is a link ({@code href} from the caller, and
 * {@code data-place} for a page that handles the click itself): areas and countries shaded by how many entries
 * they have, exact points as dots sized by the largest figure. The view fits the marks (or {@code region} when
 * there are none). Every mark has a {@code <title>} and an accessible name; colours follow light and dark schemes.
 */
public final class PlaceMapSvg {

    public static final int WIDTH = 600;
    private static final double PAD = 0.12;
    private static final double MIN_SPAN = 12;
    private static final String STYLE = """
            <style>.pm-sea{fill:#dcebf7}.pm-land{fill:#eef0f3;stroke:#b9c0cb;stroke-width:.6}\
            .pm-area{fill:#d7263d;stroke:#a01a2b;stroke-width:.8}.pm-point{fill:#d7263d;stroke:#fff;stroke-width:1.2}\
            .pm-sel .pm-area,.pm-sel .pm-point{stroke:#111;stroke-width:2.2}a:focus .pm-area,a:focus .pm-point\
            {stroke:#111;stroke-width:2.5}@media (prefers-color-scheme:dark){.pm-sea{fill:#13263a}\
            .pm-land{fill:#2a3342;stroke:#4a5568}.pm-area{fill:#ff6b7d;stroke:#ff9aa6}.pm-point{fill:#ff6b7d;stroke:#151b24}\
            .pm-sel .pm-area,.pm-sel .pm-point,a:focus .pm-area,a:focus .pm-point{stroke:#fff}}</style>""";

    private final double west;
    private final double south;
    private final double east;
    private final double north;
    private final double xScale;
    private final int height;

    private PlaceMapSvg(double[] box) {
        double midLat = Math.toRadians((box[1] + box[3]) / 2);
        this.xScale = Math.max(0.2, Math.cos(midLat));
        double spanX = Math.max(box[2] - box[0], MIN_SPAN);
        double spanY = Math.max(box[3] - box[1], MIN_SPAN / 2);
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        this.west = cx - spanX * (0.5 + PAD);
        this.east = cx + spanX * (0.5 + PAD);
        this.south = Math.max(-85, cy - spanY * (0.5 + PAD));
        this.north = Math.min(85, cy + spanY * (0.5 + PAD));
        this.height = (int) Math.round(WIDTH * (north - south) / ((east - west) * xScale));
    }

    /**
     * The map of {@code marks}, {@code selected} (a mark's key, or null) outlined; {@code title} names the whole map
     * for assistive technology; {@code href} gives each mark's link.
     */
    public static String write(List<MapMark> marks, String selected, String title, double[] region,
                               Function<String, String> href) {
        return new PlaceMapSvg(extent(marks, region)).svg(marks, selected, title, href);
    }

    private static double[] extent(List<MapMark> marks, double[] region) {
        if (marks.isEmpty()) {
            return region;
        }
        double[] box = {180, 90, -180, -90};
        for (MapMark mark : marks) {
            double[] b = mark.bbox();
            box[0] = Math.min(box[0], b[0]);
            box[1] = Math.min(box[1], b[1]);
            box[2] = Math.max(box[2], b[2]);
            box[3] = Math.max(box[3], b[3]);
        }
        return box;
    }

    private String svg(List<MapMark> marks, String selected, String title, Function<String, String> href) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"place-map\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"group\" aria-label=\"").append(escape(title))
                .append("\">").append(STYLE)
                .append("<rect class=\"pm-sea\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\"/><g class=\"pm-countries\" aria-hidden=\"true\">");
        for (GazetteerPlace country : Gazetteer.all()) {
            if (country.precision() == PlacePrecision.COUNTRY && inView(country.bbox())) {
                svg.append("<path class=\"pm-land\" d=\"").append(path(country)).append("\"/>");
            }
        }
        svg.append("</g>");
        int most = marks.stream().mapToInt(MapMark::entries).max().orElse(1);
        int largest = marks.stream().map(MapMark::largest).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        // Areas first, largest first, so smaller areas and points stay on top and clickable.
        List<MapMark> ordered = marks.stream().sorted(Comparator
                .comparing((MapMark mark) -> mark.precision() == PlacePrecision.POINT)
                .thenComparing(mark -> -area(mark))).toList();
        for (MapMark mark : ordered) {
            String label = mark.where() + ": " + mark.entries() + (mark.entries() == 1 ? " entry" : " entries")
                    + (mark.precision() == PlacePrecision.POINT ? "" : " (" + mark.precision().label() + ")");
            svg.append("<a href=\"").append(escape(href.apply(mark.key()))).append("\" data-place=\"")
                    .append(escape(mark.key())).append("\" aria-label=\"").append(escape(label)).append('"')
                    .append(mark.key().equals(selected) ? " class=\"pm-sel\" aria-current=\"true\"" : "")
                    .append("><title>").append(escape(label)).append("</title>");
            if (mark.precision() == PlacePrecision.POINT) {
                double r = 5 + (largest > 0 && mark.largest() != null ? 9 * Math.sqrt(mark.largest() / (double) largest) : 0);
                svg.append("<circle class=\"pm-point\" data-kind=\"point\" cx=\"").append(num(x(mark.longitude())))
                        .append("\" cy=\"").append(num(y(mark.latitude()))).append("\" r=\"").append(num(r))
                        .append("\"/>");
            } else {
                double opacity = 0.25 + 0.45 * mark.entries() / (double) most;
                svg.append("<path class=\"pm-area\" data-kind=\"area\" fill-rule=\"evenodd\" fill-opacity=\"")
                        .append(num(opacity)).append("\" d=\"").append(path(mark.area())).append("\"/>");
            }
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    private static double area(MapMark mark) {
        double[] b = mark.bbox();
        return (b[2] - b[0]) * (b[3] - b[1]);
    }

    private boolean inView(double[] b) {
        return b[0] <= east && b[2] >= west && b[1] <= north && b[3] >= south;
    }

    private String path(GazetteerPlace place) {
        StringBuilder d = new StringBuilder();
        for (List<List<double[]>> polygon : place.polygons()) {
            for (List<double[]> ring : polygon) {
                for (int i = 0; i < ring.size() - 1; i++) {
                    double[] point = ring.get(i);
                    d.append(i == 0 ? 'M' : 'L').append(num(x(point[0]))).append(' ').append(num(y(point[1])));
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    private double x(double longitude) {
        return (longitude - west) / (east - west) * WIDTH;
    }

    private double y(double latitude) {
        return (north - latitude) / (north - south) * height;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
