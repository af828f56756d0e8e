package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.entry.DatePrecision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A line chart over dates as inline SVG, written on the server: one path per series, clipped to the dates shown,
 * dashed vertical markers, and a {@code <title>} on every point and marker so a pointer shows its value without
 * script. With {@code levels} the y axis is that ladder (level 1 is its first name) and lines are drawn as steps.
 * Colours come from the page's palette ({@code --series-n}), so the chart follows light and dark schemes.
 */
final class SvgLineChart {

    /** A value on a day; {@code label} is what a pointer shows ("at least 83"). */
    record Point(LocalDate day, double value, String label) {
    }

    record Series(String name, List<Point> points) {
    }

    record Marker(LocalDate day, String label) {
    }

    static final int COLOURS = 6;
    private static final int WIDTH = 440;
    private static final int HEIGHT = 230;
    private static final int TOP = 16;
    private static final int RIGHT = 12;
    private static final int BOTTOM = 24;
    /** At most this many grid lines above zero. */
    private static final int TICKS = 5;

    private final LocalDate start;
    private final long days;
    private final List<Series> series;
    private final List<Marker> markers;
    private final List<String> levels;
    private final double top;
    private final double step;
    private final int left;

    SvgLineChart(LocalDate start, LocalDate end, List<Series> series, List<Marker> markers, List<String> levels) {
        this.start = start;
        this.days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        this.series = series;
        this.markers = markers;
        this.levels = levels;
        if (levels != null) {
            this.top = Math.max(1, levels.size());
            this.step = 1;
        } else {
            double highest = series.stream().flatMap(line -> line.points().stream()).mapToDouble(Point::value)
                    .max().orElse(0);
            this.step = niceStep(highest / TICKS);
            this.top = Math.max(step, Math.ceil(highest / step) * step);
        }
        this.left = 10 + 7 * Long.toString((long) top).length();
    }

    /** The SVG element; {@code title} names it and {@code description} says what it shows, for screen readers. */
    String svg(String id, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(text(id)).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(text(id))
                .append("-title ").append(text(id)).append("-desc\" preserveAspectRatio=\"xMidYMid meet\">\n")
                .append("<title id=\"").append(text(id)).append("-title\">").append(text(title)).append("</title>\n")
                .append("<desc id=\"").append(text(id)).append("-desc\">").append(text(description)).append("</desc>\n")
                .append("<defs><clipPath id=\"").append(text(id)).append("-plot\"><rect x=\"").append(left)
                .append("\" y=\"").append(TOP - 4).append("\" width=\"").append(WIDTH - RIGHT - left)
                .append("\" height=\"").append(HEIGHT - BOTTOM - TOP + 8).append("\"/></clipPath></defs>\n");
        axes(svg);
        markers(svg);
        svg.append("<g clip-path=\"url(#").append(text(id)).append("-plot)\">\n");
        for (int index = 0; index < series.size(); index++) {
            line(svg, series.get(index), index % COLOURS + 1);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private void axes(StringBuilder svg) {
        svg.append("<g class=\"axis\">\n");
        for (int tick = levels == null ? 0 : 1; tick <= Math.round(top / step); tick++) {
            double value = tick * step;
            String y = number(y(value));
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(y)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
                    .append((long) value).append("</text>\n");
        }
        String base = number(y(0));
        svg.append("<line class=\"baseline\" x1=\"").append(left).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(base).append("\" y2=\"").append(base).append("\"/>\n")
                .append("<text x=\"").append(left).append("\" y=\"").append(HEIGHT - 6).append("\">")
                .append(text(DatePrecision.formatDay(start))).append("</text>\n")
                .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"end\">").append(text(DatePrecision.formatDay(start.plusDays(days))))
                .append("</text>\n</g>\n");
    }

    private void markers(StringBuilder svg) {
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (Marker marker : markers) {
            if (marker.day().isBefore(start) || marker.day().isAfter(start.plusDays(days))) {
                continue;
            }
            double x = x(marker.day());
            svg.append("<g class=\"marker\"><title>").append(text(marker.label())).append(", ")
                    .append(text(DatePrecision.formatDay(marker.day()))).append("</title><line x1=\"")
                    .append(number(x)).append("\" x2=\"").append(number(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(number(y(0))).append("\"/>");
            if (x - lastLabel >= 40 && x <= WIDTH - RIGHT - 20) {
                svg.append("<text x=\"").append(number(x + 2)).append("\" y=\"").append(TOP - 4).append("\">")
                        .append(text(marker.label())).append("</text>");
                lastLabel = x;
            }
            svg.append("</g>\n");
        }
    }

    private void line(StringBuilder svg, Series line, int colour) {
        if (line.points().isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        for (Point point : line.points()) {
            double x = x(point.day());
            double y = y(point.value());
            if (path.isEmpty()) {
                path.append('M').append(number(x)).append(' ').append(number(y));
            } else if (levels != null) {
                path.append(" H").append(number(x)).append(" V").append(number(y));
            } else {
                path.append(" L").append(number(x)).append(' ').append(number(y));
            }
        }
        svg.append("<path class=\"series series-").append(colour).append("\" data-series=\"")
                .append(text(line.name())).append("\" d=\"").append(path).append("\"><title>")
                .append(text(line.name())).append("</title></path>\n");
        for (Point point : line.points()) {
            if (point.day().isBefore(start) || point.day().isAfter(start.plusDays(days))) {
                continue;
            }
            svg.append("<circle class=\"point series-").append(colour).append("\" cx=\"").append(number(x(point.day())))
                    .append("\" cy=\"").append(number(y(point.value()))).append("\" r=\"3.5\"><title>")
                    .append(text(line.name())).append(": ").append(text(point.label())).append(", ")
                    .append(text(DatePrecision.formatDay(point.day()))).append("</title></circle>\n");
        }
    }

    private double x(LocalDate day) {
        return left + (double) ChronoUnit.DAYS.between(start, day) / days * (WIDTH - RIGHT - left);
    }

    private double y(double value) {
        return HEIGHT - BOTTOM - value / top * (HEIGHT - BOTTOM - TOP);
    }

    /** 1, 2, 5, 10, 20, 50 … : the smallest at least {@code raw}, and never below 1 (counts are whole). */
    static double niceStep(double raw) {
        double magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
