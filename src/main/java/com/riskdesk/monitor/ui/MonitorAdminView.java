package com.riskdesk.monitor.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Admins' list of monitors, with a way to add one and to edit each. */
@Route("admin/monitors")
@PageTitle("Monitors · Staff · Risk Monitor")
@RolesAllowed("ADMIN")
public class MonitorAdminView extends Div {

    final Grid<MonitorDetails> grid = new Grid<>(MonitorDetails.class, false);

    MonitorAdminView(MonitorService monitors) {
        addClassName("monitor-admin");
        Button add = new Button("New monitor",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NewMonitorView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(add);
        actions.addClassName("admin-actions");

        grid.addColumn(MonitorDetails::name).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(MonitorDetails::slug).setHeader("Slug").setKey("slug").setAutoWidth(true);
        StaffDates dates = StaffDates.ofCurrentUser(getLocale());
        grid.addColumn(monitor -> dates.format(monitor.startDate())).setHeader("Start date")
                .setKey("start").setAutoWidth(true);
        grid.addColumn(MonitorAdminView::indicatorCount).setHeader("Indicators").setKey("indicators")
                .setAutoWidth(true);
        grid.addColumn(MonitorAdminView::stepCount).setHeader("Ladder steps").setKey("steps").setAutoWidth(true);
        grid.addComponentColumn(MonitorAdminView::editLink).setHeader("Actions").setKey("actions")
                .setAutoWidth(true);
        grid.setAriaLabel("Monitors");
        grid.setAllRowsVisible(true);

        // A handful of monitors at most: loading them all is fine here, unlike entries.
        List<MonitorDetails> all = monitors.all();
        grid.setItems(all);
        add(new H1("Monitors"), actions);
        add(all.isEmpty() ? new Paragraph("No monitors yet. Add the first one.") : grid);
    }

    private static int indicatorCount(MonitorDetails monitor) {
        return monitor.indicators().size();
    }

    private static int stepCount(MonitorDetails monitor) {
        return monitor.ladder().size();
    }

    private static RouterLink editLink(MonitorDetails monitor) {
        RouterLink link = new RouterLink("Edit", EditMonitorView.class, new RouteParameters("slug", monitor.slug()));
        link.getElement().setAttribute("aria-label", "Edit " + monitor.name());
        return link;
    }
}
