package com.riskdesk.dashboard;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A monitor on the overview: its escalation step, the tiles that have a figure, the judgement of its latest period
 * (if any) and when anything about it last changed (an entry or a judgement; the epoch when nothing was recorded).
 */
public record MonitorCard(MonitorDetails monitor, EscalationTile escalation, List<IndicatorTile> figures,
                          Optional<PublishedJudgement> latestJudgement, Instant lastChange) {

    public MonitorCard {
        figures = List.copyOf(figures);
    }
}
