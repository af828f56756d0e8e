package com.riskdesk;

import com.riskdesk.assessment.JudgementPeriod;
import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test data built in the test: a small synthetic monitor and entry builders. Never the demo data. */
public final class TestData {

    public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    public static final Source SOURCE = new Source("Test Wire", "Test report", "https://example.org/report",
            LocalDate.of(2025, 12, 1));

    private TestData() {
    }

    /** The kinds of the monitor "slug" ({@link #monitor}); its "days since" tile counts strikes. */
    public static final EntryKind STRIKE = EntryKind.valueOf("STRIKE");
    public static final List<EntryKindDefinition> KINDS = List.of(new EntryKindDefinition("STRIKE", "Strike"),
            new EntryKindDefinition("CASUALTY_REPORT", "Casualty report"), EntryKindDefinition.escalationStep(),
            new EntryKindDefinition("STATEMENT", "Statement"), new EntryKindDefinition("OTHER", "Other"));

    /**
     * A monitor "slug" starting 1 Oct 2025, indicators boats_struck, deaths, strikes, a three-step ladder, kinds
     * {@link #KINDS} and a "Days since last strike" tile.
     */
    public static MonitorDefinition monitor(String slug) {
        return new MonitorDefinition(slug, "Test " + slug, "A monitor made by a test.", LocalDate.of(2025, 10, 1),
                List.of(new Indicator("boats_struck", "Boats struck", "boats", "Boats"),
                        new Indicator("deaths", "Deaths", "people", "Deaths"),
                        new Indicator("strikes", "Strikes", "strikes", "Strikes")),
                List.of(new EscalationStep("Low", "First step"), new EscalationStep("Middle", "Second step"),
                        new EscalationStep("High", "Third step")), KINDS, "STRIKE");
    }

    /** As {@link #monitor(String)}, in {@code region}. */
    public static MonitorDefinition monitor(String slug, String region) {
        MonitorDefinition plain = monitor(slug);
        return new MonitorDefinition(slug, plain.name(), plain.summary(), plain.startDate(), plain.indicators(),
                plain.ladder(), plain.kinds(), plain.recencyKind(), region);
    }

    public static NewEntry figures(long monitorId, LocalDate day, Map<String, Figure> figures) {
        return new NewEntry(monitorId, STRIKE, day, DatePrecision.DAY, null, "Strike on " + day, SOURCE,
                Confidence.SINGLE_SOURCE, null, figures);
    }

    public static NewEntry step(long monitorId, LocalDate day, int level) {
        return new NewEntry(monitorId, EntryKind.ESCALATION_STEP, day, DatePrecision.DAY, level,
                "Step " + level + " reached", SOURCE, Confidence.CONFIRMED, null, Map.of());
    }

    /** A trend judgement for a calendar month, without a risk alert, citing one source. */
    public static NewJudgement judgement(long monitorId, YearMonth month, Trend trend) {
        return new NewJudgement(monitorId, JudgementPeriod.month(month), trend, false, null,
                "Judged " + trend.code() + " in " + month + ".",
                List.of(new JudgementSource("Test Wire", "https://example.org/judgement")));
    }

    /** Runs {@code work} as an admin (e.g. to create a monitor in a test signed in as an editor). */
    public static <T> T asAdmin(Supplier<T> work) {
        return asAdmin(SecurityContextHolder.getContextHolderStrategy(), work);
    }

    /**
     * Runs {@code work} as an admin in the security context of one application context ({@code security} is its
     * bean): where several Spring contexts ran in one JVM, the static holder may belong to another one.
     */
    public static <T> T asAdmin(SecurityContextHolderStrategy security, Supplier<T> work) {
        SecurityContext previous = security.getContext();
        security.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR"))));
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedClock {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
