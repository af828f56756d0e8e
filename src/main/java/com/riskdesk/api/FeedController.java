package com.riskdesk.api;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.EntryService;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A monitor's Atom feed: the entries recorded last, the latest corrections and the trend judgements, newest first by
 * when they were recorded or made (an entry recorded today about an event weeks ago is news to a feed reader).
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final int CORRECTIONS = 50;

    private final MonitorReads reads;
    private final DashboardService dashboards;
    private final EntryService entries;
    private final PublicAddress address;
    private final JudgementService judgements;
    private final Translations translations;

    FeedController(MonitorReads reads, DashboardService dashboards, EntryService entries, PublicAddress address,
                   JudgementService judgements, Translations translations) {
        this.translations = translations;
        this.address = address;
        this.judgements = judgements;
        this.reads = reads;
        this.dashboards = dashboards;
        this.entries = entries;
    }

    @GetMapping("/api/monitors/{slug}/feed.atom")
    ResponseEntity<byte[]> feed(@PathVariable String slug,
                                @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
                                @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                                ServletWebRequest request) {
        MonitorRead read = reads.read(slug, asOf);
        ExportWords words = ExportWords.of(translations, lang);
        ApiLinks links = ApiLinks.of(address, read.asOf());
        Instant judged = judgements.lastChange(read.monitor().id(), read.asOf()).orElse(Instant.EPOCH);
        Instant lastChange = judged.isAfter(read.lastChange()) ? judged : read.lastChange();
        String etag = HttpCaching.etag("feed.atom", read.monitor().version(), read.lastChange().toEpochMilli(),
                read.asOf(), links.base(), judged.toEpochMilli(), words.language());
        if (HttpCaching.notModified(request, read.snapshot(), etag, lastChange)) {
            return null;
        }
        String feedId = feedId(links, read);
        List<FeedItem> items = new ArrayList<>();
        dashboards.recentlyRecorded(read.monitor().id(), read.asOf(), DashboardService.MAX_PAGE)
                .forEach(line -> items.add(FeedItem.ofEntry(line, feedId, links, slug, words)));
        entries.corrections(read.monitor().id(), CORRECTIONS).stream()
                .filter(revision -> !revision.changedAt().isAfter(read.readAt()))
                .forEach(revision -> items.add(FeedItem.ofCorrection(revision, feedId, links, slug, words)));
        judgements.published(read.monitor().id(), read.asOf())
                .forEach(judgement -> items.add(FeedItem.ofJudgement(judgement, feedId, links, slug, words)));
        // Stable: entries recorded at the same moment keep the service's order.
        items.sort(Comparator.comparing(FeedItem::updated).reversed());
        Instant updated = Instant.EPOCH.equals(lastChange)
                ? read.monitor().startDate().atStartOfDay(ZoneOffset.UTC).toInstant() : lastChange;
        AtomFeedWriter.Head head = new AtomFeedWriter.Head(feedId, read.monitor().name() + " · "
                + words.text("app.name"), read.monitor().summary(), updated, words.link(links.feed(slug)),
                words.link(links.dashboard(slug)), words.text("app.name"), words.language().toLanguageTag());
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeedWriter.write(head, items));
    }

    /** A tag URI (RFC 4151) naming the monitor on this host, dated by the monitor's start; entries extend it. */
    private static String feedId(ApiLinks links, MonitorRead read) {
        String host = URI.create(links.base()).getHost();
        return "tag:" + (host == null ? "localhost" : host) + "," + read.monitor().startDate() + ":monitors/"
                + read.slug();
    }
}
