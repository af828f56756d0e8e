package com.riskdesk.demo;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the briefing's monitor once, into an empty store; never touches a monitor that exists. It runs when the context
 * starts, every bean made (migrations done), in a phase before the web server's, so no request ever finds the demo
 * monitor missing; readiness turns UP later still.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo-data", matchIfMissing = false)
class DemoDataLoader implements SmartLifecycle {

    static final String IMPORTER = "briefing-import";
    private static final Duration OTHER_LOAD = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MonitorService monitors;
    private final EntryService entries;
    private final JudgementService judgements;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    DemoDataLoader(MonitorService monitors, EntryService entries, JudgementService judgements,
                   TransactionTemplate transaction) {
        this.monitors = monitors;
        this.entries = entries;
        this.judgements = judgements;
        this.transaction = transaction;
    }

    @Override
    public void start() {
        load();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Well before the web server starts (Boot starts it in a phase near Integer.MAX_VALUE). */
    @Override
    public int getPhase() {
        return 0;
    }

    /**
     * Two servers started at once on one empty database both find no demo monitor and both start loading. The
     * monitor's unique slug settles it: the second insert waits for the first load's transaction, then fails (or,
     * if that one committed already, the service refuses the slug; or, on H2, it stops waiting after the lock
     * timeout), its whole load rolls back, and it waits for the monitor the other server loads. The same on H2 and
     * PostgreSQL, with no lock of either's own.
     */
    void load() {
        if (loaded()) {
            return;
        }
        // Recorded as the briefing import, not as any person: the entries' history says so.
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                IMPORTER, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR"))));
        try {
            transaction.executeWithoutResult(status -> {
                MonitorDetails monitor = monitors.create(VenezuelaBriefing.monitor());
                VenezuelaBriefing.entries(monitor.id()).forEach(entries::record);
                judgements.record(VenezuelaBriefing.judgement(monitor.id()));
            });
        } catch (RuntimeException refused) {
            if (loadedElsewhere()) {
                log.info("Another server loaded the demo monitor '{}' at the same time; using that one",
                        VenezuelaBriefing.SLUG);
                return;
            }
            throw refused;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Loaded the demo monitor '{}' from the briefing of {}", VenezuelaBriefing.SLUG,
                VenezuelaBriefing.BRIEFING_DATE);
    }

    /** Whether the demo monitor is there, or comes within {@link #OTHER_LOAD} (another server's load committing). */
    private boolean loadedElsewhere() {
        long deadline = System.nanoTime() + OTHER_LOAD.toNanos();
        while (!loaded()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean loaded() {
        return monitors.findBySlug(VenezuelaBriefing.SLUG).isPresent();
    }
}
