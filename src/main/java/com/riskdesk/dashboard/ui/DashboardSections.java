package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard's sections (tiles, charts, entries, corrections log) inside the page. Showing a newer reading
 * replaces, in place, only the sections whose data changed: the page keeps its layout and scroll position, and an
 * unchanged chart is not redrawn nor an open popover closed.
 */
class DashboardSections {

    private final HasOrderedComponents page;
    private final DashboardService dashboards;
    private Dashboard shownFigures;
    private Dashboard shownDetails;
    private List<Revision> shownCorrections;
    private Component tiles;
    private Component charts;
    private Component entryList;
    private Component correctionsLog;

    DashboardSections(HasOrderedComponents page, DashboardService dashboards) {
        this.page = page;
        this.dashboards = dashboards;
    }

    void show(Dashboard dashboard, List<Revision> corrections) {
        showFigures(dashboard);
        showDetails(dashboard, corrections);
    }

    /** The tiles: light to send, so a live update can show them first. */
    void showFigures(Dashboard dashboard) {
        if (shownFigures == null || !sameTiles(shownFigures, dashboard)) {
            tiles = swap(tiles, new DashboardTiles(dashboard));
        }
        shownFigures = dashboard;
    }

    /** The charts, entries and corrections log: heavier to send and for the browser to draw. */
    void showDetails(Dashboard dashboard, List<Revision> corrections) {
        if (shownDetails == null || !sameCharts(shownDetails, dashboard)) {
            charts = swap(charts, new DashboardCharts(dashboard));
        }
        // The list reads its own pages, so there is nothing cheap to compare: it is always renewed.
        entryList = swap(entryList, new EntryList(dashboards, dashboard.monitor().id(), dashboard.entryCount(),
                dashboard.snapshot() ? dashboard.readAt() : null));
        if (!corrections.equals(shownCorrections)) {
            correctionsLog = swap(correctionsLog, new CorrectionsLog(corrections));
        }
        shownDetails = dashboard;
        shownCorrections = corrections;
    }

    private Component swap(Component old, Component fresh) {
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
