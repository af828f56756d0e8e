package com.riskdesk.security;

import com.riskdesk.base.i18n.RefusedException;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff sessions: whether a signed-in session may still act, and which ones are open. Every request of a signed-in
 * session is checked against the database ({@link RevokedSessions}): the account must still be enabled and its
 * session generation must still be the one the session signed in with. Disabling an account, changing its role,
 * resetting its password and "sign out everywhere" raise the generation, so all servers refuse older sessions at
 * their very next request. The list of open sessions is this server's own.
 */
@Service
public class StaffSessions implements HttpSessionListener {

    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityAudit audit;
    private final Map<String, OpenSession> open = new ConcurrentHashMap<>();

    StaffSessions(StaffAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
                  SecurityAudit audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a session signed in as {@code principal} may still act. */
    boolean stillValid(StaffPrincipal principal) {
        return accounts.findSessionGenerationOfEnabled(principal.getUsername())
                .filter(generation -> generation == principal.sessionGeneration()).isPresent();
    }

    /** Notes a request of a valid signed-in session. */
    void seen(String sessionId, StaffPrincipal principal, String address) {
        Instant now = clock.instant();
        open.compute(sessionId, (id, known) -> known == null || !known.username().equals(principal.getUsername())
                ? new OpenSession(principal.getUsername(), principal.sessionGeneration(), address, now, now)
                : known.seenAgain(address, now));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ActiveSession> sessionsOf(long accountId) {
        StaffAccount account = load(accountId);
        return open.entrySet().stream()
                .filter(entry -> entry.getValue().username().equals(account.username())
                        && entry.getValue().generation() == account.sessionGeneration())
                .map(entry -> entry.getValue().shown(entry.getKey()))
                .sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
                .toList();
    }

    /** Ends every session of the account on every server; it can sign in again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void signOutEverywhere(long accountId) {
        StaffAccount account = accounts.save(load(accountId).endingSessions());
        audit.accountChanged(SecurityEventKind.SIGNED_OUT_EVERYWHERE, account.username(), null);
        revoke(account);
    }

    /** Tells this server's open screens that {@code account}'s sessions ended; after commit (see listeners). */
    void revoke(StaffAccount account) {
        String username = account.username();
        open.values().removeIf(session -> session.username().equals(username));
        events.publishEvent(new StaffAccessRevoked(username));
    }

    private StaffAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new RefusedException("staff.refused.no-account"));
    }

    private record OpenSession(String username, int generation, String address, Instant firstSeen,
                               Instant lastSeen) {

        OpenSession seenAgain(String newAddress, Instant now) {
            return new OpenSession(username, generation, newAddress, firstSeen, now);
        }

        ActiveSession shown(String sessionId) {
            return new ActiveSession(reference(sessionId), address, firstSeen, lastSeen);
        }
    }

    /** The first characters of the session id's SHA-256: tells sessions apart without showing a usable id. */
    static String reference(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
