package com.riskdesk.monitor;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.place.MapRegion;
import com.riskdesk.security.CurrentStaff;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitors with their indicators and escalation ladders. Admins define and change them; a change may not
 * take away an indicator or a ladder step that entries refer to, and never overwrites someone else's change.
 */
@Service
public class MonitorService {

    /*
     * Column sizes the domain records do not check themselves (see V1__create_monitor_and_entry_tables.sql).
     * They belong in MonitorDefinition, Indicator and EscalationStep beside the limits already there.
     */
    public static final int MONITOR_NAME_MAX = 120;
    public static final int SUMMARY_MAX = 2000;
    public static final int UNIT_MAX = 40;
    public static final int DESCRIPTION_MAX = 500;
    public static final int MEANING_MAX = 1000;

    private final MonitorRepository monitors;
    private final MonitorRows rows;
    private final MonitorRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonitorService(MonitorRepository monitors, MonitorRows rows, MonitorRevisionRepository revisions,
                   ApplicationEventPublisher events, Clock clock) {
        this.monitors = monitors;
        this.rows = rows;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** Every monitor, by name: four statements whatever their number. */
    @Transactional(readOnly = true)
    public List<MonitorDetails> all() {
        return rows.all().stream().map(MonitorDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MonitorDetails> findBySlug(String slug) {
        if (slug == null || slug.length() > MonitorDefinition.SLUG_MAX) {
            return Optional.empty();
        }
        return monitors.findBySlug(slug).map(MonitorDetails::of);
    }

    @Transactional(readOnly = true)
    public Optional<MonitorDetails> findById(long id) {
        return monitors.findById(id).map(MonitorDetails::of);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MonitorDetails create(MonitorDefinition definition) {
        checkSizes(definition);
        if (monitors.findBySlug(definition.slug()).isPresent()) {
            throw new RefusedException("monitor.problem.slug-taken", definition.slug());
        }
        MonitorDetails created = MonitorDetails.of(monitors.save(Monitor.create(definition)));
        keepHistory(created.id(), DefinitionDiff.created(definition));
        return created;
    }

    /** Every change to a monitor's definition, newest first: who, when, what. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<DefinitionChange> history(long monitorId) {
        return revisions.findByMonitorIdOrderByChangedAtDescIdDesc(monitorId).stream()
                .map(DefinitionChange::of).toList();
    }

    /** Codes of the indicators and kinds that entries use: they can be renamed or hidden, not removed. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public InUse inUse(long monitorId) {
        return new InUse(Set.copyOf(monitors.indicatorCodesInUse(monitorId)),
                Set.copyOf(monitors.kindsInUse(monitorId)));
    }

    /** Indicator and kind codes that entries of a monitor use. */
    public record InUse(Set<String> indicators, Set<String> kinds) {
    }

    /**
     * Replaces a monitor's name, summary, start date, indicators and ladder. {@code version} is the one the admin
     * loaded: if someone saved in between, nothing is written and {@link ConcurrentChangeException} is thrown.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MonitorDetails update(long id, int version, MonitorDefinition definition) {
        checkSizes(definition);
        Monitor current = monitors.findById(id)
                .orElseThrow(() -> new RefusedException("entry.problem.no-monitor"));
        if (current.version() == null || current.version() != version) {
            throw new ConcurrentChangeException();
        }
        if (!current.slug().equals(definition.slug())) {
            throw new RefusedException("monitor.problem.slug-fixed");
        }
        keepIndicatorsInUse(current, definition);
        keepStepsInUse(current, definition);
        keepKindsInUse(current, definition);
        try {
            MonitorDetails saved = MonitorDetails.of(monitors.save(current.updated(definition)));
            List<Message> changes = DefinitionDiff.between(MonitorDetails.of(current).definition(), definition);
            if (!changes.isEmpty()) {
                keepHistory(id, changes);
            }
            events.publishEvent(new MonitorChanged(id));
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private void keepHistory(long monitorId, List<Message> changes) {
        revisions.save(new MonitorRevision(null, monitorId, clock.instant(), CurrentStaff.username().orElse("system"),
                StoredChanges.write(changes)));
    }

    private void keepKindsInUse(Monitor current, MonitorDefinition definition) {
        Set<String> kept = Set.copyOf(definition.kinds().stream().map(EntryKindDefinition::code).toList());
        for (String code : monitors.kindsInUse(current.id())) {
            if (!kept.contains(code)) {
                throw new RefusedException("monitor.problem.kind-in-use", code);
            }
        }
    }

    private void keepIndicatorsInUse(Monitor current, MonitorDefinition definition) {
        Set<String> kept = Set.copyOf(definition.indicators().stream().map(Indicator::code).toList());
        for (String code : monitors.indicatorCodesInUse(current.id())) {
            if (!kept.contains(code)) {
                throw new RefusedException("monitor.problem.indicator-in-use", code);
            }
        }
    }

    /**
     * Entries name a step by its 1-based level, so a step they use must stay at its level. Steps have no identity
     * of their own: a used step counts as removed or moved when the ladder gets shorter than its level, when its
     * name now stands at another level, or when another step's old name now stands at its level. Renaming it in
     * place, and adding steps above the highest used level, stay possible.
     */
    private void keepStepsInUse(Monitor current, MonitorDefinition definition) {
        List<String> before = current.ladder().stream().map(EscalationStep::name).toList();
        List<String> after = definition.ladder().stream().map(EscalationStep::name).toList();
        for (int level : monitors.escalationLevelsInUse(current.id())) {
            int index = level - 1;
            if (index < 0 || index >= before.size()) {
                continue;
            }
            String name = before.get(index);
            boolean stays = index < after.size() && !standsElsewhere(after, name, index)
                    && !standsElsewhere(before, after.get(index), index);
            if (!stays) {
                throw new RefusedException("monitor.problem.step-in-use", level, name);
            }
        }
    }

    private static boolean standsElsewhere(List<String> names, String name, int index) {
        int found = names.indexOf(name);
        return found >= 0 && found != index;
    }

    private static void checkSizes(MonitorDefinition definition) {
        check(definition.name().length() <= MONITOR_NAME_MAX, "monitor.problem.name-length", MONITOR_NAME_MAX);
        check(definition.summary() != null, "monitor.problem.summary-required");
        check(definition.summary().length() <= SUMMARY_MAX, "monitor.problem.summary-length", SUMMARY_MAX);
        for (Indicator indicator : definition.indicators()) {
            check(indicator.unit().length() <= UNIT_MAX, "monitor.problem.unit-length", indicator.code(), UNIT_MAX);
            check(indicator.description() == null || indicator.description().length() <= DESCRIPTION_MAX,
                    "monitor.problem.description-length", indicator.code(), DESCRIPTION_MAX);
        }
        if (definition.mapRegion() != null) {
            // Read again from what is stored: a region is only ever what its spec says.
            MapRegion.parse(definition.mapRegion().spec());
        }
        for (EscalationStep step : definition.ladder()) {
            check(step.meaning().length() <= MEANING_MAX, "monitor.problem.meaning-length", step.name(), MEANING_MAX);
        }
    }

    private static void check(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new RefusedException(key, args);
        }
    }

    /** Someone else saved the monitor since it was loaded; nothing was overwritten. */
    public static class ConcurrentChangeException extends RefusedException {

        public ConcurrentChangeException() {
            super("monitor.edit-conflict");
        }
    }
}
