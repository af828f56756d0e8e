package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.EntryService;
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
import java.util.Optional;

/**
 * A monitor's dashboard at {@code /monitors/{slug}}: tiles, charts and entries. What the viewer chooses lives
 * in the URL ({@link DashboardParameters}), so a copied link shows the same view.
 */
@Route("monitors/:slug")
@AnonymousAllowed
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final EntryService entries;
    private String title = "Risk Monitor";
    private String slug;
    private DashboardParameters parameters = DashboardParameters.DEFAULT;

    DashboardView(DashboardService dashboards, EntryService entries) {
        this.dashboards = dashboards;
        this.entries = entries;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        parameters = DashboardParameters.from(event.getLocation().getQueryParameters());
        Optional<Dashboard> dashboard = dashboards.dashboard(slug, parameters.periodDays());
        if (dashboard.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no monitor called \"" + slug + "\".");
            return;
        }
        show(dashboard.get());
    }

    private void show(Dashboard dashboard) {
        title = dashboard.monitor().name() + " · Risk Monitor";
        removeAll();
        H1 name = new H1(dashboard.monitor().name());
        Paragraph summary = new Paragraph(dashboard.monitor().summary());
        summary.addClassName("dashboard-summary");
        Div heading = new Div(name, summary);
        heading.addClassName("dashboard-heading");
        Div header = new Div(heading, periodSelect());
        header.addClassName("dashboard-header");
        add(header, new DashboardTiles(dashboard), new DashboardCharts(dashboard),
                new EntryList(dashboards, dashboard.monitor().id(), dashboard.entryCount()),
                new CorrectionsLog(entries.corrections(dashboard.monitor().id(), CorrectionsLog.SHOWN)));
    }

    private Select<Integer> periodSelect() {
        Select<Integer> period = new Select<>();
        period.setLabel("Compare with");
        period.setItems(DashboardParameters.PERIODS);
        period.setItemLabelGenerator(days -> days == 365 ? "a year ago" : days + " days ago");
        period.setValue(parameters.periodDays());
        period.addClassName("period-select");
        period.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(new DashboardParameters(change.getValue()));
            }
        });
        return period;
    }

    /** Applies a new choice and puts it in the address bar without adding a history entry. */
    private void choose(DashboardParameters chosen) {
        parameters = chosen;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("monitors/" + slug, chosen.toQuery())));
        dashboards.dashboard(slug, chosen.periodDays()).ifPresent(this::show);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
