package com.riskdesk.monitor;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: one change to a monitor's definition, who made it and when, and each thing changed as a message
 * ({@link StoredChanges}), so the history reads in its reader's language.
 */
@Table("monitor_revision")
record MonitorRevision(@Id Long id, Long monitorId, Instant changedAt, String changedBy, String changes) {
}
