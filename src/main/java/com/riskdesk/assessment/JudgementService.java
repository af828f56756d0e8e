package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.CurrentStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trend judgements: staff record, correct (with a reason) and retract (with a reason) them; every change is validated
 * here, kept as a revision with who, when and why, and announced with {@link JudgementsChanged}. The public reads
 * them as known at a moment ({@code asOf}, null for now).
 */
@Service
public class JudgementService {

    public static final int REASON_MAX = 1000;
    /** The most judgements a public read returns (about eight years of monthly judgements). */
    public static final int MAX_PUBLISHED = 100;

    private final TrendJudgementRepository judgements;
    private final JudgementRevisionRepository revisions;
    private final JudgementQueries queries;
    private final MonitorService monitors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JudgementService(TrendJudgementRepository judgements, JudgementRevisionRepository revisions,
                     JudgementQueries queries, MonitorService monitors, ApplicationEventPublisher events,
                     Clock clock) {
        this.judgements = judgements;
        this.revisions = revisions;
        this.queries = queries;
        this.monitors = monitors;
        this.events = events;
        this.clock = clock;
    }

    /** Validates and stores a judgement, stamped with when and by whom; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long record(NewJudgement judgement) {
        validate(judgement);
        Instant now = clock.instant();
        TrendJudgement saved = judgements.save(TrendJudgement.record(judgement, now, actor()));
        keep(saved, JudgementAction.RECORDED, now, null);
        return saved.id();
    }

    /** Replaces a judgement's content; {@code reason} (required) is kept in its history and shown to the public. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void correct(long id, int version, NewJudgement content, String reason) {
        TrendJudgement current = load(id, version);
        if (current.isRetracted()) {
            throw new InvalidJudgementException(Map.of(JudgementRules.REASON, Message.of("judgement.problem.retracted")));
        }
        if (content.monitorId() != current.monitorId()) {
            throw new InvalidJudgementException(Map.of(JudgementRules.PERIOD,
                    Message.of("judgement.problem.other-monitor")));
        }
        String why = reason(reason, "judgement.problem.correct-why");
        validate(content);
        if (content.equals(current.judgement())) {
            throw new InvalidJudgementException(Map.of(JudgementRules.REASON, Message.of("judgement.problem.unchanged")));
        }
        keep(save(current.corrected(content)), JudgementAction.CORRECTED, clock.instant(), why);
    }

    /** Withdraws a judgement from the public side; its history stays. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void retract(long id, int version, String reason) {
        TrendJudgement current = load(id, version);
        if (current.isRetracted()) {
            throw new InvalidJudgementException(Map.of(JudgementRules.REASON, Message.of("judgement.problem.already-retracted")));
        }
        String why = reason(reason, "judgement.problem.retract-why");
        Instant now = clock.instant();
        keep(save(current.retracted(now, why)), JudgementAction.RETRACTED, now, why);
    }

    /** The problems that would stop this judgement being stored, by field; empty when it can be saved. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public Map<String, Message> check(NewJudgement judgement) {
        return monitors.findById(judgement.monitorId())
                .map(monitor -> JudgementRules.problems(judgement, monitor, LocalDate.now(clock)))
                .orElse(Map.of(JudgementRules.PERIOD, Message.of("entry.problem.no-monitor")));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public JudgementDetails find(long id) {
        return judgements.findById(id).map(JudgementDetails::of)
                .orElseThrow(() -> new IllegalArgumentException("No judgement " + id));
    }

    /** Every judgement of a monitor, retracted ones included, latest period first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<JudgementDetails> list(long monitorId) {
        return judgements.findByMonitorId(monitorId).stream()
                .sorted(Comparator.comparing((TrendJudgement j) -> j.content().periodTo())
                        .thenComparing(TrendJudgement::id).reversed())
                .map(JudgementDetails::of)
                .toList();
    }

    /** A judgement's full history, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<JudgementChange> history(long id) {
        List<JudgementChange> history = new ArrayList<>();
        JudgementRevision previous = null;
        for (JudgementRevision revision : revisions.findByTrendJudgementIdOrderByRevisionAsc(id)) {
            history.add(new JudgementChange(id, revision.revision(), revision.action(), revision.changedAt(),
                    revision.changedBy(), revision.reason(),
                    previous == null ? List.of() : JudgementDiff.between(previous.judgement(), revision.judgement())));
            previous = revision;
        }
        return history;
    }

    /** The judgements the public sees at {@code asOf} (null: now), latest period first. */
    @Transactional(readOnly = true)
    public List<PublishedJudgement> published(long monitorId, Instant asOf) {
        return queries.published(monitorId, knownAt(asOf), MAX_PUBLISHED);
    }

    /** The judgement of the latest period the public sees at {@code asOf} (null: now). */
    @Transactional(readOnly = true)
    public Optional<PublishedJudgement> latest(long monitorId, Instant asOf) {
        return queries.published(monitorId, knownAt(asOf), 1).stream().findFirst();
    }

    /** When a monitor's judgements last changed as seen from {@code asOf} (null: now); empty when there are none. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastChange(long monitorId, Instant asOf) {
        return queries.lastChange(monitorId, knownAt(asOf));
    }

    /** Every monitor's judgement of its latest period, as the public sees it now, by monitor id (the overview). */
    @Transactional(readOnly = true)
    public Map<Long, PublishedJudgement> latestOfEachMonitor() {
        return queries.latestOfEach(clock.instant());
    }

    /** When each monitor's judgements last changed, by monitor id; a monitor without judgements is absent. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastChangeOfEachMonitor() {
        return queries.lastChanges(clock.instant());
    }

    private Instant knownAt(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }

    private void validate(NewJudgement judgement) {
        MonitorDetails monitor = monitors.findById(judgement.monitorId())
                .orElseThrow(() -> new InvalidJudgementException(Map.of(JudgementRules.PERIOD,
                        Message.of("entry.problem.no-monitor"))));
        Map<String, Message> problems = JudgementRules.problems(judgement, monitor, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidJudgementException(problems);
        }
    }

    private TrendJudgement load(long id, int version) {
        TrendJudgement current = judgements.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No judgement " + id));
        if (!Objects.equals(current.version(), version)) {
            throw new JudgementConflictException();
        }
        return current;
    }

    private TrendJudgement save(TrendJudgement judgement) {
        try {
            return judgements.save(judgement);
        } catch (OptimisticLockingFailureException e) {
            throw new JudgementConflictException();
        }
    }

    private void keep(TrendJudgement judgement, JudgementAction action, Instant at, String reason) {
        int number = revisions.findByTrendJudgementIdOrderByRevisionAsc(judgement.id()).size() + 1;
        revisions.save(JudgementRevision.of(judgement, number, action, at, actor(), reason));
        events.publishEvent(new JudgementsChanged(judgement.monitorId(), action));
    }

    private static String reason(String reason, String missingKey) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidJudgementException(Map.of(JudgementRules.REASON, Message.of(missingKey)));
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidJudgementException(Map.of(JudgementRules.REASON,
                    Message.of("entry.problem.too-long", REASON_MAX)));
        }
        return reason.strip();
    }

    private static String actor() {
        return CurrentStaff.username().orElse("system");
    }
}
