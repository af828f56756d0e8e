package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The dashboard's sections (tiles, charts, entries, corrections log) inside the page. Showing a newer reading or
 * another view replaces, in place, only the sections whose data or view changed: the page keeps its layout and scroll
 * position, and an unchanged chart is not redrawn nor an open popover closed.
 */
class DashboardSections {

    private final HasOrderedComponents page;
    private final DashboardService dashboards;
    private final DashboardCharts charts;
    private final LongConsumer selectEntry;
    private final LongConsumer showEntry;
    private Dashboard shownFigures;
    private Dashboard shownDetails;
    private DashboardParameters shownView;
    private List<Revision> shownCorrections;
    private Component tiles;
    private EntryList entryList;
    private Component correctionsLog;

    /**
     * {@code selectEntry} is called with the id of an entry the viewer selects in the list (0: none), {@code showEntry}
     * with one opened from a tile's sources.
     */
    DashboardSections(HasOrderedComponents page, DashboardService dashboards, ChartControls chartControls,
                      LongConsumer selectEntry, LongConsumer showEntry) {
        this.page = page;
        this.dashboards = dashboards;
        this.charts = new DashboardCharts(chartControls);
        this.selectEntry = selectEntry;
        this.showEntry = showEntry;
    }

    void show(Dashboard dashboard, List<Revision> corrections, DashboardParameters view) {
        showFigures(dashboard);
        showDetails(dashboard, corrections, view);
    }

    /** The tiles: light to send, so a live update can show them first. */
    void showFigures(Dashboard dashboard) {
        if (shownFigures == null || !sameTiles(shownFigures, dashboard)) {
            tiles = swap(tiles, new DashboardTiles(dashboard, showEntry));
        }
        shownFigures = dashboard;
    }

    /** The charts, entries and corrections log, for the dates and chart in {@code view}. */
    void showDetails(Dashboard dashboard, List<Revision> corrections, DashboardParameters view) {
        boolean sameDates = shownView != null && Objects.equals(shownView.range(), view.range());
        if (shownDetails == null) {
            page.add(charts);
        }
        if (shownDetails == null || !sameCharts(shownDetails, dashboard) || !sameDates
                || shownView.chart() != view.chart()) {
            charts.show(dashboard, view);
        }
        // The list reads its own pages, so there is nothing cheap to compare: it is always renewed, as long as it was
        // for the same dates, so entries opened with "Show more" stay open through a live update.
        long total = view.range().isAll() ? dashboard.entryCount()
                : dashboards.entryCount(dashboard.monitor().id(), dashboard.asOf(), view.range());
        int keep = entryList != null && sameDates && shownDetails.monitor().id() == dashboard.monitor().id()
                ? entryList.shown() : 0;
        entryList = swap(entryList, new EntryList(dashboards, dashboard.monitor().id(), total,
                dashboard.asOf(), view.range(), view.entry() == null ? 0 : view.entry(), selectEntry)
                .showing(keep));
        if (!corrections.equals(shownCorrections)) {
            correctionsLog = swap(correctionsLog, new CorrectionsLog(corrections));
        }
        shownDetails = dashboard;
        shownView = view;
        shownCorrections = corrections;
    }

    /** Only the selected entry changed: mark it in the list as loaded, keeping the pages the viewer opened. */
    void select(DashboardParameters view) {
        shownView = view;
        if (entryList != null) {
            entryList.markSelected(view.entry() == null ? 0 : view.entry());
        }
    }

    private <T extends Component> T swap(T old, T fresh) {
        if (old == null) {
            page.add(fresh);
        } else {
            page.replace(old, fresh);
        }
        return fresh;
    }

    /** Everything {@link DashboardTiles} draws from. */
    private static boolean sameTiles(Dashboard a, Dashboard b) {
        return a.monitor().equals(b.monitor()) && a.today().equals(b.today()) && a.periodDays() == b.periodDays()
                && a.tiles().equals(b.tiles()) && a.escalation().equals(b.escalation())
                && Objects.equals(a.lastStrike(), b.lastStrike());
    }

    /** Everything {@link DashboardCharts} draws from (its tile figures follow from the series and the day). */
    private static boolean sameCharts(Dashboard a, Dashboard b) {
        return a.monitor().equals(b.monitor()) && a.today().equals(b.today()) && a.series().equals(b.series())
                && a.escalation().reached().equals(b.escalation().reached());
    }
}
