package com.riskdesk.live;

import com.riskdesk.base.sql.SqlDialect;
import com.riskdesk.monitor.MonitorChanged;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL for the changes other app servers commit ({@link ServerChanges}) on a connection of its own,
 * outside the pool, on one daemon thread. When that connection breaks it reconnects (waiting 1 s, doubling to 30 s);
 * notifications sent meanwhile are lost, so after reconnecting it treats every monitor as changed once, and open
 * dashboards read the current state. Does nothing on H2.
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MS = 500;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final ServerChanges changes;
    private final SqlDialect dialect;
    private final MonitorService monitors;
    private final Environment environment;
    private volatile Thread thread;
    private volatile boolean running;

    ChangeListener(ServerChanges changes, SqlDialect dialect, MonitorService monitors, Environment environment) {
        this.changes = changes;
        this.dialect = dialect;
        this.monitors = monitors;
        this.environment = environment;
    }

    @Override
    public void start() {
        if (dialect.database() != SqlDialect.Database.POSTGRESQL) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("server-changes").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean missedSome = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + ServerChanges.CHANNEL);
                }
                LOG.info("Listening for other servers' changes on PostgreSQL channel {}", ServerChanges.CHANNEL);
                if (missedSome) {
                    catchUp();
                }
                retry = FIRST_RETRY;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            changes.received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                missedSome = true;
                LOG.warn("Lost the connection that hears other servers' changes; retrying in {} s: {}",
                        retry.toSeconds(), e.getMessage());
                if (!pause(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    /** Changes may have been missed while disconnected: every monitor reads afresh once. */
    private void catchUp() {
        for (MonitorDetails monitor : monitors.all()) {
            changes.replay(new MonitorChanged(monitor.id()));
        }
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
