package com.riskdesk.api;

import com.riskdesk.TestData;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.MonitorService;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Builds monitors and entries through the services, committed (the server thread must see them), each monitor
 * under a fresh slug so tests sharing one database do not meet. Signs in as an admin and editor through the
 * context's own {@link SecurityContextHolderStrategy}: Vaadin installs a new global strategy whenever another test
 * context starts, and the services' security checks keep reading the one of their own context.
 */
public final class ApiFixtures {

    private final MonitorService monitors;
    private final EntryService entries;
    private final SecurityContextHolderStrategy security;

    public ApiFixtures(MonitorService monitors, EntryService entries, SecurityContextHolderStrategy security) {
        this.monitors = monitors;
        this.entries = entries;
        this.security = security;
    }

    /** A new monitor (see {@link TestData#monitor}); returns its slug and id. */
    public Created monitor(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = asAdmin(() -> monitors.create(TestData.monitor(slug))).id();
        return new Created(slug, id);
    }

    public long record(NewEntry entry) {
        return asAdmin(() -> entries.record(entry));
    }

    public void retract(long entryId, String reason) {
        asAdmin(() -> {
            entries.retract(entryId, entries.find(entryId).version(), reason);
            return null;
        });
    }

    public <T> T asAdmin(Supplier<T> work) {
        SecurityContext previous = security.getContext();
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "api-test-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR"))));
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    /** An entry with a headline, notes and source of the test's choosing. */
    public static NewEntry entry(long monitorId, LocalDate day, String headline, String notes, Source source,
                          Map<String, Figure> figures) {
        return new NewEntry(monitorId, EntryKind.valueOf("STRIKE"), day, DatePrecision.DAY, null, headline, source,
                Confidence.MULTIPLE_SOURCES, notes, figures);
    }

    public record Created(String slug, long id) {
    }
}
