package com.riskdesk.dashboard;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.monitor.EscalationStep;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview's cards, live. Each part is read for every monitor at once ({@link OverviewSql}, the judgements'
 * own two statements), so the overview runs the same few statements whether it shows one monitor or a hundred; each
 * card says what that monitor's dashboard says now.
 */
@Service
public class MonitorCards {

    private final MonitorService monitors;
    private final OverviewQueries queries;
    private final JudgementService judgements;
    private final Clock clock;

    MonitorCards(MonitorService monitors, OverviewQueries queries, JudgementService judgements, Clock clock) {
        this.monitors = monitors;
        this.queries = queries;
        this.judgements = judgements;
        this.clock = clock;
    }

    /** Every monitor, by name. */
    @Transactional(readOnly = true)
    public List<MonitorCard> all() {
        Instant now = clock.instant();
        List<MonitorDetails> all = monitors.all();
        Map<Long, EscalationPoint> steps = queries.highestSteps(now, stepNames(all));
        Map<Long, Map<String, FigureValue>> figures = queries.latestFigures(LocalDate.ofInstant(now, clock.getZone()));
        Map<Long, Instant> entriesChanged = queries.lastChanges(now);
        Map<Long, PublishedJudgement> latest = judgements.latestOfEachMonitor();
        Map<Long, Instant> judged = judgements.lastChangeOfEachMonitor();
        return all.stream()
                .map(monitor -> new MonitorCard(monitor, Optional.ofNullable(steps.get(monitor.id())),
                        figures(monitor, figures.getOrDefault(monitor.id(), Map.of())),
                        Optional.ofNullable(latest.get(monitor.id())),
                        later(entriesChanged.get(monitor.id()), judged.get(monitor.id()))))
                .toList();
    }

    /** Each monitor's ladder, by monitor id: what its steps are called. */
    static Map<Long, List<String>> stepNames(List<MonitorDetails> monitors) {
        return monitors.stream().collect(Collectors.toMap(MonitorDetails::id,
                monitor -> monitor.ladder().stream().map(EscalationStep::name).toList()));
    }

    /** The shown indicators that have a figure, in the monitor's tile order. */
    private static List<MonitorCard.Figure> figures(MonitorDetails monitor, Map<String, FigureValue> stated) {
        Map<String, Indicator> shown = monitor.shownIndicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        return stated.entrySet().stream()
                .filter(figure -> shown.containsKey(figure.getKey()))
                .sorted(Comparator.comparingInt(figure -> monitor.tilePosition(figure.getKey())))
                .map(figure -> new MonitorCard.Figure(shown.get(figure.getKey()), figure.getValue()))
                .toList();
    }

    private static Instant later(Instant entries, Instant judgements) {
        Instant a = entries == null ? Instant.EPOCH : entries;
        Instant b = judgements == null ? Instant.EPOCH : judgements;
        return a.isAfter(b) ? a : b;
    }
}
