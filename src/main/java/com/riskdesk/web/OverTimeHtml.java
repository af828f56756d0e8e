package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SeriesPoint;
import com.riskdesk.dashboard.ui.DashboardParameters;
import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import com.riskdesk.entry.DatePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The "Over time" section as the live dashboard draws it, written as inline SVG: running totals per indicator with
 * escalation steps as dashed markers, and the escalation ladder as a step line, for the dates in view. Each chart
 * has its data as a table one click away ({@code <details>}).
 */
final class OverTimeHtml {

    private OverTimeHtml() {
    }

    /** {@code action} is where the form choosing the view goes: the address the reader sees. */
    static void section(StringBuilder html, Dashboard dashboard, DashboardParameters view, String action) {
        LocalDate start = dashboard.chartStart(view.from());
        LocalDate end = dashboard.chartEnd(start, view.to());
        html.append("<section class=\"charts\" aria-labelledby=\"over-time\">\n<h2 id=\"over-time\">Over time</h2>\n");
        ViewForm.form(html, action, view, dashboard.monitor().startDate(), dashboard.today());
        html                .append("<p class=\"quiet\">").append(text(DatePrecision.formatDay(start))).append(" to ")
                .append(text(DatePrecision.formatDay(end))).append("</p>\n<div class=\"chart-grid")
                .append(view.chart() == Chart.BOTH ? "" : " single").append("\" id=\"charts-shown\">\n");
        if (view.chart() != Chart.ESCALATION) {
            totals(html, dashboard, start, end);
        }
        if (view.chart() != Chart.TOTALS) {
            ladder(html, dashboard, start, end);
        }
        html.append("</div>\n</section>\n");
    }

    private static void totals(StringBuilder html, Dashboard dashboard, LocalDate start, LocalDate end) {
        List<IndicatorTile> shown = dashboard.tiles().stream().filter(IndicatorTile::hasFigure).toList();
        List<String> totals = new ArrayList<>();
        for (IndicatorTile tile : shown) {
            SeriesPoint last = SeriesPoint.lastOnOrBefore(series(dashboard, tile), end);
            if (last != null) {
                totals.add(tile.indicator().name() + " " + last.value().describe() + " as of "
                        + DatePrecision.formatDay(last.day()));
            }
        }
        html.append("<div class=\"chart-panel\">\n<h3>Boats struck and deaths, running totals</h3>\n");
        if (totals.isEmpty()) {
            html.append("<p class=\"chart-empty\">").append(text(nothingBy(dashboard, end))).append("</p>\n</div>\n");
            return;
        }
        List<SvgLineChart.Series> lines = shown.stream().map(tile -> new SvgLineChart.Series(tile.indicator().name(),
                series(dashboard, tile).stream().map(point -> new SvgLineChart.Point(point.day(),
                        point.value().low(), point.value().describe())).toList())).toList();
        String summary = "Running totals from " + DatePrecision.formatDay(start) + " to "
                + DatePrecision.formatDay(end) + ": " + String.join("; ", totals)
                + ". Dashed lines mark escalation steps.";
        html.append(new SvgLineChart(start, end, lines, markers(dashboard.escalation().reached()), null)
                .svg("chart-counts", "Running totals", summary));
        legend(html, shown.stream().map(tile -> tile.indicator().name()).toList());

        Map<LocalDate, List<String>> rows = new TreeMap<>();
        for (int column = 0; column < shown.size(); column++) {
            for (SeriesPoint point : series(dashboard, shown.get(column))) {
                if (!point.day().isBefore(start) && !point.day().isAfter(end)) {
                    rows.computeIfAbsent(point.day(), day -> new ArrayList<>(Collections.nCopies(shown.size(), "–")))
                            .set(column, point.value().describe());
                }
            }
        }
        List<String> headers = new ArrayList<>(List.of("Date"));
        shown.forEach(tile -> headers.add(tile.indicator().name()));
        table(html, "Running totals by date", headers, rows.entrySet().stream()
                .map(row -> prepend(DatePrecision.formatDay(row.getKey()), row.getValue())).toList());
        html.append("</div>\n");
    }

    private static void ladder(StringBuilder html, Dashboard dashboard, LocalDate start, LocalDate end) {
        List<String> ladder = dashboard.monitor().ladder().stream().map(step -> step.name()).toList();
        List<EscalationPoint> byDate = dashboard.escalation().reached().stream()
                .filter(point -> !point.citation().occurredOn().isAfter(end))
                .sorted(Comparator.comparing(point -> point.citation().occurredOn())).toList();
        html.append("<div class=\"chart-panel\">\n<h3>Escalation ladder</h3>\n");
        if (byDate.isEmpty()) {
            html.append("<p class=\"chart-empty\">").append(text(nothingBy(dashboard, end))).append("</p>\n</div>\n");
            return;
        }
        List<SvgLineChart.Point> points = new ArrayList<>();
        int highest = 0;
        for (EscalationPoint point : byDate) {
            highest = Math.max(highest, point.level());
            points.add(stepPoint(point.citation().occurredOn(), highest, ladder));
        }
        points.add(stepPoint(end, highest, ladder));
        String summary = "Escalation steps reached: " + byDate.stream()
                .map(point -> "step " + point.level() + ", " + point.stepName() + ", "
                        + point.citation().describeDate()).collect(Collectors.joining("; ")) + ".";
        html.append(new SvgLineChart(start, end, List.of(new SvgLineChart.Series("Escalation step", points)),
                List.of(), ladder).svg("chart-escalation", "Escalation ladder", summary));
        html.append("<ol class=\"ladder-steps\">\n");
        ladder.forEach(step -> html.append("<li>").append(text(step)).append("</li>\n"));
        html.append("</ol>\n");
        table(html, "Escalation steps by the date first reported", List.of("Date", "Step", "Reported"),
                byDate.stream().map(point -> List.of(point.citation().describeDate(),
                        "Step " + point.level() + " of " + ladder.size() + ": " + point.stepName(),
                        point.citation().headline())).toList());
        html.append("</div>\n");
    }

    /** One marker per date; steps reported on the same date share it ("Steps 2, 4"). */
    private static List<SvgLineChart.Marker> markers(List<EscalationPoint> reached) {
        Map<LocalDate, List<Integer>> byDate = new TreeMap<>();
        reached.forEach(point -> byDate.computeIfAbsent(point.citation().occurredOn(), day -> new ArrayList<>())
                .add(point.level()));
        return byDate.entrySet().stream()
                .map(day -> new SvgLineChart.Marker(day.getKey(), (day.getValue().size() == 1 ? "Step " : "Steps ")
                        + day.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))))
                .toList();
    }

    private static SvgLineChart.Point stepPoint(LocalDate day, int level, List<String> ladder) {
        return new SvgLineChart.Point(day, level, "Step " + level + " of " + ladder.size() + ": " + ladder.get(level - 1));
    }

    private static void legend(StringBuilder html, List<String> names) {
        html.append("<ul class=\"legend\">\n");
        for (int index = 0; index < names.size(); index++) {
            html.append("<li><span class=\"swatch series-").append(index % SvgLineChart.COLOURS + 1)
                    .append("\"></span>").append(text(names.get(index))).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void table(StringBuilder html, String caption, List<String> headers, List<List<String>> rows) {
        html.append("<details class=\"chart-data\"><summary>Show the data as a table</summary>\n")
                .append("<div class=\"table-scroll\"><table class=\"data-table\">\n<caption>").append(text(caption))
                .append("</caption>\n<thead><tr>");
        headers.forEach(header -> html.append("<th scope=\"col\">").append(text(header)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr><th scope=\"row\">").append(text(row.getFirst())).append("</th>");
            row.stream().skip(1).forEach(cell -> html.append("<td>").append(text(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</details>\n");
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> row = new ArrayList<>(List.of(first));
        row.addAll(rest);
        return row;
    }

    private static List<SeriesPoint> series(Dashboard dashboard, IndicatorTile tile) {
        return dashboard.series().getOrDefault(tile.indicator().code(), List.of());
    }

    private static String nothingBy(Dashboard dashboard, LocalDate end) {
        return end.equals(dashboard.today()) ? "Nothing recorded yet."
                : "Nothing recorded by " + DatePrecision.formatDay(end) + ".";
    }
}
