package com.riskdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an anonymous viewer's HTTP session soon after its last window closes (the browser says so with Vaadin's unload
 * beacon), instead of holding it, and all it references, for the session timeout. After a shared link spreads,
 * thousands of viewers come and go; their memory should go with them. Signed-in staff keep their session.
 * <p>The session ends {@link #GRACE} after the window closed, not at once: the closing tab's push websocket and
 * requests still in flight arrive just after the beacon, and Vaadin and Atmosphere look the session up to close them
 * (at once, each would log an error for a session already invalidated). A tab reopened in the meantime keeps it.
 */
@Component
class ClosedTabSessions implements VaadinServiceInitListener, DisposableBean {

    static final Duration GRACE = Duration.ofSeconds(5);

    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("closed-tab-sessions").daemon().factory());

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addDetachListener(detach -> {
            VaadinSession session = detach.getSession();
            // The UI being removed is still listed while it detaches.
            if (session.getUIs().size() <= 1) {
                try {
                    later.schedule(() -> session.access(() -> release(session)), GRACE.toMillis(),
                            TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException shuttingDown) {
                    // The server is stopping: its sessions end with it.
                }
            }
        }));
    }

    private static void release(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null || !session.getUIs().isEmpty()) {
            return;
        }
        try {
            if (http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
                http.invalidate();
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile (a sign-out, the session timeout): nothing left to release.
        }
    }

    @Override
    public void destroy() {
        later.shutdownNow();
    }
}
