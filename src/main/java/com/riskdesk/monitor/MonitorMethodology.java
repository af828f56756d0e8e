package com.riskdesk.monitor;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: a monitor's own methodology text, keyed by the monitor's id. A null version is a row not yet
 * written (Spring Data JDBC then inserts it).
 */
@Table("monitor_methodology")
record MonitorMethodology(@Id Long monitorId, String note, String sourcesPolicy, String correctionsPolicy,
                          Instant changedAt, String changedBy, @Version Integer version) {

    MethodologyNotes notes() {
        return new MethodologyNotes(note, sourcesPolicy, correctionsPolicy);
    }
}
