package com.riskdesk.api;

import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.monitor.MonitorDetails;
import java.time.LocalDate;

/** A monitor in {@code GET /api/monitors}: what it follows, the step it has reached and where to read more. */
record MonitorItem(String slug, String name, String summary, LocalDate startDate, Step escalation, Links links) {

    static MonitorItem of(MonitorDetails monitor, EscalationPoint current, ApiLinks links) {
        Step step = current == null ? null
                : new Step(current.level(), monitor.ladder().size(), current.stepName(),
                        JsonParts.Dated.of(current.citation().occurredOn(), current.citation().precision()));
        String slug = monitor.slug();
        return new MonitorItem(slug, monitor.name(), monitor.summary(), monitor.startDate(), step,
                new Links(links.dashboard(slug), links.summary(slug), links.entriesJson(slug), links.entriesCsv(slug),
                        links.feed(slug), links.embed(slug), links.methodology(slug)));
    }

    /** Step {@code step} of {@code of}, named, with the date it was first reported reached. */
    record Step(int step, int of, String name, JsonParts.Dated reachedOn) {
    }

    record Links(String dashboard, String summary, String entriesJson, String entriesCsv, String feed, String embed,
                 String methodology) {
    }
}
