package com.riskdesk.security.ui;

import com.riskdesk.security.CurrentStaff;
import com.riskdesk.security.StaffAccessRevoked;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open windows of each signed-in staff member, so that when their access is revoked every window they have open
 * on this server closes at once with a message ({@link SignedOutDialog}), pushed without waiting for a click. The
 * session itself is refused at its next request anyway, on every server (StaffSessions).
 */
@Component
class OpenStaffScreens implements VaadinServiceInitListener {

    private final Map<String, Set<UI>> screens = new ConcurrentHashMap<>();
    private final SecurityContextHolderStrategy security;

    OpenStaffScreens(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> CurrentStaff.username(security)
                .ifPresent(username -> track(username, init.getUI())));
    }

    void track(String username, UI ui) {
        screens.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(ui);
        ui.addDetachListener(detach -> screens.computeIfPresent(username, (name, open) -> {
            open.remove(ui);
            return open.isEmpty() ? null : open;
        }));
    }

    /** After the change is committed; also when published outside a transaction. */
    @TransactionalEventListener(fallbackExecution = true)
    void revoked(StaffAccessRevoked event) {
        Set<UI> open = screens.remove(event.username());
        if (open == null) {
            return;
        }
        for (UI ui : open) {
            try {
                ui.access(() -> new SignedOutDialog().open());
            } catch (UIDetachedException gone) {
                // Closed meanwhile: nothing to tell.
            }
        }
    }

    int openScreens(String username) {
        return screens.getOrDefault(username, Set.of()).size();
    }
}
