package com.riskdesk.dashboard;

import com.riskdesk.monitor.MonitorDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything a monitor's dashboard shows, read at one moment. */
public record Dashboard(MonitorDetails monitor, LocalDate today, int periodDays, List<IndicatorTile> tiles,
                        EscalationTile escalation, StrikeRecency lastStrike,
                        Map<String, List<SeriesPoint>> series, long entryCount) {

    public LocalDate periodStart() {
        return today.minusDays(periodDays);
    }
}
