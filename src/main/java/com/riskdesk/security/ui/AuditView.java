package com.riskdesk.security.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.security.FailedSignIns;
import com.riskdesk.security.SecurityAudit;
import com.riskdesk.security.SecurityEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The security audit for admins: failed sign-ins per hour over the last day, with a spike called out, and every
 * sign-in and staff account change, newest first.
 */
@Route("admin/audit")
@PageTitle("Security audit · Staff · Risk Monitor")
@RolesAllowed("ADMIN")
public class AuditView extends Div {

    final Paragraph summary = new Paragraph();
    final UnorderedList hours = new UnorderedList();
    final Grid<SecurityEvent> grid = new Grid<>(SecurityEvent.class, false);

    AuditView(SecurityAudit audit) {
        addClassName("security-audit");
        FailedSignIns failed = audit.failedSignIns();
        summary.setText("Failed sign-ins in the last hour: " + failed.lastHour() + " (hourly average over the day "
                + "before: " + String.format(Locale.ENGLISH, "%.1f", failed.averageBefore()) + ")."
                + (failed.spike() ? " This is a spike: far more failed sign-ins than usual. Check the addresses "
                + "below; sign-in from them is slowed down automatically." : ""));
        summary.addClassName(failed.spike() ? "audit-spike" : "audit-calm");
        summary.getElement().setAttribute("role", failed.spike() ? "alert" : "status");
        for (int hoursAgo = 0; hoursAgo < failed.perHour().size(); hoursAgo++) {
            long count = failed.perHour().get(hoursAgo);
            if (count > 0) {
                hours.add(new ListItem((hoursAgo == 0 ? "Last hour" : hoursAgo + " to " + (hoursAgo + 1)
                        + " hours ago") + ": " + count));
            }
        }
        hours.setVisible(hours.getComponentCount() > 0);
        StaffDates dates = StaffDates.ofCurrentUser(getLocale());
        grid.addColumn(event -> dates.formatUtcToTheSecond(event.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(event -> event.kind().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(SecurityEvent::username).setHeader("Account").setAutoWidth(true);
        grid.addColumn(SecurityEvent::actor).setHeader("By").setAutoWidth(true);
        grid.addColumn(SecurityEvent::address).setHeader("Address").setAutoWidth(true);
        grid.addColumn(SecurityEvent::detail).setHeader("Detail").setFlexGrow(1);
        grid.setAriaLabel("Security events, newest first");
        grid.setItems(query -> audit.events(query.getOffset(), query.getLimit()).stream(), query -> audit.count());
        add(new H1("Security audit"), new Anchor("admin/staff", "Staff accounts"),
                new H2("Failed sign-ins"), summary, hours, new H2("Events"), grid);
    }
}
