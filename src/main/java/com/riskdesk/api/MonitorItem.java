package com.riskdesk.api;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.monitor.MonitorDetails;
import java.time.LocalDate;

/**
 * A monitor in {@code GET /api/monitors} and {@code GET /api/monitors/{slug}}: what it follows, its region, the step
 * it has reached, the trend judgement of its latest period and where to read more.
 */
record MonitorItem(String slug, String name, String summary, String region, LocalDate startDate, Step escalation,
                   JudgementJson latestJudgement, Links links) {

    static MonitorItem of(MonitorDetails monitor, EscalationPoint current, PublishedJudgement latest,
                          ApiLinks links, DashboardWords words) {
        Step step = current == null ? null
                : new Step(current.level(), monitor.ladder().size(), current.stepName(),
                        JsonParts.Dated.of(current.citation().occurredOn(), current.citation().precision(), words));
        String slug = monitor.slug();
        return new MonitorItem(slug, monitor.name(), monitor.summary(), monitor.region(), monitor.startDate(), step,
                JudgementJson.of(latest, words),
                new Links(links.monitor(slug), links.dashboard(slug), links.summary(slug), links.entriesJson(slug),
                        links.entriesCsv(slug), links.judgements(slug), links.judgementsCsv(slug), links.feed(slug),
                        links.embed(slug), links.methodology(slug)));
    }

    /** Step {@code step} of {@code of}, named, with the date it was first reported reached. */
    record Step(int step, int of, String name, JsonParts.Dated reachedOn) {
    }

    record Links(String self, String dashboard, String summary, String entriesJson, String entriesCsv,
                 String judgements, String judgementsCsv, String feed, String embed, String methodology) {
    }
}
