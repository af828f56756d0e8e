package com.riskdesk.entry.ui;

import com.riskdesk.entry.EntriesChanged;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens (the public dashboard, the staff's entry screens) that a monitor's entries changed, once the
 * change is committed. Screens subscribe with the monitor they show and get each {@link EntriesChanged} of that
 * monitor on a background thread, never on the thread that saved: a Vaadin listener must hand it to its UI with
 * {@code ui.access(...)}. It lives with the entry feature, not in {@code base.ui}, so that the entry screens can use
 * it without a cycle between the features.
 */
@Component
public class EntryBroadcaster implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EntryBroadcaster.class);

    private final Map<Long, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    private final ExecutorService notifier =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("entry-broadcast-", 0).factory());

    /** Calls {@code listener} after each committed change to the entries of {@code monitorId}, until removed. */
    public Registration subscribe(long monitorId, Consumer<EntriesChanged> listener) {
        Subscription subscription = new Subscription(Objects.requireNonNull(listener, "listener"));
        subscriptions.compute(monitorId, (id, current) -> {
            Set<Subscription> set = current == null ? ConcurrentHashMap.newKeySet() : current;
            set.add(subscription);
            return set;
        });
        return () -> subscriptions.computeIfPresent(monitorId, (id, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many listeners follow a monitor now. */
    public int subscribers(long monitorId) {
        Set<Subscription> set = subscriptions.get(monitorId);
        return set == null ? 0 : set.size();
    }

    /** Runs after the saving transaction commits, or at once when the change was published outside one. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void entriesChanged(EntriesChanged event) {
        Set<Subscription> set = subscriptions.get(event.monitorId());
        if (set == null) {
            return;
        }
        for (Subscription subscription : List.copyOf(set)) {
            try {
                notifier.execute(() -> subscription.deliver(event));
            } catch (RejectedExecutionException shuttingDown) {
                return;
            }
        }
    }

    @Override
    public void destroy() {
        notifier.shutdownNow();
    }

    /** One subscribe call, compared by identity: the same listener may subscribe twice and be removed once. */
    private static final class Subscription {

        private final Consumer<EntriesChanged> listener;

        Subscription(Consumer<EntriesChanged> listener) {
            this.listener = listener;
        }

        void deliver(EntriesChanged event) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on {}", event, e);
            }
        }
    }
}
