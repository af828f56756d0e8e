package com.riskdesk.dashboard.ui;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.ui.AddressBar;
import com.riskdesk.base.ui.NativeSelect;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.live.LiveDashboards;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A monitor's dashboard at {@code /monitors/{slug}}: tiles, charts and entries. What the viewer chooses lives
 * in the URL ({@link DashboardParameters}), so a copied link shows the same view. It shows the reading that every
 * viewer of the same view shares ({@link SharedDashboards}); when staff change the monitor, {@link LiveDashboards}
 * hands the change over, the sections that changed are updated in place (by server push) and the change is announced
 * politely, unless the viewer paused live updates.
 */
@Route("monitors/:slug")
@AnonymousAllowed
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PERIOD_ID = "period";

    private final SharedDashboards shared;
    private final DashboardService dashboards;
    private final LiveDashboards live;
    private final Clock clock;
    private final H1 name = new H1();
    private final Paragraph summary = new Paragraph();
    /** A server-written page, not a route: the router must let the browser load it. */
    private final Anchor methodology = new Anchor("", getTranslation("dashboard.methodology"));
    private final NativeSelect period = periodSelect();
    private final LiveUpdatesControl liveControl = new LiveUpdatesControl(this::showWaiting);
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
    private String title = "Risk Monitor";
    private String slug;
    private DashboardParameters parameters = DashboardParameters.DEFAULT;
    private DashboardReading shown;
    private LiveDashboards.Seat seat;

    private DashboardPlaces places;

    /** The map of the entries' places, after the charts (set by Spring after construction). */
    @org.springframework.beans.factory.annotation.Autowired
    void setPlaces(DashboardPlaces places) {
        this.places = places;
    }

    DashboardView(SharedDashboards shared, DashboardService dashboards, LiveDashboards live, Clock clock) {
        this.shared = shared;
        this.dashboards = dashboards;
        this.live = live;
        this.clock = clock;
        this.sections = new DashboardSections(this, dashboards, chartControls,
                id -> choose(parameters.withEntry(id == 0 ? null : id)),
                id -> {
                    choose(parameters.withEntry(id));
                    selectedEntry.scrollIntoView();
                    selectedEntry.focus();
                });
        addClassName("dashboard");
        summary.addClassName("dashboard-summary");
        name.getElement().setAttribute("tabindex", "-1");
        methodology.setId("methodology-link");
        methodology.getElement().setAttribute("router-ignore", true);
        Div heading = new Div(name, summary, methodology);
        heading.addClassName("dashboard-heading");
        NativeLabel periodLabel = new NativeLabel(getTranslation("page.form.compare"));
        periodLabel.setFor(PERIOD_ID);
        Div periodField = new Div(periodLabel, period);
        periodField.addClassName("period-field");
        Div controls = new Div(periodField, liveControl, shareLinks);
        controls.addClassName("dashboard-controls");
        Div header = new Div(heading, controls);
        header.addClassName("dashboard-header");
        add(header, snapshotBanner, announcer, selectedEntry);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        parameters = DashboardParameters.from(event.getLocation().getQueryParameters(), clock);
        Optional<DashboardReading> reading = read(parameters);
        if (reading.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("page.no-monitor", slug));
            return;
        }
        DashboardParameters within = parameters.within(reading.get().dashboard().monitor().startDate());
        if (!within.range().equals(parameters.range())) {
            parameters = within;
            reading = read(parameters);
        }
        reading.ifPresent(this::show);
    }

    private Optional<DashboardReading> read(DashboardParameters view) {
        return shared.reading(slug, view.periodDays(), view.range(), view.asOf());
    }

    private void show(DashboardReading reading) {
        Dashboard dashboard = reading.dashboard();
        boolean otherMonitor = shown == null || shown.dashboard().monitor().id() != dashboard.monitor().id();
        shown = reading;
        title = dashboard.monitor().name() + " · " + getTranslation("app.name");
        name.setText(dashboard.monitor().name());
        summary.setText(dashboard.monitor().summary());
        methodology.setHref(Languages.withLanguage("monitors/" + dashboard.monitor().slug() + "/methodology",
                getLocale()));
        period.setValue(String.valueOf(parameters.periodDays()));
        snapshotBanner.show(dashboard.asOf(),
                parameters.pinnedAt(null).path(dashboard.monitor().slug()));
        liveControl.setVisible(!dashboard.snapshot());
        chartControls.show(parameters, dashboard.monitor().startDate(), dashboard.today());
        showSelectedEntry(dashboard);
        if (places != null) {
            sections.withMap(places, key -> choose(parameters.withPlace(key)));
            places = null;
        }
        sections.show(reading, parameters);
        liveControl.clear();
        if (otherMonitor) {
            announcer.announce("");
        }
        getUI().ifPresent(this::takeSeat);
    }

    private void showSelectedEntry(Dashboard dashboard) {
        Long id = parameters.entry();
        selectedEntry.show(id, id == null ? Optional.empty()
                : dashboards.entry(dashboard.monitor().id(), id, dashboard.asOf()));
    }

    private NativeSelect periodSelect() {
        Map<String, String> options = new LinkedHashMap<>();
        for (int days : DashboardParameters.PERIODS) {
            options.put(String.valueOf(days), days == 365 ? getTranslation("page.year-ago")
                    : getTranslation("page.days-ago", days));
        }
        NativeSelect select = new NativeSelect(options);
        select.setId(PERIOD_ID);
        select.addClassName("period-select");
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && options.containsKey(change.getValue())) {
                choose(parameters.withPeriod(Integer.parseInt(change.getValue())));
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
            showSelectedEntry(shown.dashboard());
            sections.select(chosen);
            return;
        }
        read(chosen).ifPresent(this::show);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        takeSeat(attachEvent.getUI());
    }

    /**
     * Counts this dashboard among the open ones and, for a live view, follows its monitor. A pinned view takes a seat
     * too: it holds as much memory, it just ignores the changes.
     */
    private void takeSeat(UI ui) {
        if (shown == null || seat != null && seat.monitorId() == shown.dashboard().monitor().id()) {
            return;
        }
        leaveSeat();
        seat = live.open(shown.dashboard().monitor().id(), changes -> {
            try {
                ui.access(() -> changed(changes));
            } catch (UIDetachedException closed) {
                // The window is gone; its seat is closed on detach.
            }
        });
    }

    private void leaveSeat() {
        if (seat != null) {
            seat.close();
            seat = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leaveSeat();
        super.onDetach(detachEvent);
    }

    private void changed(LiveDashboards.Changes changes) {
        if (shown == null || shown.dashboard().snapshot()
                || changes.last().monitorId() != shown.dashboard().monitor().id()) {
            return;
        }
        if (liveControl.isLive()) {
            refresh(changes.count() == 1 ? UpdateSummary.what(changes.last(), words())
                    : UpdateSummary.what(changes.count(), words()));
        } else {
            liveControl.hold(changes.count());
        }
    }

    private void showWaiting(int changes) {
        refresh(UpdateSummary.what(changes, words()));
    }

    /** Shows the newest shared reading of the viewer's view and announces what changed. */
    private void refresh(String what) {
        DashboardReading before = shown;
        read(parameters).ifPresent(after -> {
            shown = after;
            sections.show(after, parameters);
            showSelectedEntry(after.dashboard());
            announcer.announce(UpdateSummary.of(before, after, what, clock.instant(), words()));
        });
    }

    private String livePath() {
        return parameters.pinnedAt(null).path(slug);
    }

    /** This exact view: a snapshot keeps its moment; a live view is pinned to now, the moment of copying. */
    private String pinnedPath() {
        return parameters.pinnedAt(parameters.asOf() != null ? parameters.asOf() : clock.instant()).path(slug);
    }

    private DashboardWords words() {
        return DashboardWords.in(getLocale());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
