package com.riskdesk.api;

import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one API request reads: a monitor, the moment asked for ({@code asOf}, null for now), the moment actually
 * read at, the day that moment falls on (and when that day began), and when the monitor's entries last changed as
 * seen from it.
 */
record MonitorRead(MonitorDetails monitor, Instant asOf, Instant readAt, LocalDate today, Instant todayBegan,
                   Instant lastChange) {

    boolean snapshot() {
        return asOf != null;
    }

    String slug() {
        return monitor.slug();
    }
}
