package com.riskdesk.live;

import com.riskdesk.base.sql.SqlDialect;
import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.monitor.MonitorChanged;
import com.riskdesk.security.StaffAccessRevoked;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Changes between app servers on one PostgreSQL database, with no broker: each committed change made here
 * ({@link EntriesChanged}, {@link MonitorChanged}) is also a {@code NOTIFY} on {@value #CHANNEL}, sent in the saving
 * transaction so that PostgreSQL delivers it exactly when the change commits (and never for a rollback). Every other
 * server hears it ({@link ChangeListener}) and publishes the same event there, as if saved locally: the shared
 * readings turn stale, live dashboards and staff screens update, through the same path as a local save. Revoked staff
 * access ({@link StaffAccessRevoked}) travels the same way, so a disabled member's screens close on every server at
 * once, not only on the one where an admin disabled them (the others would refuse their next request anyway).
 * <p>On H2 (one server by nature) nothing is sent. Events replayed from another server are not sent on again.
 */
@Component
public class ServerChanges {

    static final String CHANNEL = "riskdesk_changes";
    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    /** This server's name in its notifications, to tell its own apart when they come back. */
    private final String origin = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final ApplicationEventPublisher events;

    ServerChanges(JdbcClient jdbc, SqlDialect dialect, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.events = events;
    }

    /**
     * Whether the event being handled on this thread came from another server: it was counted there (metrics) and
     * must not be sent on again.
     */
    public static boolean fromAnotherServer() {
        return REPLAYING.get();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void entriesChanged(EntriesChanged change) {
        send(payloadOf(change));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void monitorChanged(MonitorChanged change) {
        send(payloadOf(change));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void staffAccessRevoked(StaffAccessRevoked revoked) {
        send(payloadOf(revoked));
    }

    private void send(String payload) {
        if (fromAnotherServer() || dialect.database() != SqlDialect.Database.POSTGRESQL) {
            return;
        }
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload)
                .query((rs, row) -> 1).list();
    }

    /** The payload this server sends for {@code change}. */
    String payloadOf(Object change) {
        return Message.of(origin, change).payload();
    }

    /** Publishes here what another server changed; its own notifications it ignores. */
    void received(String payload) {
        Optional<Message> message = Message.parse(payload).filter(parsed -> !parsed.origin().equals(origin));
        message.ifPresent(parsed -> replay(parsed.event()));
    }

    /** Publishes an event as if it had been committed here (another server's change, or a catch-up). */
    void replay(Object event) {
        REPLAYING.set(true);
        try {
            events.publishEvent(event);
        } finally {
            REPLAYING.remove();
        }
    }

    /**
     * A notification's payload: {@code origin|E|monitor|entry|ACTION} for an entry, {@code origin|M|monitor} for a
     * monitor's definition, {@code origin|R|username} for a staff member whose sessions ended.
     */
    record Message(String origin, Object event) {

        static Message of(String origin, Object event) {
            return new Message(origin, event);
        }

        String payload() {
            return switch (event) {
                case EntriesChanged entry -> String.join("|", origin, "E", Long.toString(entry.monitorId()),
                        Long.toString(entry.entryId()), entry.action().name());
                case MonitorChanged monitor -> String.join("|", origin, "M", Long.toString(monitor.monitorId()));
                case StaffAccessRevoked revoked -> String.join("|", origin, "R", revoked.username());
                default -> throw new IllegalArgumentException("Not a change: " + event);
            };
        }

        static Optional<Message> parse(String payload) {
            String[] parts = payload == null ? new String[0] : payload.split("\\|", 5);
            try {
                if (parts.length == 5 && parts[1].equals("E")) {
                    return Optional.of(new Message(parts[0], new EntriesChanged(Long.parseLong(parts[2]),
                            Long.parseLong(parts[3]), RevisionAction.valueOf(parts[4]))));
                }
                if (parts.length >= 3 && parts[1].equals("R")) {
                    return Optional.of(new Message(parts[0], new StaffAccessRevoked(payload.substring(
                            parts[0].length() + parts[1].length() + 2))));
                }
                if (parts.length == 3 && parts[1].equals("M")) {
                    return Optional.of(new Message(parts[0], new MonitorChanged(Long.parseLong(parts[2]))));
                }
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
            return Optional.empty();
        }
    }
}
