package com.riskdesk.dashboard;

import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a monitor's dashboard shows, read at one moment: {@code readAt}, which is now unless
 * {@code snapshot} says it is a past moment rebuilt from the recorded history.
 */
public record Dashboard(MonitorDetails monitor, LocalDate today, int periodDays, List<IndicatorTile> tiles,
                        EscalationTile escalation, StrikeRecency lastStrike,
                        Map<String, List<SeriesPoint>> series, long entryCount, Instant readAt, boolean snapshot) {

    /** The pinned moment to read this dashboard again ({@code asOf}), or null for a live reading. */
    public Instant asOf() {
        return snapshot ? readAt : null;
    }

    public LocalDate periodStart() {
        return today.minusDays(periodDays);
    }
}
