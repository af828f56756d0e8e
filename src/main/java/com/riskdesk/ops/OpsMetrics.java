package com.riskdesk.ops;

import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.live.LiveDashboards;
import com.riskdesk.live.ServerChanges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The app's own figures beside Boot's (HTTP timings, Hikari pool, JVM): open live dashboards and their limit, saved
 * entries by action (counted once committed, by the server that saved them), and failed sign-ins (wrong password, or
 * refused by the throttle).
 * Deliveries to live dashboards are counted by {@link LiveDashboards}, overflow pages by the page's controller.
 */
@Component
class OpsMetrics {

    static final String LIVE_OPEN = "riskdesk.live.dashboards.open";
    static final String LIVE_LIMIT = "riskdesk.live.dashboards.limit";
    static final String SAVES = "riskdesk.entry.saves";
    static final String SIGN_IN_FAILURES = "riskdesk.sign.in.failures";

    private final Map<RevisionAction, Counter> saves = new EnumMap<>(RevisionAction.class);
    private final Counter wrongPassword;
    private final Counter throttled;

    OpsMetrics(MeterRegistry registry, LiveDashboards live) {
        Gauge.builder(LIVE_OPEN, live, LiveDashboards::openDashboards)
                .description("Dashboards open live now").register(registry);
        Gauge.builder(LIVE_LIMIT, live, LiveDashboards::limit)
                .description("Live dashboards allowed at once; past it viewers get the server-written page")
                .register(registry);
        for (RevisionAction action : RevisionAction.values()) {
            saves.put(action, Counter.builder(SAVES).tag("action", action.name().toLowerCase())
                    .description("Entries recorded, corrected or retracted (committed)").register(registry));
        }
        wrongPassword = failures(registry, "bad_credentials");
        throttled = failures(registry, "throttled");
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder(SIGN_IN_FAILURES).tag("reason", reason)
                .description("Failed sign-ins").register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void saved(EntriesChanged change) {
        if (!ServerChanges.fromAnotherServer()) {
            saves.get(change.action()).increment();
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent failure) {
        (failure instanceof AuthenticationFailureLockedEvent ? throttled : wrongPassword).increment();
    }
}
