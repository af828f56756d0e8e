package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The dashboard's sections (tiles, charts, trend judgements, entries, corrections log) inside the page. Showing a newer reading or
 * another view changes, in place, only what differs: a tile whose words changed, the charts when their data or dates
 * did, the entries that are new or changed, the log when it grew. The page keeps its layout and scroll position, an
 * unchanged chart is not redrawn nor an open popover closed, and a live update to thousands of viewers stays small.
 */
class DashboardSections {

    private final HasOrderedComponents page;
    private final DashboardTiles tiles;
    private final DashboardCharts charts;
    private final EntryList entryList;
    private DashboardMap map;
    private final JudgementTimeline judgements = new JudgementTimeline();
    private Dashboard shownCharts;
    private DashboardParameters shownView;
    private List<Revision> shownCorrections;
    private Component correctionsLog;

    /**
     * {@code selectEntry} is called with the id of an entry the viewer selects in the list (0: none), {@code showEntry}
     * with one opened from a tile's sources.
     */
    DashboardSections(HasOrderedComponents page, DashboardService dashboards, ChartControls chartControls,
                      LongConsumer selectEntry, LongConsumer showEntry) {
        this.page = page;
        this.tiles = new DashboardTiles(showEntry);
        this.charts = new DashboardCharts(chartControls);
        this.entryList = new EntryList(dashboards, selectEntry);
    }

    void show(DashboardReading reading, DashboardParameters view) {
        Dashboard dashboard = reading.dashboard();
        if (shownView == null) {
            page.add(tiles, charts, judgements);
            if (map != null) {
                page.add(map);
            }
            page.add(entryList);
        }
        if (map != null) {
            map.show(reading, view, key -> view.withPlace(key).withEntry(null).path(dashboard.monitor().slug()));
        }
        tiles.show(reading);
        judgements.show(reading.judgements());
        boolean sameDates = shownView != null && Objects.equals(shownView.range(), view.range());
        if (shownCharts == null || !sameCharts(shownCharts, dashboard) || !sameDates
                || shownView.chart() != view.chart()) {
            charts.show(dashboard, view);
        }
        entryList.show(reading, view.entry() == null ? 0 : view.entry());
        if (!reading.corrections().equals(shownCorrections)) {
            Component log = new CorrectionsLog(reading.corrections());
            if (correctionsLog == null) {
                page.add(log);
            } else {
                page.replace(correctionsLog, log);
            }
            correctionsLog = log;
        }
        shownCharts = dashboard;
        shownView = view;
        shownCorrections = reading.corrections();
    }

    /** Shows the map of the entries' places after the charts (call before the first show) ({@code select} gets a place key, null for none). */
    void withMap(DashboardPlaces places, java.util.function.Consumer<String> select) {
        map = new DashboardMap(places, select);
    }

    /** Only the selected entry changed: mark it in the list as loaded, keeping the pages the viewer opened. */
    void select(DashboardParameters view) {
        shownView = view;
        entryList.markSelected(view.entry() == null ? 0 : view.entry());
        if (map != null) {
            map.select(view);
        }
    }

    /** Everything {@link DashboardCharts} draws from (its tile figures follow from the series and the day). */
    private static boolean sameCharts(Dashboard a, Dashboard b) {
        return a.monitor().equals(b.monitor()) && a.today().equals(b.today()) && a.series().equals(b.series())
                && a.escalation().reached().equals(b.escalation().reached());
    }
}
