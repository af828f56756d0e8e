package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.RiskChart;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SeriesPoint;
import com.riskdesk.entry.DatePrecision;
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
 * away. The section, its {@link ChartControls} and both charts stay on the page; {@link #show} changes their data.
 */
class DashboardCharts extends Section {

    /** The charts shown, the panel of the chart tabs in {@link ChartControls}. */
    static final String PANEL_ID = "charts-shown";

    private final Div grid = new Div();
    private final ChartPanel counts = new ChartPanel("Boats struck and deaths, running totals", "chart-counts");
    private final ChartPanel ladder = new ChartPanel("Escalation ladder", "chart-escalation");

    DashboardCharts(ChartControls controls) {
        addClassName("charts");
        H2 heading = new H2("Over time");
        heading.setId("over-time");
        getElement().setAttribute("aria-labelledby", "over-time");
        grid.addClassName("chart-grid");
        grid.setId(PANEL_ID);
        grid.getElement().setAttribute("role", "tabpanel");
        grid.add(counts, ladder);
        add(heading, controls, grid);
    }

    /**
     * Draws the charts of {@code view} in place: a live update changes the charts' data, not the components that
     * hold them, so what goes to each open dashboard is the new data alone.
     */
    void show(Dashboard dashboard, DashboardParameters view) {
        LocalDate start = dashboard.chartStart(view.from());
        LocalDate end = dashboard.chartEnd(start, view.to());
        grid.getElement().setAttribute("aria-labelledby", "chart-tab-" + view.chart().key);
        grid.setClassName("single", view.chart() != DashboardParameters.Chart.BOTH);
        counts.setVisible(view.chart() != DashboardParameters.Chart.ESCALATION);
        ladder.setVisible(view.chart() != DashboardParameters.Chart.TOTALS);
        if (counts.isVisible()) {
            counts.show(countsPanel(dashboard, start, end));
        }
        if (ladder.isVisible()) {
            ladder.show(ladderPanel(dashboard, start, end));
        }
    }

    private static Drawing countsPanel(Dashboard dashboard, LocalDate start, LocalDate end) {
        List<IndicatorTile> shown = dashboard.tiles().stream().filter(IndicatorTile::hasFigure).toList();
        RiskChart.Spec spec = new RiskChart.Spec(
                shown.stream().map(tile -> new RiskChart.Series(tile.indicator().name(),
                        series(dashboard, tile).stream().map(point -> new RiskChart.Point(point.day().toString(),
                                point.value().low(), point.value().describe())).toList())).toList(),
                markers(dashboard.escalation().reached()),
                null, start.toString(), end.toString());
        List<String> totals = new ArrayList<>();
        for (IndicatorTile tile : shown) {
            SeriesPoint last = SeriesPoint.lastOnOrBefore(series(dashboard, tile), end);
            if (last != null) {
                totals.add(tile.indicator().name() + " " + last.value().describe() + " as of "
                        + DatePrecision.formatDay(last.day()));
            }
        }
        String summary = totals.isEmpty() ? "No figures recorded by " + DatePrecision.formatDay(end) + "."
                : "Running totals from " + DatePrecision.formatDay(start) + " to " + DatePrecision.formatDay(end)
                        + ": " + String.join("; ", totals) + ". Dashed lines mark escalation steps.";

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
        return new Drawing(spec, summary, table, totals.isEmpty() ? nothingBy(dashboard, end) : null);
    }

    private static Drawing ladderPanel(Dashboard dashboard, LocalDate start, LocalDate end) {
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
        RiskChart.Spec spec = new RiskChart.Spec(List.of(new RiskChart.Series("Escalation step", points)), List.of(),
                ladder, start.toString(), end.toString());
        String summary = (byDate.isEmpty() ? "No escalation step reached by " + DatePrecision.formatDay(end) + "."
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
        return new Drawing(spec, summary, table, byDate.isEmpty() ? nothingBy(dashboard, end) : null);
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

    private static String nothingBy(Dashboard dashboard, LocalDate end) {
        return end.equals(dashboard.today()) ? "Nothing recorded yet."
                : "Nothing recorded by " + DatePrecision.formatDay(end) + ".";
    }

    /** What a chart panel shows: the chart, its summary and its data table, or {@code emptyMessage} instead. */
    private record Drawing(RiskChart.Spec spec, String summary, Supplier<NativeTable> table, String emptyMessage) {
    }

    /**
     * A chart with its data table, or a message instead when there is nothing to draw. The table is built when opened:
     * few viewers open it, and every open dashboard would otherwise hold a cell per figure.
     */
    private static final class ChartPanel extends Div {

        private final RiskChart chart = new RiskChart();
        private final Details data = new Details("Show the data as a table");
        private final Paragraph none = new Paragraph();
        private Supplier<NativeTable> table;

        ChartPanel(String title, String chartId) {
            addClassName("chart-panel");
            chart.setId(chartId);
            chart.addClassName("chart");
            data.addClassName("chart-data");
            data.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && data.getContent().findAny().isEmpty()) {
                    data.add(table.get());
                }
            });
            none.addClassName("chart-empty");
            add(new H3(title), none, chart, data);
        }

        void show(Drawing drawing) {
            boolean empty = drawing.emptyMessage() != null;
            none.setVisible(empty);
            none.setText(empty ? drawing.emptyMessage() : "");
            chart.setVisible(!empty);
            data.setVisible(!empty);
            chart.setSpec(drawing.spec());
            chart.setSummary(drawing.summary());
            table = drawing.table();
            data.getContent().toList().forEach(data::remove);
            if (data.isOpened() && !empty) {
                data.add(table.get());
            }
        }
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
