package com.riskdesk.dashboard;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A monitor on the overview: the highest escalation step it has reached (if any), the figures its shown indicators'
 * tiles state, in its tile order, the judgement of its latest period (if any) and when anything about it last changed
 * (an entry or a judgement; the epoch when nothing was recorded).
 */
public record MonitorCard(MonitorDetails monitor, Optional<EscalationPoint> currentStep, List<Figure> figures,
                          Optional<PublishedJudgement> latestJudgement, Instant lastChange) {

    public MonitorCard {
        figures = List.copyOf(figures);
    }

    /** An indicator's stated figure, as its tile states it ("at least 83"). */
    public record Figure(Indicator indicator, FigureValue value) {
    }
}
