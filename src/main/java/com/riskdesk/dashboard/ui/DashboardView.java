package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.AddressBar;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.ui.EntryBroadcaster;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Optional;

/**
 * A monitor's dashboard at {@code /monitors/{slug}}: tiles, charts and entries. What the viewer chooses lives
 * in the URL ({@link DashboardParameters}), so a copied link shows the same view. When staff change the monitor's
 * entries, the sections are replaced in place (by server push) and the change is announced politely, unless the
 * viewer paused live updates.
 */
@Route("monitors/:slug")
@AnonymousAllowed
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final EntryService entries;
    private final Clock clock;
    private final H1 name = new H1();
    private final Paragraph summary = new Paragraph();
    private final Select<Integer> period = periodSelect();
    private final LiveUpdatesControl live = new LiveUpdatesControl(this::showWaiting);
    private final SnapshotBanner snapshotBanner = new SnapshotBanner();
    private final ShareLinks shareLinks = new ShareLinks(this::livePath, this::pinnedPath);
    private final LiveRegion announcer = new LiveRegion("dashboard-updates");
    private final SelectedEntry selectedEntry = new SelectedEntry(() -> {
        choose(this.parameters.withEntry(null));
        this.name.getElement().callJsFunction("focus");  // the panel, and its button, are gone
    });
    private final ChartControls chartControls = new ChartControls(chart -> choose(this.parameters.withChart(chart)),
            (from, to) -> choose(this.parameters.withRange(from, to)));
    private final DashboardSections sections;
    private final ChangeFollower follower;
    private String title = "Risk Monitor";
    private String slug;
    private DashboardParameters parameters = DashboardParameters.DEFAULT;
    private Dashboard shown;
    private Dashboard detailsToShow;

    DashboardView(DashboardService dashboards, EntryService entries, EntryBroadcaster broadcaster, Clock clock) {
        this.dashboards = dashboards;
        this.entries = entries;
        this.clock = clock;
        this.sections = new DashboardSections(this, dashboards, chartControls,
                id -> choose(parameters.withEntry(id == 0 ? null : id)),
                id -> {
                    choose(parameters.withEntry(id));
                    selectedEntry.scrollIntoView();
                    selectedEntry.focus();
                });
        this.follower = new ChangeFollower(broadcaster, this::entriesChanged, this::showWaitingDetails);
        addClassName("dashboard");
        summary.addClassName("dashboard-summary");
        name.getElement().setAttribute("tabindex", "-1");
        Div heading = new Div(name, summary);
        heading.addClassName("dashboard-heading");
        Div controls = new Div(period, live, shareLinks);
        controls.addClassName("dashboard-controls");
        Div header = new Div(heading, controls);
        header.addClassName("dashboard-header");
        add(header, snapshotBanner, announcer, selectedEntry);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        parameters = DashboardParameters.from(event.getLocation().getQueryParameters(), clock);
        Optional<Dashboard> dashboard = dashboards.dashboard(slug, parameters.periodDays(), parameters.asOf());
        if (dashboard.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no monitor called \"" + slug + "\".");
            return;
        }
        parameters = parameters.within(dashboard.get().monitor().startDate());
        show(dashboard.get());
    }

    private void show(Dashboard dashboard) {
        boolean otherMonitor = shown == null || shown.monitor().id() != dashboard.monitor().id();
        shown = dashboard;
        title = dashboard.monitor().name() + " · Risk Monitor";
        name.setText(dashboard.monitor().name());
        summary.setText(dashboard.monitor().summary());
        period.setValue(parameters.periodDays());
        snapshotBanner.show(dashboard.asOf(),
                parameters.pinnedAt(null).path(dashboard.monitor().slug()));
        live.setVisible(!dashboard.snapshot());
        chartControls.show(parameters, dashboard.monitor().startDate(), dashboard.today());
        showSelectedEntry(dashboard);
        showSections(dashboard);
        detailsToShow = null;
        live.clear();
        if (otherMonitor) {
            announcer.announce("");
        }
        if (dashboard.snapshot()) {
            follower.stop();
        } else {
            getUI().ifPresent(this::follow);
        }
    }

    private void showSections(Dashboard dashboard) {
        sections.show(dashboard, entries.corrections(dashboard.monitor().id(), CorrectionsLog.SHOWN,
                dashboard.asOf()), parameters);
    }

    private void showSelectedEntry(Dashboard dashboard) {
        Long id = parameters.entry();
        selectedEntry.show(id, id == null ? Optional.empty()
                : dashboards.entry(dashboard.monitor().id(), id, dashboard.asOf()));
    }

    private Select<Integer> periodSelect() {
        Select<Integer> select = new Select<>();
        select.setLabel("Compare with");
        select.setItems(DashboardParameters.PERIODS);
        select.setItemLabelGenerator(days -> days == 365 ? "a year ago" : days + " days ago");
        select.addClassName("period-select");
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(parameters.withPeriod(change.getValue()));
            }
        });
        return select;
    }

    /** Applies a new choice and puts it in the address bar without adding a history entry. */
    private void choose(DashboardParameters chosen) {
        boolean onlySelection = chosen.withEntry(null).equals(parameters.withEntry(null));
        parameters = chosen;
        getUI().ifPresent(ui -> AddressBar.replace(ui, chosen.path(slug)));
        if (onlySelection && shown != null) {
            showSelectedEntry(shown);
            sections.select(chosen);
            return;
        }
        dashboards.dashboard(slug, chosen.periodDays(), chosen.asOf()).ifPresent(this::show);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        follow(attachEvent.getUI());
    }

    private void follow(UI ui) {
        if (shown != null) {
            follower.follow(ui, shown.monitor().id());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        follower.stop();
        super.onDetach(detachEvent);
    }

    private void showWaiting(int changes) {
        refresh(UpdateSummary.what(changes), false);
    }

    private void entriesChanged(EntriesChanged event) {
        if (shown == null || event.monitorId() != shown.monitor().id()) {
            return;
        }
        if (live.isLive()) {
            refresh(UpdateSummary.what(event.action()), true);
        } else {
            live.hold();
        }
    }

    /**
     * Re-reads the dashboard with the viewer's period, shows it and announces what changed. With
     * {@code detailsLater}, only the tiles change now and {@link #showWaitingDetails} shows the rest.
     */
    private void refresh(String what, boolean detailsLater) {
        Dashboard before = shown;
        dashboards.dashboard(slug, parameters.periodDays(), parameters.asOf()).ifPresent(after -> {
            shown = after;
            sections.showFigures(after);
            detailsToShow = after;
            if (!detailsLater) {
                showWaitingDetails();
            }
            announcer.announce(UpdateSummary.of(before, after, what, clock.instant()));
        });
    }

    private void showWaitingDetails() {
        if (detailsToShow != null) {
            sections.showDetails(detailsToShow,
                    entries.corrections(detailsToShow.monitor().id(), CorrectionsLog.SHOWN, detailsToShow.asOf()),
                    parameters);
            showSelectedEntry(detailsToShow);
            detailsToShow = null;
        }
    }

    private String livePath() {
        return parameters.pinnedAt(null).path(slug);
    }

    /** This exact view: a snapshot keeps its moment; a live view is pinned to now, the moment of copying. */
    private String pinnedPath() {
        return parameters.pinnedAt(parameters.asOf() != null ? parameters.asOf() : clock.instant()).path(slug);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
