package com.riskdesk.monitor.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.Notices;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.MethodologyService;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Where an admin changes a monitor. Saving sends back the version that was loaded, so a change someone else saved
 * meanwhile is never overwritten: the admin is told and can reload.
 */
@Route("admin/monitors/:slug/edit")
@RolesAllowed("ADMIN")
public class EditMonitorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MonitorService monitors;
    private final MethodologyService methodology;
    private final H1 title = new H1();
    final Button reload = new Button(getTranslation("monitor.reload"));
    MonitorForm form;
    private MonitorDetails monitor;

    EditMonitorView(MonitorService monitors, MethodologyService methodology) {
        this.monitors = monitors;
        this.methodology = methodology;
        addClassName("monitor-editor");
        reload.setVisible(false);
        reload.addClickListener(click -> UI.getCurrent().navigate(EditMonitorView.class,
                new RouteParameters("slug", monitor.slug())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        monitor = monitors.findBySlug(slug).orElse(null);
        if (monitor == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("page.no-monitor", slug));
            return;
        }
        title.setText(getTranslation("monitor.edit-title", monitor.name()));
        form = new MonitorForm();
        form.edit(monitor);
        form.addSaveListener(save -> save(save.definition()));
        form.addCancelListener(cancel -> UI.getCurrent().navigate(MonitorAdminView.class));
        reload.setVisible(false);
        removeAll();
        add(title, reload, form, new MethodologySection(methodology, monitor),
                new DefinitionHistory(monitors.history(monitor.id()), StaffDates.ofCurrentUser(getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitor.edit.page-title");
    }

    private void save(MonitorDefinition definition) {
        try {
            MonitorDetails saved = monitors.update(monitor.id(), monitor.version(), definition);
            Notices.done(getTranslation("monitor.saved", saved.name()));
            UI.getCurrent().navigate(MonitorAdminView.class);
        } catch (MonitorService.ConcurrentChangeException conflict) {
            form.showProblems(List.of(Problems.text(conflict)));
            Notices.error(Problems.text(conflict));
            reload.setVisible(true);
        } catch (IllegalArgumentException refused) {
            form.showProblems(List.of(Problems.text(refused)));
        }
    }
}
