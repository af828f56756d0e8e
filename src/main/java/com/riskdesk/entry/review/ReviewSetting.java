package com.riskdesk.entry.review;

import java.time.Instant;

/** Whether a monitor's editors' changes wait for review, and who last switched it when (null: never switched). */
public record ReviewSetting(long monitorId, boolean required, Instant changedAt, String changedBy) {
}
