package com.riskdesk.demo;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
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

    void load() {
        if (monitors.findBySlug(VenezuelaBriefing.SLUG).isPresent()) {
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
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Loaded the demo monitor '{}' from the briefing of {}", VenezuelaBriefing.SLUG,
                VenezuelaBriefing.BRIEFING_DATE);
    }
}
