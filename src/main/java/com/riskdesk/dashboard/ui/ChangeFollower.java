package com.riskdesk.dashboard.ui;

import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.ui.EntryBroadcaster;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Follows the entries of one monitor for one browser window and hands each change to the UI in two steps, each
 * sent in a push of its own: {@code first} (e.g. the figures, light to send) and then {@code then} (e.g. the
 * charts, heavier to send and draw). Both run under the UI's lock; when the session is busy with a request at
 * that moment, both may go out in one push.
 */
class ChangeFollower {

    private static final Duration FIRST_PUSH_WAIT = Duration.ofSeconds(10);

    private final EntryBroadcaster broadcaster;
    private final Consumer<EntriesChanged> first;
    private final Runnable then;
    private Registration subscription;
    private long monitorId;

    ChangeFollower(EntryBroadcaster broadcaster, Consumer<EntriesChanged> first, Runnable then) {
        this.broadcaster = broadcaster;
        this.first = first;
        this.then = then;
    }

    /** Starts following {@code monitor} (and stops following any other). */
    void follow(UI ui, long monitor) {
        if (subscription != null && monitorId == monitor) {
            return;
        }
        stop();
        monitorId = monitor;
        subscription = broadcaster.subscribe(monitor, event -> deliver(ui, event));
    }

    void stop() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** Runs on the broadcaster's thread; waits for the first step to be done so the second gets its own push. */
    private void deliver(UI ui, EntriesChanged event) {
        try {
            if (done(ui.access(() -> first.accept(event)))) {
                ui.access(then::run);
            }
        } catch (UIDetachedException closed) {
            // The window is gone; its view stops following when detached.
        }
    }

    /** Whether to go on with the second step once the first is over. */
    private static boolean done(Future<Void> step) {
        try {
            step.get(FIRST_PUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException busy) {
            return true; // The session is held up by a long request; the second step queues behind the first.
        } catch (ExecutionException | CancellationException failed) {
            return false; // Vaadin's error handler has reported it, or the session is closing.
        } catch (InterruptedException shuttingDown) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
