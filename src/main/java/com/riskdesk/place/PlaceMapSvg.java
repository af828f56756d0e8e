package com.riskdesk.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A map of places as inline SVG, written on the server from the shipped gazetteer: no tiles, no script, no request
 * to anyone. Countries in view are drawn as land; each mark is a link ({@code href} from the caller, and
 * {@code data-place} for a page that handles the click itself): areas and countries shaded by how many entries
 * they have, exact points as dots sized by the largest figure. Exact points closer than {@value #CLUSTER_PX} units
 * of the drawing merge into one marker with a count. The view is the monitor's region widened to take in every mark,
 * or, without a region, fits the marks. The selected place ({@code place=}) is outlined, the selected entry's
 * places ({@code entry=}) get a dashed outline of another colour. Every mark has a {@code <title>} and an accessible
 * name; colours follow light and dark schemes.
 */
public final class PlaceMapSvg {

    public static final int WIDTH = 600;
    private static final double PAD = 0.12;
    private static final double MIN_SPAN = 12;
    /** Exact points nearer than this (in the drawing's units, 600 across) are drawn as one marker. */
    public static final double CLUSTER_PX = 14;
    private static final String STYLE = """
            <style>.pm-sea{fill:#dcebf7}.pm-land{fill:#eef0f3;stroke:#b9c0cb;stroke-width:.6}\
            .pm-area{fill:#d7263d;stroke:#a01a2b;stroke-width:.8}.pm-point{fill:#d7263d;stroke:#fff;stroke-width:1.2}\
            .pm-cluster circle{fill:#a01a2b;stroke:#fff;stroke-width:1.5}.pm-cluster text{fill:#fff;font:bold 11px sans-serif}\
            .pm-sel .pm-area,.pm-sel .pm-point,.pm-sel circle{stroke:#111;stroke-width:2.2}a:focus .pm-area,a:focus .pm-point\
            {stroke:#111;stroke-width:2.5}.pm-hl .pm-area,.pm-hl .pm-point,.pm-hl circle{stroke:#1d4ed8;stroke-width:3;\
            stroke-dasharray:6 3}@media (prefers-color-scheme:dark){.pm-sea{fill:#13263a}\
            .pm-land{fill:#2a3342;stroke:#4a5568}.pm-area{fill:#ff6b7d;stroke:#ff9aa6}.pm-point{fill:#ff6b7d;stroke:#151b24}\
            .pm-cluster circle{fill:#ff9aa6;stroke:#151b24}.pm-cluster text{fill:#151b24}\
            .pm-sel .pm-area,.pm-sel .pm-point,.pm-sel circle,a:focus .pm-area,a:focus .pm-point{stroke:#fff}\
            .pm-hl .pm-area,.pm-hl .pm-point,.pm-hl circle{stroke:#93c5fd}}</style>""";

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
     * What is drawn besides the marks. {@code region}: a monitor's region (the map shows it, widened only to take in
     * every mark), or null to fit the marks ({@code fallback} when there are none); {@code selected}: the key of the
     * place chosen in the link, or null; {@code highlighted}: the keys of the selected entry's places.
     */
    public record Drawing(MapRegion region, double[] fallback, String selected, Set<String> highlighted, MapText text) {

        public Drawing {
            highlighted = highlighted == null ? Set.of() : Set.copyOf(highlighted);
            text = text == null ? MapText.ENGLISH : text;
        }
    }

    /**
     * The map of {@code marks}, {@code selected} (a mark's key, or null) outlined; {@code title} names the whole map
     * for assistive technology; {@code href} gives each mark's link. The view fits the marks, or {@code region}.
     */
    public static String write(List<MapMark> marks, String selected, String title, double[] region,
                               Function<String, String> href) {
        return write(marks, new Drawing(null, region, selected, Set.of(), MapText.ENGLISH), title, href);
    }

    public static String write(List<MapMark> marks, Drawing drawing, String title, Function<String, String> href) {
        return new PlaceMapSvg(extent(marks, drawing)).svg(marks, drawing, title, href);
    }

    private static double[] extent(List<MapMark> marks, Drawing drawing) {
        if (marks.isEmpty() && drawing.region() == null) {
            return drawing.fallback();
        }
        double[] box = drawing.region() == null ? new double[] {180, 90, -180, -90} : drawing.region().box();
        for (MapMark mark : marks) {
            double[] b = mark.bbox();
            box[0] = Math.min(box[0], b[0]);
            box[1] = Math.min(box[1], b[1]);
            box[2] = Math.max(box[2], b[2]);
            box[3] = Math.max(box[3], b[3]);
        }
        return box;
    }

    private String svg(List<MapMark> marks, Drawing drawing, String title, Function<String, String> href) {
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
        List<MapMark> areas = marks.stream().filter(mark -> mark.precision() != PlacePrecision.POINT)
                .sorted(Comparator.comparing(mark -> -area(mark))).toList();
        for (MapMark mark : areas) {
            double opacity = 0.25 + 0.45 * mark.entries() / (double) most;
            open(svg, mark, drawing, href);
            svg.append("<path class=\"pm-area\" data-kind=\"area\" fill-rule=\"evenodd\" fill-opacity=\"")
                    .append(num(opacity)).append("\" d=\"").append(path(mark.area())).append("\"/></a>");
        }
        for (List<MapMark> group : clusters(marks)) {
            if (group.size() > 1) {
                cluster(svg, group, drawing);
                continue;
            }
            MapMark mark = group.getFirst();
            double r = 5 + (largest > 0 && mark.largest() != null ? 9 * Math.sqrt(mark.largest() / (double) largest) : 0);
            open(svg, mark, drawing, href);
            svg.append("<circle class=\"pm-point\" data-kind=\"point\" cx=\"").append(num(x(mark.longitude())))
                    .append("\" cy=\"").append(num(y(mark.latitude()))).append("\" r=\"").append(num(r))
                    .append("\"/></a>");
        }
        return svg.append("</svg>").toString();
    }

    /** The link around a mark, with its name, count and precision, and whether it is selected or highlighted. */
    private static void open(StringBuilder svg, MapMark mark, Drawing drawing, Function<String, String> href) {
        boolean highlighted = drawing.highlighted().contains(mark.key());
        MapText words = drawing.text();
        String label = (mark.precision() == PlacePrecision.POINT ? words.text("map.mark", mark.where(), mark.entries())
                : words.text("map.mark.with-precision", mark.where(), mark.entries(),
                        words.text("place.precision." + mark.precision().name())))
                + (highlighted ? "; " + words.text("map.highlighted") : "");
        String classes = (mark.key().equals(drawing.selected()) ? " pm-sel" : "") + (highlighted ? " pm-hl" : "");
        svg.append("<a href=\"").append(escape(href.apply(mark.key()))).append("\" data-place=\"")
                .append(escape(mark.key())).append("\" aria-label=\"").append(escape(label)).append('"')
                .append(classes.isEmpty() ? "" : " class=\"" + classes.strip() + "\"")
                .append(mark.key().equals(drawing.selected()) ? " aria-current=\"true\"" : "")
                .append("><title>").append(escape(label)).append("</title>");
    }

    /**
     * Exact points in groups that lie within {@value #CLUSTER_PX} of the group's first (busiest) point, busiest
     * first: a group of one is drawn as its own dot.
     */
    private List<List<MapMark>> clusters(List<MapMark> marks) {
        List<MapMark> points = marks.stream().filter(mark -> mark.precision() == PlacePrecision.POINT)
                .sorted(Comparator.comparing(MapMark::entries).reversed().thenComparing(MapMark::key)).toList();
        List<List<MapMark>> groups = new ArrayList<>();
        for (MapMark point : points) {
            List<MapMark> near = groups.stream().filter(group -> Math.hypot(
                    x(group.getFirst().longitude()) - x(point.longitude()),
                    y(group.getFirst().latitude()) - y(point.latitude())) < CLUSTER_PX).findFirst().orElse(null);
            if (near == null) {
                groups.add(new ArrayList<>(List.of(point)));
            } else {
                near.add(point);
            }
        }
        return groups;
    }

    /** Several exact points as one marker with their count; not a link (each place is in the table). */
    private void cluster(StringBuilder svg, List<MapMark> group, Drawing drawing) {
        double cx = group.stream().mapToDouble(mark -> x(mark.longitude())).average().orElseThrow();
        double cy = group.stream().mapToDouble(mark -> y(mark.latitude())).average().orElseThrow();
        int entries = group.stream().mapToInt(MapMark::entries).sum();
        boolean selected = group.stream().anyMatch(mark -> mark.key().equals(drawing.selected()));
        boolean highlighted = group.stream().anyMatch(mark -> drawing.highlighted().contains(mark.key()));
        String label = drawing.text().text("map.cluster", group.size(), entries)
                + (highlighted ? "; " + drawing.text().text("map.highlighted") : "");
        String classes = "pm-cluster" + (selected ? " pm-sel" : "") + (highlighted ? " pm-hl" : "");
        svg.append("<g class=\"").append(classes).append("\" data-kind=\"cluster\" data-count=\"")
                .append(group.size()).append("\" data-places=\"")
                .append(escape(String.join(" ", group.stream().map(MapMark::key).toList())))
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title><circle cx=\"").append(num(cx)).append("\" cy=\"")
                .append(num(cy)).append("\" r=\"").append(num(9 + 2 * Math.log(group.size()))).append("\"/>")
                .append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 4))
                .append("\" text-anchor=\"middle\" aria-hidden=\"true\">").append(group.size()).append("</text></g>");
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
