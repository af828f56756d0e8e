package com.riskdesk.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit: written by sign-in and by every staff account change (in the change's own transaction), read
 * by admins only. Events are kept; nothing here deletes them.
 */
@Service
public class SecurityAudit {

    static final int HOURS = 24;
    private static final int FIELD_MAX = 60;
    private static final int DETAIL_MAX = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    SecurityAudit(JdbcClient jdbc, Clock clock, SecurityContextHolderStrategy security) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.security = security;
    }

    /** A sign-in attempt, successful or not; its own transaction, since sign-in runs in none. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void signIn(String username, String address, boolean succeeded) {
        insert(succeeded ? SecurityEventKind.SIGN_IN : SecurityEventKind.SIGN_IN_FAILED, username, null, address,
                null);
    }

    /** A change to {@code username}'s account by the signed-in admin, in the change's transaction. */
    @Transactional
    void accountChanged(SecurityEventKind kind, String username, String detail) {
        insert(kind, username, CurrentStaff.username(security).orElse("system"), null, detail);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<SecurityEvent> events(int offset, int limit) {
        return jdbc.sql("""
                        select occurred_at, kind, username, actor, address, detail
                        from security_event
                        order by occurred_at desc, id desc
                        offset :offset rows fetch next :limit rows only
                        """)
                .param("offset", offset).param("limit", limit)
                .query((row, number) -> new SecurityEvent(row.getTimestamp("occurred_at").toInstant(),
                        SecurityEventKind.valueOf(row.getString("kind")), row.getString("username"),
                        row.getString("actor"), row.getString("address"), row.getString("detail")))
                .list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return jdbc.sql("select count(*) from security_event").query(Integer.class).single();
    }

    /** Failed sign-ins in each of the last {@value #HOURS} hours (counted back from now), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public FailedSignIns failedSignIns() {
        Instant now = clock.instant();
        List<Instant> failures = jdbc.sql("""
                        select occurred_at
                        from security_event
                        where kind = 'SIGN_IN_FAILED' and occurred_at > :since
                        """)
                .param("since", Timestamp.from(now.minus(Duration.ofHours(HOURS))))
                .query((row, number) -> row.getTimestamp("occurred_at").toInstant()).list();
        List<Long> perHour = new ArrayList<>();
        for (int hour = 0; hour < HOURS; hour++) {
            perHour.add(0L);
        }
        failures.forEach(at -> {
            int hoursAgo = (int) Duration.between(at, now).toHours();
            if (hoursAgo >= 0 && hoursAgo < HOURS) {
                perHour.set(hoursAgo, perHour.get(hoursAgo) + 1);
            }
        });
        return FailedSignIns.of(perHour);
    }

    private void insert(SecurityEventKind kind, String username, String actor, String address, String detail) {
        jdbc.sql("""
                        insert into security_event (occurred_at, kind, username, actor, address, detail)
                        values (:at, :kind, :username, :actor, :address, :detail)
                        """)
                .param("at", Timestamp.from(clock.instant())).param("kind", kind.name())
                .param("username", cut(username == null ? "" : username, FIELD_MAX))
                .param("actor", actor == null ? null : cut(actor, FIELD_MAX))
                .param("address", address == null ? null : cut(address, FIELD_MAX))
                .param("detail", detail == null ? null : cut(detail, DETAIL_MAX))
                .update();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
