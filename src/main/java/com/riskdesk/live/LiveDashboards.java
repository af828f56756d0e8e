package com.riskdesk.live;

import com.riskdesk.dashboard.DashboardChanged;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The open dashboards and the fan-out of changes to them. Each open dashboard holds a {@link Seat}; a change of its
 * monitor reaches it on one of a few fan-out threads (never on the thread that saved), so thousands of dashboards are
 * updated in parallel but never by thousands of threads at once. Changes that arrive while a dashboard still waits
 * for the previous one, or while the previous one still runs, are merged into one delivery: a seat's deliveries never
 * overlap, and it then reads the newest state once, never an older one last.
 * <p>It also counts the seats, so that new viewers can be turned to the server-written page ({@link #isFull()})
 * before the heap runs out.
 * <p>Each delivery is timed ({@value #DELIVERIES}): from the oldest change it carries reaching the hub to its hand-over
 * to the dashboard.
 */
@Component
public class LiveDashboards implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDashboards.class);

    private final Map<Long, Set<Seat>> seats = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final int limit;
    private final ExecutorService fanOut;
    private final Timer deliveries;

    static final String DELIVERIES = "riskdesk.live.deliveries";

    LiveDashboards(LiveProperties properties, MeterRegistry registry) {
        this.limit = properties.effectiveMaxDashboards();
        this.deliveries = Timer.builder(DELIVERIES)
                .description("Changes handed to open dashboards, timed from the change to the hand-over")
                .publishPercentiles(0.5, 0.95).register(registry);
        AtomicInteger threads = new AtomicInteger();
        this.fanOut = Executors.newFixedThreadPool(properties.effectiveFanOutThreads(), task -> {
            Thread thread = new Thread(task, "live-fan-out-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        LOG.info("Up to {} live dashboards at once (app.live.max-dashboards)", limit);
    }

    /**
     * Takes a seat for a dashboard open on {@code monitorId}; {@code deliver} gets each later change (merged as said
     * above) until the seat is closed. A delivery is meant to hand the change to the dashboard's own lock (a
     * Vaadin UI's {@code access}) and return.
     */
    public Seat open(long monitorId, Consumer<Changes> deliver) {
        Seat seat = new Seat(monitorId, Objects.requireNonNull(deliver, "deliver"));
        seats.computeIfAbsent(monitorId, id -> ConcurrentHashMap.newKeySet()).add(seat);
        open.incrementAndGet();
        return seat;
    }

    /** How many dashboards are open now. */
    public int openDashboards() {
        return open.get();
    }

    /** How many dashboards follow {@code monitorId} now. */
    public int following(long monitorId) {
        Set<Seat> set = seats.get(monitorId);
        return set == null ? 0 : set.size();
    }

    public int limit() {
        return limit;
    }

    /** Whether the next viewer should get the server-written page instead of a live dashboard. */
    public boolean isFull() {
        return open.get() >= limit;
    }

    @EventListener
    void dashboardChanged(DashboardChanged change) {
        Set<Seat> set = seats.get(change.monitorId());
        if (set != null) {
            set.forEach(seat -> seat.offer(change));
        }
    }

    @Override
    public void destroy() {
        fanOut.shutdownNow();
    }

    /** What reached a dashboard in one delivery: how many changes, and the last of them. */
    public record Changes(int count, DashboardChanged last) {

        Changes and(DashboardChanged next) {
            return new Changes(count + 1, next);
        }
    }

    /** Changes not yet delivered, and since when the oldest of them waits (System.nanoTime()). */
    private record Waiting(Changes changes, long since) {
    }

    /** One open dashboard. Close it when the dashboard closes. */
    public final class Seat implements AutoCloseable {

        private final long monitorId;
        private final Consumer<Changes> deliver;
        private final AtomicReference<Waiting> waiting = new AtomicReference<>();
        /** Whether a delivery of this seat is queued or running; at most one is, so deliveries never overlap. */
        private final AtomicBoolean delivering = new AtomicBoolean();
        private volatile boolean closed;

        private Seat(long monitorId, Consumer<Changes> deliver) {
            this.monitorId = monitorId;
            this.deliver = deliver;
        }

        public long monitorId() {
            return monitorId;
        }

        private void offer(DashboardChanged change) {
            waiting.getAndUpdate(now -> now == null ? new Waiting(new Changes(1, change), System.nanoTime())
                    : new Waiting(now.changes().and(change), now.since()));
            scheduleDelivery();
        }

        private void scheduleDelivery() {
            if (closed || !delivering.compareAndSet(false, true)) {
                return;
            }
            try {
                fanOut.execute(this::deliver);
            } catch (RejectedExecutionException shuttingDown) {
                waiting.set(null);
            }
        }

        private void deliver() {
            Waiting next = waiting.getAndSet(null);
            Changes changes = next == null ? null : next.changes();
            try {
                if (changes != null && !closed) {
                    deliver.accept(changes);
                    deliveries.record(System.nanoTime() - next.since(), TimeUnit.NANOSECONDS);
                }
            } catch (RuntimeException e) {
                LOG.warn("A live dashboard failed to take {}", changes, e);
            } finally {
                delivering.set(false);
            }
            if (waiting.get() != null) {
                scheduleDelivery();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            seats.computeIfPresent(monitorId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
            open.decrementAndGet();
        }
    }
}
