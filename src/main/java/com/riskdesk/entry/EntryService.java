package com.riskdesk.entry;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.CurrentStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, correcting and retracting entries. Every change is validated here (whatever the form checked),
 * kept as a revision with who, when and why, and announced with {@link EntriesChanged} once committed.
 */
@Service
public class EntryService {

    public static final int REASON_MAX = 1000;

    private final EntryRepository entries;
    private final EntryRevisionRepository revisions;
    private final EntryQueries queries;
    private final MonitorService monitors;
    private final ApplicationEventPublisher events;
    private final DayRollup rollup;
    private final Clock clock;

    EntryService(EntryRepository entries, EntryRevisionRepository revisions, EntryQueries queries,
                 MonitorService monitors, ApplicationEventPublisher events, DayRollup rollup, Clock clock) {
        this.rollup = rollup;
        this.entries = entries;
        this.revisions = revisions;
        this.queries = queries;
        this.monitors = monitors;
        this.events = events;
        this.clock = clock;
    }

    /** Validates and stores an entry, stamped with the time it was recorded and by whom; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long record(NewEntry entry) {
        return record(entry, null);
    }

    /** As {@link #record(NewEntry)}, keeping {@code note} (e.g. why staff confirmed an unusual figure) in its history. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long record(NewEntry entry, String note) {
        checkReason(note, false);
        validate(entry);
        Instant now = clock.instant();
        Entry saved = entries.save(Entry.record(entry, now, actor()));
        rollup.refresh(saved.monitorId(), List.of(saved.occurredOn()));
        keep(saved, RevisionAction.RECORDED, now, blankToNull(note));
        return saved.id();
    }

    /**
     * Replaces an entry's content. {@code version} is the one the editor loaded: if someone saved in between,
     * nothing is written and {@link EditConflictException} is thrown.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void correct(long id, int version, NewEntry content, String note) {
        Entry current = load(id, version);
        if (content.monitorId() != current.monitorId()) {
            throw new InvalidEntryException(Map.of("monitorId", Message.of("entry.problem.other-monitor")));
        }
        checkReason(note, false);
        validate(content);
        Entry corrected = save(current.corrected(content));
        rollup.refresh(corrected.monitorId(), List.of(current.occurredOn(), corrected.occurredOn()));
        keep(corrected, RevisionAction.CORRECTED, clock.instant(), blankToNull(note));
    }

    /** Withdraws an entry from the figures; it stays visible, with the reason, in the corrections log. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void retract(long id, int version, String reason) {
        Entry current = load(id, version);
        if (current.isRetracted()) {
            throw new InvalidEntryException(Map.of("reason", Message.of("entry.problem.already-retracted")));
        }
        checkReason(reason, true);
        Instant now = clock.instant();
        Entry retracted = save(current.retracted(now, reason.strip()));
        rollup.refresh(retracted.monitorId(), List.of(retracted.occurredOn()));
        keep(retracted, RevisionAction.RETRACTED, now, reason.strip());
    }

    /** The problems that would stop this entry being stored, by field; empty when it can be saved. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public Map<String, Message> check(NewEntry entry) {
        return monitors.findById(entry.monitorId())
                .map(monitor -> EntryRules.problems(entry, monitor, LocalDate.now(clock)))
                .orElse(Map.of("monitorId", Message.of("entry.problem.no-monitor")));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public EntryDetails find(long id) {
        return entries.findById(id).map(EntryDetails::of)
                .orElseThrow(() -> new IllegalArgumentException("No entry " + id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<EntrySummary> search(EntryFilter filter, int offset, int limit) {
        return queries.page(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public long count(EntryFilter filter) {
        return queries.count(filter);
    }

    /** An entry's full history, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<Revision> history(long entryId) {
        return describe(revisions.findByEntryIdOrderByRevisionAsc(entryId));
    }

    /** The corrections log as it stood at {@code asOf} (null: now). */
    @Transactional(readOnly = true)
    public List<Revision> corrections(long monitorId, int limit, Instant asOf) {
        return corrections(monitorId, limit).stream()
                .filter(revision -> asOf == null || !revision.changedAt().isAfter(asOf))
                .toList();
    }

    /** The public corrections log of a monitor: corrections and retractions, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> corrections(long monitorId, int limit) {
        List<Revision> log = new ArrayList<>();
        for (long entryId : revisions.correctedEntries(monitorId, Math.max(1, Math.min(limit, 200)))) {
            describe(revisions.findByEntryIdOrderByRevisionAsc(entryId)).stream()
                    .filter(revision -> revision.action() != RevisionAction.RECORDED)
                    .forEach(log::add);
        }
        log.sort((a, b) -> b.changedAt().compareTo(a.changedAt()));
        return log.size() > limit ? log.subList(0, limit) : log;
    }

    private List<Revision> describe(List<EntryRevision> history) {
        List<Revision> described = new ArrayList<>();
        EntryRevision previous = null;
        for (EntryRevision revision : history) {
            List<FieldChange> changes = previous == null ? List.of()
                    : EntryDiff.between(content(previous), content(revision));
            described.add(new Revision(revision.entryId(), revision.content().headline(), revision.revision(),
                    revision.action(), revision.changedAt(), revision.changedBy(), revision.reason(), changes));
            previous = revision;
        }
        return described;
    }

    private static NewEntry content(EntryRevision revision) {
        EntryRevision.NewEntryColumns columns = revision.content();
        return new NewEntry(revision.monitorId(), EntryKind.valueOf(columns.kind()), columns.occurredOn(), columns.datePrecision(),
                columns.escalationLevel(), columns.headline(), columns.source(), columns.confidence(),
                columns.notes(), revision.entryFigures(), columns.place());
    }

    private void validate(NewEntry entry) {
        MonitorDetails monitor = monitors.findById(entry.monitorId())
                .orElseThrow(() -> new InvalidEntryException(Map.of("monitorId", Message.of("entry.problem.no-monitor"))));
        Map<String, Message> problems = EntryRules.problems(entry, monitor, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    private Entry load(long id, int version) {
        Entry current = entries.findById(id).orElseThrow(() -> new IllegalArgumentException("No entry " + id));
        if (current.version() != version) {
            throw new EditConflictException();
        }
        return current;
    }

    private Entry save(Entry entry) {
        try {
            return entries.save(entry);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException();
        }
    }

    private void keep(Entry entry, RevisionAction action, Instant at, String reason) {
        int number = revisions.findByEntryIdOrderByRevisionAsc(entry.id()).size() + 1;
        revisions.save(EntryRevision.of(entry, number, action, at, actor(), reason));
        events.publishEvent(new EntriesChanged(entry.monitorId(), entry.id(), action));
    }

    private static void checkReason(String reason, boolean required) {
        if (required && (reason == null || reason.isBlank())) {
            throw new InvalidEntryException(Map.of("reason", Message.of("entry.problem.retract-reason")));
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new InvalidEntryException(Map.of("reason", Message.of("entry.problem.too-long", REASON_MAX)));
        }
    }

    private static String actor() {
        return CurrentStaff.username().orElse("system");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
