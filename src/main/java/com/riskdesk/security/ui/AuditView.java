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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The security audit for admins: failed sign-ins per hour over the last day, with a spike called out, and every
 * sign-in and staff account change, newest first.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class AuditView extends Div implements HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final UnorderedList hours = new UnorderedList();
    final Grid<SecurityEvent> grid = new Grid<>(SecurityEvent.class, false);

    AuditView(SecurityAudit audit) {
        addClassName("security-audit");
        FailedSignIns failed = audit.failedSignIns();
        summary.setText(getTranslation("audit.failed-summary", failed.lastHour(), failed.averageBefore())
                + (failed.spike() ? " " + getTranslation("audit.spike") : ""));
        summary.addClassName(failed.spike() ? "audit-spike" : "audit-calm");
        summary.getElement().setAttribute("role", failed.spike() ? "alert" : "status");
        for (int hoursAgo = 0; hoursAgo < failed.perHour().size(); hoursAgo++) {
            long count = failed.perHour().get(hoursAgo);
            if (count > 0) {
                hours.add(new ListItem(hoursAgo == 0 ? getTranslation("audit.last-hour", count)
                        : getTranslation("audit.hours-ago", hoursAgo, hoursAgo + 1, count)));
            }
        }
        hours.setVisible(hours.getComponentCount() > 0);
        StaffDates dates = StaffDates.ofCurrentUser(getLocale());
        grid.addColumn(event -> dates.formatUtcToTheSecond(event.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(event -> getTranslation("audit.kind." + event.kind().name()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::username).setHeader(getTranslation("audit.account")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::actor).setHeader(getTranslation("audit.by")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::address).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("audit.grid"));
        grid.setItems(query -> audit.events(query.getOffset(), query.getLimit()).stream(), query -> audit.count());
        add(new H1(getTranslation("audit.title")), new Anchor("admin/staff", getTranslation("staff.title")),
                new H2(getTranslation("audit.failed")), summary, hours, new H2(getTranslation("audit.events")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
