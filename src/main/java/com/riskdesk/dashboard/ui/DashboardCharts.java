package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.RiskChart;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SeriesPoint;
import com.riskdesk.entry.DatePrecision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "Over time" section: running totals with escalation steps as markers, and the escalation ladder as a step
 * line, over the dates the viewer chose. Each chart has a summary for screen readers and its data as a table one click
 * away. The section and its {@link ChartControls} stay on the page; {@link #show} redraws only the charts.
 */
class DashboardCharts extends Section {

    /** The charts shown, the panel of the chart tabs in {@link ChartControls}. */
    static final String PANEL_ID = "charts-shown";

    private Component grid;

    DashboardCharts(ChartControls controls) {
        addClassName("charts");
        H2 heading = new H2("Over time");
        heading.setId("over-time");
        getElement().setAttribute("aria-labelledby", "over-time");
        add(heading, controls);
    }

    void show(Dashboard dashboard, DashboardParameters view) {
        LocalDate start = dashboard.chartStart(view.from());
        LocalDate end = dashboard.chartEnd(start, view.to());
        Div charts = new Div();
        charts.addClassName("chart-grid");
        charts.setId(PANEL_ID);
        charts.getElement().setAttribute("role", "tabpanel");
        charts.getElement().setAttribute("aria-labelledby", "chart-tab-" + view.chart().key);
        if (view.chart() != DashboardParameters.Chart.ESCALATION) {
            charts.add(countsPanel(dashboard, start, end));
        }
        if (view.chart() != DashboardParameters.Chart.TOTALS) {
            charts.add(ladderPanel(dashboard, start, end));
        }
        if (view.chart() != DashboardParameters.Chart.BOTH) {
            charts.addClassName("single");
        }
        if (grid == null) {
            add(charts);
        } else {
            replace(grid, charts);
        }
        grid = charts;
    }

    private static Component countsPanel(Dashboard dashboard, LocalDate start, LocalDate end) {
        List<IndicatorTile> shown = dashboard.tiles().stream().filter(IndicatorTile::hasFigure).toList();
        RiskChart chart = chart("chart-counts");
        chart.setSpec(new RiskChart.Spec(
                shown.stream().map(tile -> new RiskChart.Series(tile.indicator().name(),
                        series(dashboard, tile).stream().map(point -> new RiskChart.Point(point.day().toString(),
                                point.value().low(), point.value().describe())).toList())).toList(),
                markers(dashboard.escalation().reached()),
                null, start.toString(), end.toString()));
        List<String> totals = new ArrayList<>();
        for (IndicatorTile tile : shown) {
            SeriesPoint last = SeriesPoint.lastOnOrBefore(series(dashboard, tile), end);
            if (last != null) {
                totals.add(tile.indicator().name() + " " + last.value().describe() + " as of "
                        + DatePrecision.formatDay(last.day()));
            }
        }
        chart.setSummary(totals.isEmpty() ? "No figures recorded by " + DatePrecision.formatDay(end) + "."
                : "Running totals from " + DatePrecision.formatDay(start) + " to " + DatePrecision.formatDay(end)
                        + ": " + String.join("; ", totals) + ". Dashed lines mark escalation steps.");

        Supplier<NativeTable> table = () -> {
            NativeTable data = table("Running totals by date",
                    Stream.concat(Stream.of("Date"), shown.stream().map(tile -> tile.indicator().name())).toList());
            Map<LocalDate, List<String>> rows = new TreeMap<>();
            for (int column = 0; column < shown.size(); column++) {
                for (SeriesPoint point : series(dashboard, shown.get(column))) {
                    if (!point.day().isBefore(start) && !point.day().isAfter(end)) {
                        List<String> row = rows.computeIfAbsent(point.day(), day -> blankRow(shown.size()));
                        row.set(column, point.value().describe());
                    }
                }
            }
            NativeTableBody body = new NativeTableBody();
            rows.forEach((day, values) -> body.add(row(DatePrecision.formatDay(day), values)));
            data.add(body);
            return data;
        };
        return panel("Boats struck and deaths, running totals", chart, table,
                totals.isEmpty() ? nothingBy(dashboard, end) : null);
    }

    private static Component ladderPanel(Dashboard dashboard, LocalDate start, LocalDate end) {
        List<String> ladder = dashboard.monitor().ladder().stream().map(step -> step.name()).toList();
        List<RiskChart.Point> points = new ArrayList<>();
        int highest = 0;
        List<EscalationPoint> byDate = dashboard.escalation().reached().stream()
                .filter(point -> !point.citation().occurredOn().isAfter(end))
                .sorted((a, b) -> a.citation().occurredOn().compareTo(b.citation().occurredOn())).toList();
        for (EscalationPoint point : byDate) {
            highest = Math.max(highest, point.level());
            points.add(stepPoint(point.citation().occurredOn(), highest, ladder));
        }
        if (!points.isEmpty()) {
            points.add(stepPoint(end, highest, ladder));
        }
        RiskChart chart = chart("chart-escalation");
        chart.setSpec(new RiskChart.Spec(List.of(new RiskChart.Series("Escalation step", points)), List.of(),
                ladder, start.toString(), end.toString()));
        chart.setSummary(byDate.isEmpty() ? "No escalation step reached by " + DatePrecision.formatDay(end) + "."
                : "Escalation steps reached: " + String.join("; ", byDate.stream()
                        .map(point -> "step " + point.level() + ", " + point.stepName() + ", "
                                + point.citation().describeDate()).toList()) + ".");

        Supplier<NativeTable> table = () -> {
            NativeTable data = table("Escalation steps by the date first reported",
                    List.of("Date", "Step", "Reported"));
            NativeTableBody body = new NativeTableBody();
            byDate.forEach(point -> body.add(row(point.citation().describeDate(),
                    List.of("Step " + point.level() + " of " + ladder.size() + ": " + point.stepName(),
                            point.citation().headline()))));
            data.add(body);
            return data;
        };
        return panel("Escalation ladder", chart, table, byDate.isEmpty() ? nothingBy(dashboard, end) : null);
    }

    /** One marker per date; steps reported on the same date share it ("Steps 2, 4"). */
    private static List<RiskChart.Marker> markers(List<EscalationPoint> reached) {
        Map<LocalDate, List<Integer>> byDate = new TreeMap<>();
        reached.forEach(point -> byDate.computeIfAbsent(point.citation().occurredOn(), day -> new ArrayList<>())
                .add(point.level()));
        return byDate.entrySet().stream()
                .map(day -> new RiskChart.Marker(day.getKey().toString(),
                        (day.getValue().size() == 1 ? "Step " : "Steps ") + day.getValue().stream()
                                .map(String::valueOf).collect(Collectors.joining(", "))))
                .toList();
    }

    private static RiskChart.Point stepPoint(LocalDate day, int level, List<String> ladder) {
        return new RiskChart.Point(day.toString(), level,
                "Step " + level + " of " + ladder.size() + ": " + ladder.get(level - 1));
    }

    private static List<SeriesPoint> series(Dashboard dashboard, IndicatorTile tile) {
        return dashboard.series().getOrDefault(tile.indicator().code(), List.of());
    }

    private static RiskChart chart(String id) {
        RiskChart chart = new RiskChart();
        chart.setId(id);
        chart.addClassName("chart");
        return chart;
    }

    private static String nothingBy(Dashboard dashboard, LocalDate end) {
        return end.equals(dashboard.today()) ? "Nothing recorded yet."
                : "Nothing recorded by " + DatePrecision.formatDay(end) + ".";
    }

    /**
     * A chart with its data table, or {@code emptyMessage} instead when there is nothing to draw. The table is built
     * when first opened: few viewers open it, and every open dashboard would otherwise hold a cell per figure.
     */
    private static Component panel(String title, RiskChart chart, Supplier<NativeTable> table, String emptyMessage) {
        Div panel = new Div();
        panel.addClassName("chart-panel");
        panel.add(new H3(title));
        if (emptyMessage != null) {
            Paragraph none = new Paragraph(emptyMessage);
            none.addClassName("chart-empty");
            panel.add(none);
            return panel;
        }
        Details data = new Details("Show the data as a table");
        data.addClassName("chart-data");
        data.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && data.getContent().findAny().isEmpty()) {
                data.add(table.get());
            }
        });
        panel.add(chart, data);
        return panel;
    }

    private static NativeTable table(String caption, List<String> headers) {
        NativeTableRow head = new NativeTableRow();
        headers.forEach(header -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        NativeTable table = new NativeTable(tableCaption, new NativeTableHeader(head));
        table.addClassName("data-table");
        return table;
    }

    private static NativeTableRow row(String first, List<String> values) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell heading = new NativeTableHeaderCell(first);
        heading.getElement().setAttribute("scope", "row");
        row.add(heading);
        values.forEach(value -> row.add(new NativeTableCell(value)));
        return row;
    }

    private static List<String> blankRow(int size) {
        return new ArrayList<>(Collections.nCopies(size, "–"));
    }
}
