package com.riskdesk.monitor.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Admins' list of monitors, with a way to add one and to edit each. */
@Route("admin/monitors")
@RolesAllowed("ADMIN")
public class MonitorAdminView extends Div implements HasDynamicTitle {

    final Grid<MonitorDetails> grid = new Grid<>(MonitorDetails.class, false);

    MonitorAdminView(MonitorService monitors) {
        addClassName("monitor-admin");
        Button add = new Button(getTranslation("monitor.new"),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NewMonitorView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(add);
        actions.addClassName("admin-actions");

        grid.addColumn(MonitorDetails::name).setHeader(getTranslation("monitor.indicator.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(MonitorDetails::slug).setHeader(getTranslation("monitor.slug")).setKey("slug").setAutoWidth(true);
        StaffDates dates = StaffDates.ofCurrentUser(getLocale());
        grid.addColumn(monitor -> dates.format(monitor.startDate())).setHeader(getTranslation("monitor.start-date"))
                .setKey("start").setAutoWidth(true);
        grid.addColumn(MonitorAdminView::indicatorCount).setHeader(getTranslation("monitor.indicators")).setKey("indicators")
                .setAutoWidth(true);
        grid.addColumn(MonitorAdminView::stepCount).setHeader(getTranslation("monitor.ladder-steps")).setKey("steps").setAutoWidth(true);
        grid.addComponentColumn(this::editLink).setHeader(getTranslation("staff.actions")).setKey("actions")
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("layout.monitors"));
        grid.setAllRowsVisible(true);

        // A handful of monitors at most: loading them all is fine here, unlike entries.
        List<MonitorDetails> all = monitors.all();
        grid.setItems(all);
        add(new H1(getTranslation("layout.monitors")), actions);
        add(all.isEmpty() ? new Paragraph(getTranslation("monitor.none")) : grid);
    }

    private static int indicatorCount(MonitorDetails monitor) {
        return monitor.indicators().size();
    }

    private static int stepCount(MonitorDetails monitor) {
        return monitor.ladder().size();
    }

    private RouterLink editLink(MonitorDetails monitor) {
        RouterLink link = new RouterLink(getTranslation("monitor.edit"), EditMonitorView.class,
                new RouteParameters("slug", monitor.slug()));
        link.getElement().setAttribute("aria-label", getTranslation("monitor.edit-named", monitor.name()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitor.admin.page-title");
    }
}
