package com.riskdesk.dashboard;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.JudgementsChanged;
import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dashboards as viewers see them, computed once per change and shared. A view (monitor, comparison period, dates,
 * pinned moment) is read from the database the first time someone asks for it after a change, or after midnight for
 * a live view ("days since" grows); every other viewer, the embed and the link preview get that same immutable
 * {@link DashboardReading}. Concurrent first requests for one view wait for one reading instead of each starting their
 * own.
 * <p>Any committed change (an entry, a monitor's definition, a trend judgement) makes every reading stale at once: changes are rare next
 * to reads, and a single counter cannot miss a monitor. Once the counter has moved, {@link DashboardChanged} tells the
 * live dashboards, so whatever they read next is the new state.
 */
@Service
public class SharedDashboards {

    /** More distinct views than this (mostly pinned moments) and the oldest readings are dropped. */
    static final int MAX_VIEWS = 2_000;

    private final DashboardService dashboards;
    private final EntryService entries;
    private final JudgementService judgements;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final Map<View, Slot> slots = new ConcurrentHashMap<>();

    SharedDashboards(DashboardService dashboards, EntryService entries, JudgementService judgements,
                     ApplicationEventPublisher events, Clock clock) {
        this.dashboards = dashboards;
        this.entries = entries;
        this.judgements = judgements;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The view of monitor {@code slug}: live when {@code asOf} is null, else as recorded by then. Empty for an
     * unknown monitor.
     *
     * @throws IllegalArgumentException when {@code asOf} is in the future
     */
    public Optional<DashboardReading> reading(String slug, int periodDays, DateRange range, Instant asOf) {
        View view = new View(slug, periodDays, range, asOf);
        if (insideWritingTransaction()) {
            // It would see writes not yet committed: neither share them nor serve it what others saw before them.
            return read(view);
        }
        Slot fresh = new Slot(generation.get(), LocalDate.now(clock), new CompletableFuture<>());
        AtomicReference<Slot> replaced = new AtomicReference<>();
        Slot slot = slots.compute(view, (key, old) -> {
            if (old != null && old.isCurrent(fresh, key)) {
                return old;
            }
            replaced.set(old);
            return fresh;
        });
        if (slot == fresh) {
            read(view, fresh, replaced.get());
        }
        try {
            return slot.reading().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** The tiles and charts alone, for the embed, the link preview and the API's summary. */
    public Optional<Dashboard> dashboard(String slug, int periodDays, Instant asOf) {
        return reading(slug, periodDays, DateRange.ALL, asOf).map(DashboardReading::dashboard);
    }

    /** Counts the changes committed so far: anything read at an older count may be out of date. */
    long generation() {
        return generation.get();
    }

    /** Reads {@code view} into {@code slot}, sharing what did not change with the reading it replaces, if any. */
    private void read(View view, Slot slot, Slot replaced) {
        if (slots.size() > MAX_VIEWS) {
            slots.keySet().removeIf(other -> !other.equals(view));
        }
        try {
            Optional<DashboardReading> reading = read(view);
            Optional<DashboardReading> earlier = replaced == null ? Optional.empty() : replaced.readNow();
            slot.reading().complete(earlier.isEmpty() ? reading
                    : reading.map(now -> earlier.get().dashboard().monitor().id() == now.dashboard().monitor().id()
                            ? now.sharingWith(earlier.get()) : now));
        } catch (RuntimeException e) {
            slots.remove(view, slot);
            slot.reading().completeExceptionally(e);
        }
    }

    private Optional<DashboardReading> read(View view) {
        return dashboards.dashboard(view.slug(), view.periodDays(), view.asOf())
                .map(dashboard -> withDetails(dashboard, view.range()));
    }

    private static boolean insideWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private DashboardReading withDetails(Dashboard dashboard, DateRange range) {
        long monitorId = dashboard.monitor().id();
        long total = range.isAll() ? dashboard.entryCount()
                : dashboards.entryCount(monitorId, dashboard.asOf(), range);
        return new DashboardReading(dashboard, DashboardReading.tilesOf(dashboard), range, total,
                total == 0 ? List.of()
                        : dashboards.entries(monitorId, dashboard.asOf(), range, 0, DashboardReading.FIRST_ENTRIES),
                entries.corrections(monitorId, DashboardReading.CORRECTIONS_SHOWN, dashboard.asOf()),
                judgements.published(monitorId, dashboard.asOf()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void entriesChanged(EntriesChanged change) {
        generation.incrementAndGet();
        events.publishEvent(new DashboardChanged(change.monitorId(), change.action()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void monitorChanged(MonitorChanged change) {
        generation.incrementAndGet();
        events.publishEvent(new DashboardChanged(change.monitorId(), null));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void judgementsChanged(JudgementsChanged change) {
        generation.incrementAndGet();
        events.publishEvent(new DashboardChanged(change.monitorId(), null));
    }

    private record View(String slug, int periodDays, DateRange range, Instant asOf) {
    }

    /** A reading begun at {@code generation} on {@code day}; done or still being read. */
    private record Slot(long generation, LocalDate day, CompletableFuture<Optional<DashboardReading>> reading) {

        /** Whether this reading still stands for {@code view}: nothing changed since, and for a live view, the same day. */
        boolean isCurrent(Slot now, View view) {
            return generation == now.generation() && (view.asOf() != null || day.equals(now.day()));
        }

        /** The reading if it is done and found one, without waiting. */
        Optional<DashboardReading> readNow() {
            return reading.isDone() && !reading.isCompletedExceptionally() ? reading.join() : Optional.empty();
        }
    }
}
