package com.riskdesk.api;

import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.Moment;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Turns a request's slug and {@code asOf} parameter into a {@link MonitorRead}, or the reason it cannot be read. */
@Component
class MonitorReads {

    static final String AS_OF = "asOf";

    private final MonitorService monitors;
    private final DashboardService dashboards;
    private final Clock clock;

    MonitorReads(MonitorService monitors, DashboardService dashboards, Clock clock) {
        this.monitors = monitors;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    MonitorRead read(String slug, String asOfParameter) {
        Instant asOf = asOf(asOfParameter);
        MonitorDetails monitor = monitors.findBySlug(slug).orElseThrow(UnknownMonitorException::new);
        Instant lastChange = dashboards.lastChange(slug, asOf).orElseThrow(UnknownMonitorException::new);
        Instant readAt = asOf == null ? clock.instant() : asOf;
        LocalDate today = LocalDate.ofInstant(readAt, clock.getZone());
        return new MonitorRead(monitor, asOf, readAt, today, today.atStartOfDay(clock.getZone()).toInstant(),
                lastChange);
    }

    /**
     * The moment asked for, or null for now. Accepts ISO-8601 date-times with an offset or zone
     * ({@code 2026-01-10T12:00:00Z}, {@code 2026-01-10T13:00:00+01:00}, {@code ...+01:00[Europe/Paris]}).
     */
    Instant asOf(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        Instant asOf = Moment.parse(parameter).orElseThrow(MonitorReads::invalid);
        if (asOf.isAfter(clock.instant())) {
            throw new InvalidAsOfException("api.problem.as-of.future");
        }
        return asOf;
    }

    private static InvalidAsOfException invalid() {
        return new InvalidAsOfException("api.problem.as-of.malformed");
    }
}
