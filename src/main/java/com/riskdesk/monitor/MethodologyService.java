package com.riskdesk.monitor;

import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.security.CurrentStaff;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor-specific parts of a monitor's methodology page. Anyone may read them (the page is public); admins
 * change them, and a change someone else saved since the admin loaded them is never overwritten.
 */
@Service
public class MethodologyService {

    private final MethodologyRepository methodologies;
    private final MonitorRepository monitors;
    private final Clock clock;

    MethodologyService(MethodologyRepository methodologies, MonitorRepository monitors, Clock clock) {
        this.methodologies = methodologies;
        this.monitors = monitors;
        this.clock = clock;
    }

    /** What staff wrote for the monitor, empty parts if nothing yet; and the version to hand back on saving. */
    @Transactional(readOnly = true)
    public Versioned notes(long monitorId) {
        return methodologies.findById(monitorId)
                .map(found -> new Versioned(found.notes(), found.version()))
                .orElse(new Versioned(MethodologyNotes.NONE, Versioned.NEVER_SAVED));
    }

    /**
     * Replaces the monitor's methodology text. {@code version} is the one {@link #notes} gave when the admin loaded it
     * ({@link Versioned#NEVER_SAVED} before anything was saved); if someone saved in between, nothing is written.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Versioned update(long monitorId, int version, MethodologyNotes notes) {
        if (notes == null) {
            throw new RefusedException("monitor.problem.methodology-required");
        }
        if (!monitors.existsById(monitorId)) {
            throw new RefusedException("entry.problem.no-monitor");
        }
        MonitorMethodology current = methodologies.findById(monitorId).orElse(null);
        int currentVersion = current == null ? Versioned.NEVER_SAVED : current.version();
        if (currentVersion != version) {
            throw new MonitorService.ConcurrentChangeException();
        }
        try {
            MonitorMethodology saved = methodologies.save(new MonitorMethodology(monitorId, notes.note(),
                    notes.sourcesPolicy(), notes.correctionsPolicy(), clock.instant(),
                    CurrentStaff.username().orElse("system"), current == null ? null : current.version()));
            return new Versioned(saved.notes(), saved.version());
        } catch (OptimisticLockingFailureException e) {
            throw new MonitorService.ConcurrentChangeException();
        }
    }

    /** A monitor's methodology text with the version it was read at. */
    public record Versioned(MethodologyNotes notes, int version) {

        /** The version of a monitor whose methodology text nobody has saved yet (a saved row starts at 0). */
        public static final int NEVER_SAVED = -1;
    }
}
