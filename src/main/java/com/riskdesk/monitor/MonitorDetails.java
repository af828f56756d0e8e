package com.riskdesk.monitor;

import java.time.LocalDate;
import java.util.List;

/**
 * A monitor as the rest of the application reads it. Ladder steps are numbered from 1 (lowest).
 * {@code version} is what an editor hands back to {@link MonitorService#update} so a concurrent change is noticed.
 */
public record MonitorDetails(long id, String slug, String name, String summary, LocalDate startDate,
                             List<Indicator> indicators, List<EscalationStep> ladder, int version) {

    static MonitorDetails of(Monitor monitor) {
        return new MonitorDetails(monitor.id(), monitor.slug(), monitor.name(), monitor.summary(),
                monitor.startDate(), monitor.indicators(), monitor.ladder(),
                monitor.version() == null ? 0 : monitor.version());
    }

    /** The step at a 1-based position on the ladder. */
    public EscalationStep step(int number) {
        return ladder.get(number - 1);
    }
}
