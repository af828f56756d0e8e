package com.riskdesk.dashboard;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.monitor.MonitorService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The overview's cards, live: each from the monitor's shared default dashboard reading ({@link SharedDashboards}, the
 * one its dashboard's visitors already share), so the overview adds no figure query of its own.
 */
@Service
public class MonitorCards {

    private final MonitorService monitors;
    private final SharedDashboards shared;
    private final DashboardService dashboards;
    private final JudgementService judgements;

    MonitorCards(MonitorService monitors, SharedDashboards shared, DashboardService dashboards,
                 JudgementService judgements) {
        this.monitors = monitors;
        this.shared = shared;
        this.dashboards = dashboards;
        this.judgements = judgements;
    }

    /** Every monitor, by name. */
    public List<MonitorCard> all() {
        return monitors.all().stream()
                .flatMap(monitor -> shared.reading(monitor.slug(), DashboardService.DEFAULT_PERIOD_DAYS,
                        DateRange.ALL, null).stream())
                .map(this::card)
                .toList();
    }

    private MonitorCard card(DashboardReading reading) {
        Dashboard dashboard = reading.dashboard();
        long id = dashboard.monitor().id();
        Instant entriesChanged = dashboards.lastChange(dashboard.monitor().slug(), null).orElse(Instant.EPOCH);
        Instant judged = judgements.lastChange(id, null).orElse(Instant.EPOCH);
        return new MonitorCard(dashboard.monitor(), dashboard.escalation(),
                dashboard.tiles().stream().filter(IndicatorTile::hasFigure).toList(),
                Optional.ofNullable(reading.judgements().isEmpty() ? null : reading.judgements().getFirst()),
                entriesChanged.isAfter(judged) ? entriesChanged : judged);
    }
}
