package com.riskdesk.monitor;

import java.time.LocalDate;
import java.util.List;

/**
 * A monitor as the rest of the application reads it. Ladder steps are numbered from 1 (lowest).
 * {@code version} is what an editor hands back to {@link MonitorService#update} so a concurrent change is noticed.
 * {@code region} is null when the monitor has none.
 */
public record MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder, int version, String region) {

    public MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                          List<Indicator> indicators, List<EscalationStep> ladder, int version) {
        this(id, slug, name, summary, startDate, indicators, ladder, version, null);
    }

    static MonitorDetails of(Monitor monitor) {
        return new MonitorDetails(monitor.id(), monitor.slug(), monitor.name(), monitor.summary(),
                monitor.startDate(), monitor.indicators(), monitor.ladder(),
                monitor.version() == null ? 0 : monitor.version(), monitor.region());
    }

    /** The step at a 1-based position on the ladder. */
    public EscalationStep step(int number) {
        return ladder.get(number - 1);
    }
}
