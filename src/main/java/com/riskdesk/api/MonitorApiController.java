package com.riskdesk.api;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** The list of monitors, each monitor on its own, and each monitor's summary (its dashboard tiles as JSON). */
@RestController
@RequestMapping("/api/monitors")
class MonitorApiController {

    private final MonitorService monitors;
    private final DashboardService dashboards;
    private final SharedDashboards shared;
    private final MonitorReads reads;
    private final PublicAddress address;
    private final JudgementService judgements;

    MonitorApiController(MonitorService monitors, DashboardService dashboards, SharedDashboards shared, MonitorReads reads,
                         PublicAddress address, JudgementService judgements) {
        this.address = address;
        this.judgements = judgements;
        this.monitors = monitors;
        this.dashboards = dashboards;
        this.shared = shared;
        this.reads = reads;
    }

    /**
     * Every monitor with the escalation step it had reached at {@code asOf}. No Last-Modified here: a monitor's
     * own details (its name, ladder) carry no change time; the ETag covers them through the monitors' versions.
     */
    @GetMapping
    ResponseEntity<List<MonitorItem>> monitors(@RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
                                               @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                                               ServletWebRequest request) {
        Instant at = reads.asOf(asOf);
        DashboardWords words = JsonParts.words(lang);
        List<MonitorDetails> all = monitors.all();
        List<String> states = all.stream()
                .map(monitor -> state(monitor, at))
                .toList();
        if (HttpCaching.notModified(request, at != null, HttpCaching.etag(JsonParts.format("monitors", words), at, states), null)) {
            return null;
        }
        ApiLinks links = ApiLinks.of(address, at);
        List<MonitorItem> items = at == null
                ? dashboards.overviews().stream()
                        .map(overview -> MonitorItem.of(overview.monitor(), overview.currentStep().orElse(null),
                                latestJudgement(overview.monitor(), null), links, words))
                        .toList()
                : all.stream()
                        .map(monitor -> MonitorItem.of(monitor, stepAt(monitor, at), latestJudgement(monitor, at), links,
                                words))
                        .toList();
        return ResponseEntity.ok(items);
    }

    /** One monitor as in the list: its step, the judgement of its latest period and its links. */
    @GetMapping("/{slug}")
    ResponseEntity<MonitorItem> monitor(@PathVariable String slug,
                                        @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
                                        @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                                        ServletWebRequest request) {
        MonitorRead read = reads.read(slug, asOf);
        DashboardWords words = JsonParts.words(lang);
        if (HttpCaching.notModified(request, read.snapshot(), HttpCaching.etag(JsonParts.format("monitor", words),
                state(read.monitor(), read.asOf()), read.asOf()), null)) {
            return null;
        }
        return ResponseEntity.ok(MonitorItem.of(read.monitor(), stepAt(read.monitor(), read.asOf()),
                latestJudgement(read.monitor(), read.asOf()), ApiLinks.of(address, read.asOf()), words));
    }

    /** What decides a monitor's item: its definition's version, and when its entries and judgements last changed. */
    private String state(MonitorDetails monitor, Instant at) {
        return monitor.slug() + ":" + monitor.version() + ":"
                + dashboards.lastChange(monitor.slug(), at).map(Instant::toEpochMilli).orElse(-1L) + ":"
                + judgements.lastChange(monitor.id(), at).map(Instant::toEpochMilli).orElse(-1L);
    }

    private PublishedJudgement latestJudgement(MonitorDetails monitor, Instant at) {
        return judgements.latest(monitor.id(), at).orElse(null);
    }

    @GetMapping("/{slug}/summary")
    ResponseEntity<MonitorSummary> summary(@PathVariable String slug,
                                           @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
                                           @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                                           ServletWebRequest request) {
        MonitorRead read = reads.read(slug, asOf);
        DashboardWords words = JsonParts.words(lang);
        // A live summary also changes at midnight ("days since the last ...", the period's start).
        Instant lastModified = read.snapshot() ? read.lastChange() : latest(read.lastChange(), read.todayBegan());
        String etag = HttpCaching.etag(JsonParts.format("summary", words), read.monitor().version(), read.lastChange().toEpochMilli(),
                read.asOf(), read.today());
        if (HttpCaching.notModified(request, read.snapshot(), etag, lastModified)) {
            return null;
        }
        return shared.dashboard(slug, DashboardService.DEFAULT_PERIOD_DAYS, read.asOf())
                .map(dashboard -> MonitorSummary.of(dashboard, ApiLinks.of(address, read.asOf()), words))
                .map(ResponseEntity::ok)
                .orElseThrow(UnknownMonitorException::new);
    }

    private EscalationPoint stepAt(MonitorDetails monitor, Instant at) {
        return shared.dashboard(monitor.slug(), DashboardService.DEFAULT_PERIOD_DAYS, at)
                .map(dashboard -> dashboard.escalation().current())
                .orElse(null);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
