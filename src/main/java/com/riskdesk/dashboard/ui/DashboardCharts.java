package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.RiskChart;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.OverTime;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
    private final DashboardWords words = DashboardWords.in(getLocale());
    private final ChartPanel counts = new ChartPanel(words.totalsChart(List.of()), "chart-counts", words);
    private final ChartPanel ladder = new ChartPanel(words.ladderChart(), "chart-escalation", words);

    DashboardCharts(ChartControls controls) {
        addClassName("charts");
        H2 heading = new H2(getTranslation("dashboard.over-time"));
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
        boolean showCounts = view.chart() != DashboardParameters.Chart.ESCALATION;
        boolean showLadder = view.chart() != DashboardParameters.Chart.TOTALS;
        if (showCounts != counts.getParent().isPresent() || showLadder != ladder.getParent().isPresent()) {
            grid.removeAll();
            if (showCounts) {
                grid.add(counts);
            }
            if (showLadder) {
                grid.add(ladder);
            }
        }
        if (showCounts) {
            counts.setHeading(new OverTime(dashboard, start, end, words).totalsTitle());
            counts.show(countsPanel(dashboard, start, end, words));
        }
        if (showLadder) {
            ladder.show(ladderPanel(dashboard, start, end, words));
        }
    }

    private static Drawing countsPanel(Dashboard dashboard, LocalDate start, LocalDate end, DashboardWords words) {
        OverTime over = new OverTime(dashboard, start, end, words);
        List<IndicatorTile> drawn = over.drawn();
        RiskChart.Spec spec = new RiskChart.Spec(
                drawn.stream().map(tile -> new RiskChart.Series(tile.indicator().name(),
                        over.series(tile).stream().map(point -> new RiskChart.Point(point.day().toString(),
                                point.value().low(), words.describe(point.value()))).toList())).toList(),
                over.markers().stream().map(marker -> new RiskChart.Marker(marker.day().toString(), marker.label()))
                        .toList(),
                null, start.toString(), end.toString());
        Optional<String> summary = over.totalsSummary();
        Supplier<NativeTable> table = () -> {
            NativeTable data = table(words.text("dashboard.table.totals"),
                    Stream.concat(Stream.of(words.text("dashboard.table.date")), drawn.stream().map(tile -> tile.indicator().name())).toList());
            NativeTableBody body = new NativeTableBody();
            over.totalsByDate().forEach((day, values) -> body.add(row(words.day(day), values)));
            data.add(body);
            return data;
        };
        return new Drawing(spec, summary.orElse(words.text("dashboard.no-figures-by", words.day(end))),
                table, summary.isEmpty() ? over.nothingRecorded() : null);
    }

    private static Drawing ladderPanel(Dashboard dashboard, LocalDate start, LocalDate end, DashboardWords words) {
        OverTime over = new OverTime(dashboard, start, end, words);
        RiskChart.Spec spec = new RiskChart.Spec(List.of(new RiskChart.Series(words.text("dashboard.escalation-step"),
                over.stepLine()
                .stream().map(step -> new RiskChart.Point(step.day().toString(), step.level(), step.label()))
                .toList())), List.of(), over.ladder(), start.toString(), end.toString());
        Optional<String> summary = over.stepsSummary();
        Supplier<NativeTable> table = () -> {
            NativeTable data = table(words.text("dashboard.table.steps"), List.of(words.text("dashboard.table.date"),
                    words.text("dashboard.table.step"), words.text("dashboard.table.reported")));
            NativeTableBody body = new NativeTableBody();
            over.stepsReached().forEach(point -> body.add(row(words.date(point.citation()),
                    List.of(over.stepLabel(point.level()), point.citation().headline()))));
            data.add(body);
            return data;
        };
        return new Drawing(spec, summary.orElse(words.text("dashboard.no-step-by", words.day(end))),
                table, summary.isEmpty() ? over.nothingRecorded() : null);
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
        private final Details data = new Details();
        private final Paragraph none = new Paragraph();
        private final H3 title = new H3();
        private Supplier<NativeTable> table;

        ChartPanel(String title, String chartId, DashboardWords words) {
            addClassName("chart-panel");
            data.setSummaryText(words.text("dashboard.show-table"));
            chart.setId(chartId);
            chart.addClassName("chart");
            data.addClassName("chart-data");
            data.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && data.getContent().findAny().isEmpty()) {
                    data.add(table.get());
                }
            });
            none.addClassName("chart-empty");
            this.title.setText(title);
            add(this.title, none, chart, data);
        }

        /** Titles change only with the indicators drawn: setting the same text again sends nothing. */
        void setHeading(String text) {
            if (!text.equals(title.getText())) {
                title.setText(text);
            }
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

}
