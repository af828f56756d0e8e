package com.riskdesk.preview;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.dashboard.Moment;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The image a shared dashboard link previews with: {@code /api/monitors/{slug}/preview.png}, optionally pinned
 * with {@code ?asOf=} (an ISO-8601 instant or offset date-time, not in the future). Live images may be reused for
 * five minutes, pinned ones for a year (a past moment does not change); both revalidate with their ETag.
 */
@RestController
class PreviewController {

    static final String LIVE_CACHE = "public, max-age=300";
    static final String PINNED_CACHE = "public, max-age=31536000, immutable";
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final DashboardService dashboards;
    private final SharedDashboards shared;
    private final MonitorService monitors;
    private final TilesImageRenderer renderer;
    private final PreviewImageCache cache;
    private final Clock clock;
    private final Translations translations;

    PreviewController(DashboardService dashboards, SharedDashboards shared, MonitorService monitors, TilesImageRenderer renderer,
                      PreviewImageCache cache, Clock clock, Translations translations) {
        this.translations = translations;
        this.dashboards = dashboards;
        this.shared = shared;
        this.monitors = monitors;
        this.renderer = renderer;
        this.cache = cache;
        this.clock = clock;
    }

    @GetMapping("/api/monitors/{slug}/preview.png")
    ResponseEntity<byte[]> preview(@PathVariable String slug, @RequestParam(required = false) String asOf,
                                   @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                                   @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                                   String ifNoneMatch) {
        PreviewWords words = PreviewWords.of(translations, lang);
        Instant moment = null;
        if (asOf != null) {
            Optional<Instant> parsed = Moment.parse(asOf);
            if (parsed.isEmpty() || parsed.get().isAfter(clock.instant())) {
                return problem(HttpStatus.BAD_REQUEST, words.text("preview.problem.as-of"));
            }
            moment = parsed.get();
        }
        Optional<PreviewImageCache.Key> key;
        try {
            key = key(slug, moment, words);
        } catch (IllegalArgumentException future) {  // the clock moved on between the check and the read
            return problem(HttpStatus.BAD_REQUEST, words.text("preview.problem.future"));
        }
        if (key.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, words.text("entry.problem.no-monitor"));
        }
        String etag = key.get().etag();
        String cacheControl = moment == null ? LIVE_CACHE : PINNED_CACHE;
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        Optional<byte[]> png = cache.find(key.get()).or(() -> render(key.get(), words));
        return png.map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).eTag(etag)
                        .header(HttpHeaders.CACHE_CONTROL, cacheControl).body(bytes))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, words.text("entry.problem.no-monitor")));
    }

    private Optional<PreviewImageCache.Key> key(String slug, Instant asOf, PreviewWords words) {
        Optional<Instant> lastChange = dashboards.lastChange(slug, asOf);
        Optional<MonitorDetails> monitor = monitors.findBySlug(slug);
        if (lastChange.isEmpty() || monitor.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, clock.getZone());
        return Optional.of(new PreviewImageCache.Key(slug, asOf, lastChange.get(), day, monitor.get().version(),
                words.language().getLanguage()));
    }

    /** The tiles' own words are English for now: they follow the dashboard's wording once it has a language. */
    private Optional<byte[]> render(PreviewImageCache.Key key, PreviewWords words) {
        Optional<Dashboard> dashboard = shared.dashboard(key.slug(), DashboardService.DEFAULT_PERIOD_DAYS,
                key.asOf());
        Optional<byte[]> png = dashboard.map(read -> renderer.render(read, words));
        png.ifPresent(bytes -> cache.put(key, bytes));
        return png;
    }

    /** If-None-Match holds one or more entity tags, possibly weak, or "*". */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<byte[]> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(TEXT).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(message.getBytes(StandardCharsets.UTF_8));
    }
}
