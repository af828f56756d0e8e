package com.riskdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an anonymous viewer's HTTP session as soon as its last window closes (the browser says so with Vaadin's unload
 * beacon), instead of holding it, and all it references, for the session timeout. After a shared link spreads,
 * thousands of viewers come and go; their memory should go with them. Signed-in staff keep their session.
 */
@Component
class ClosedTabSessions implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addDetachListener(detach -> {
            VaadinSession session = detach.getSession();
            // The UI being removed is still listed while it detaches.
            if (session.getUIs().size() <= 1) {
                session.access(() -> release(session));
            }
        }));
    }

    private static void release(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http != null && session.getUIs().isEmpty()
                && http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
            http.invalidate();
        }
    }
}
