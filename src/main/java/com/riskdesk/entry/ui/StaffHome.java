package com.riskdesk.entry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** {@code /admin}, the staff home: the entries screen, where staff spend most of their time. */
@Route("admin")
@RolesAllowed("EDITOR")
public class StaffHome extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(EntryAdminView.class, event.getLocation().getQueryParameters());
    }
}
