package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.OverTime;
import com.riskdesk.dashboard.ui.DashboardParameters;
import com.riskdesk.dashboard.ui.DashboardParameters.Chart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Over time" section as the live dashboard draws it, written as inline SVG: running totals per indicator with
 * escalation steps as dashed markers, and the escalation ladder as a step line, for the dates in view. Each chart
 * has its data as a table one click away ({@code <details>}).
 */
final class OverTimeHtml {

    private OverTimeHtml() {
    }

    /** {@code action} is where the form choosing the view goes: the address the reader sees. */
    static void section(StringBuilder html, Dashboard dashboard, DashboardParameters view, String action,
                        PageWords pageWords) {
        LocalDate start = dashboard.chartStart(view.from());
        LocalDate end = dashboard.chartEnd(start, view.to());
        DashboardWords words = pageWords.dashboard();
        html.append("<section class=\"charts\" aria-labelledby=\"over-time\">\n<h2 id=\"over-time\">")
                .append(text(words.text("dashboard.over-time"))).append("</h2>\n");
        ViewForm.form(html, action, view, dashboard.monitor().startDate(), dashboard.today(), pageWords);
        html.append("<p class=\"quiet\">").append(text(words.text("words.html.from-to", words.day(start),
                words.day(end)))).append("</p>\n<div class=\"chart-grid")
                .append(view.chart() == Chart.BOTH ? "" : " single").append("\" id=\"charts-shown\">\n");
        if (view.chart() != Chart.ESCALATION) {
            totals(html, dashboard, start, end, words);
        }
        if (view.chart() != Chart.TOTALS) {
            ladder(html, dashboard, start, end, words);
        }
        html.append("</div>\n</section>\n");
    }

    private static void totals(StringBuilder html, Dashboard dashboard, LocalDate start, LocalDate end,
                               DashboardWords words) {
        OverTime over = new OverTime(dashboard, start, end, words);
        List<IndicatorTile> drawn = over.drawn();
        html.append("<div class=\"chart-panel\">\n<h3>").append(text(over.totalsTitle())).append("</h3>\n");
        Optional<String> summary = over.totalsSummary();
        if (summary.isEmpty()) {
            html.append("<p class=\"chart-empty\">").append(text(over.nothingRecorded())).append("</p>\n</div>\n");
            return;
        }
        List<SvgLineChart.Series> lines = drawn.stream().map(tile -> new SvgLineChart.Series(tile.indicator().name(),
                over.series(tile).stream().map(point -> new SvgLineChart.Point(point.day(),
                        point.value().low(), words.describe(point.value()))).toList())).toList();
        List<SvgLineChart.Marker> markers = over.markers().stream()
                .map(marker -> new SvgLineChart.Marker(marker.day(), marker.label())).toList();
        html.append(new SvgLineChart(start, end, lines, markers, null)
                .svg("chart-counts", words.text("page.chart.totals"), summary.get()));
        legend(html, drawn.stream().map(tile -> tile.indicator().name()).toList());
        List<String> headers = new ArrayList<>(List.of(words.text("dashboard.table.date")));
        drawn.forEach(tile -> headers.add(tile.indicator().name()));
        table(html, words, words.text("dashboard.table.totals"), headers, over.totalsByDate().entrySet().stream()
                .map(row -> prepend(words.day(row.getKey()), row.getValue())).toList());
        html.append("</div>\n");
    }

    private static void ladder(StringBuilder html, Dashboard dashboard, LocalDate start, LocalDate end,
                               DashboardWords words) {
        OverTime over = new OverTime(dashboard, start, end, words);
        html.append("<div class=\"chart-panel\">\n<h3>").append(text(words.ladderChart())).append("</h3>\n");
        Optional<String> summary = over.stepsSummary();
        if (summary.isEmpty()) {
            html.append("<p class=\"chart-empty\">").append(text(over.nothingRecorded())).append("</p>\n</div>\n");
            return;
        }
        List<SvgLineChart.Point> points = over.stepLine().stream()
                .map(step -> new SvgLineChart.Point(step.day(), step.level(), step.label())).toList();
        html.append(new SvgLineChart(start, end, List.of(new SvgLineChart.Series(words.text("dashboard.escalation-step"), points)),
                List.of(), over.ladder()).svg("chart-escalation", words.ladderChart(), summary.get()));
        html.append("<ol class=\"ladder-steps\">\n");
        over.ladder().forEach(step -> html.append("<li>").append(text(step)).append("</li>\n"));
        html.append("</ol>\n");
        table(html, words, words.text("dashboard.table.steps"), List.of(words.text("dashboard.table.date"),
                words.text("dashboard.table.step"), words.text("dashboard.table.reported")),
                over.stepsReached().stream().map(point -> List.of(words.date(point.citation()),
                        over.stepLabel(point.level()), point.citation().headline())).toList());
        html.append("</div>\n");
    }

    private static void legend(StringBuilder html, List<String> names) {
        html.append("<ul class=\"legend\">\n");
        for (int index = 0; index < names.size(); index++) {
            html.append("<li><span class=\"swatch series-").append(index % SvgLineChart.COLOURS + 1)
                    .append("\"></span>").append(text(names.get(index))).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void table(StringBuilder html, DashboardWords words, String caption, List<String> headers,
                              List<List<String>> rows) {
        html.append("<details class=\"chart-data\"><summary>").append(text(words.text("dashboard.show-table")))
                .append("</summary>\n")
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

}
