package com.riskdesk.monitor.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.Notices;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Where an admin adds a region or situation to follow. */
@Route("admin/monitors/new")
@RolesAllowed("ADMIN")
public class NewMonitorView extends Div implements HasDynamicTitle {

    final MonitorForm form = new MonitorForm();

    NewMonitorView(MonitorService monitors) {
        addClassName("monitor-editor");
        form.addSaveListener(save -> {
            try {
                MonitorDetails created = monitors.create(save.definition());
                Notices.done(getTranslation("monitor.added", created.name()));
                UI.getCurrent().navigate(MonitorAdminView.class);
            } catch (IllegalArgumentException refused) {
                form.showProblems(List.of(Problems.text(refused)));
            }
        });
        form.addCancelListener(cancel -> UI.getCurrent().navigate(MonitorAdminView.class));
        add(new H1(getTranslation("monitor.new")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitor.new.page-title");
    }
}
