package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.MonitorOverview;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The start page: every monitor with its current escalation step. */
@Route("")
@PageTitle("Monitors · Risk Monitor")
@AnonymousAllowed
public class MonitorListView extends Div {

    MonitorListView(DashboardService dashboards) {
        addClassName("monitor-list");
        add(new H1("Monitors"));
        List<MonitorOverview> overviews = dashboards.overviews();
        if (overviews.isEmpty()) {
            add(new Paragraph("No monitors yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        overviews.forEach(overview -> list.add(card(overview)));
        add(list);
    }

    private static ListItem card(MonitorOverview overview) {
        Anchor link = new Anchor("monitors/" + overview.monitor().slug(), overview.monitor().name());
        H2 name = new H2(link);
        Paragraph step = new Paragraph(overview.currentStep()
                .map(point -> "Step " + point.level() + " of " + overview.monitor().ladder().size() + ": "
                        + point.stepName() + " (" + point.citation().describeDate() + ")")
                .orElse("No escalation step recorded"));
        step.addClassName("monitor-step");
        Paragraph summary = new Paragraph(overview.monitor().summary());
        summary.addClassName("monitor-summary");
        ListItem card = new ListItem(name, step, summary);
        card.addClassName("monitor-card");
        return card;
    }
}
