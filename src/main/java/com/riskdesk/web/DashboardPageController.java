package com.riskdesk.web;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.dashboard.ui.DashboardParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard as a server-written page at {@code /page/monitors/{slug}}, for viewers beyond the cap of live
 * dashboards: the overflow filter forwards {@code /monitors/{slug}?...} here, and it can be asked for directly. It
 * reads the same query parameters as the live view ({@link DashboardParameters}), plus {@code page} for the entries
 * beyond the first 20. No script, no session, no cookie; caches may keep it a few seconds; gzipped like every text
 * answer (server.compression). An unknown monitor is a
 * 404 page. Views are counted ({@value #VIEWS}), split by whether the live limit forwarded them here.
 */
@RestController
class DashboardPageController {

    static final String PATH = "/page/monitors/{slug}";
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofSeconds(15)).cachePublic();
    /** Served in place of the live dashboard at its own address: no cache may keep it for that address. */
    private static final CacheControl FORWARDED = CacheControl.noStore();
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final SharedDashboards shared;
    private final DashboardService dashboards;
    private final Clock clock;
    private final Counter forwardedViews;
    private final Counter directViews;
    private final Translations translations;

    static final String VIEWS = "riskdesk.overflow.page.views";

    DashboardPageController(SharedDashboards shared, DashboardService dashboards, Clock clock, MeterRegistry registry,
                            Translations translations) {
        this.translations = translations;
        this.shared = shared;
        this.dashboards = dashboards;
        this.clock = clock;
        this.forwardedViews = views(registry, true);
        this.directViews = views(registry, false);
    }

    private static Counter views(MeterRegistry registry, boolean forwarded) {
        return Counter.builder(VIEWS).tag("forwarded", String.valueOf(forwarded))
                .description("Server-written dashboard pages served; forwarded: past the live limit").register(registry);
    }

    @GetMapping(PATH)
    ResponseEntity<String> page(@PathVariable String slug, @RequestParam(name = "page", required = false) String page,
                                HttpServletRequest request) {
        DashboardParameters asked = DashboardParameters.fromRequest(request.getParameterMap(), clock);
        PageWords words = new PageWords(translations, Languages.of(request));
        Optional<DashboardReading> found = read(slug, asked);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CACHING)
                    .headers(language(words)).body(DashboardPage.notFound(slug, words));
        }
        DashboardParameters view = asked.within(found.get().dashboard().monitor().startDate());
        DashboardReading reading = view.range().equals(asked.range()) ? found.get() : read(slug, view).orElseThrow();
        Dashboard dashboard = reading.dashboard();
        long monitorId = dashboard.monitor().id();
        int number = pageNumber(page, reading.entriesInRange());
        // The first page is the shared reading's, as the live dashboards show it; later pages are read on request.
        List<EntryLine> shown = number == 1 ? reading.firstEntries() : dashboards.entries(monitorId, dashboard.asOf(),
                reading.range(), (number - 1) * PageContent.PAGE_SIZE, PageContent.PAGE_SIZE);
        Optional<EntryLine> selected = view.entry() == null ? null
                : dashboards.entry(monitorId, view.entry(), dashboard.asOf());
        PageContent content = new PageContent(dashboard, view, selected, shown, reading.entriesInRange(), number,
                reading.corrections(), reading.judgements(), PageLinks.of(request, slug));
        boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
        (forwarded ? forwardedViews : directViews).increment();
        return ResponseEntity.ok().contentType(HTML).cacheControl(forwarded ? FORWARDED : CACHING)
                .headers(language(words)).body(DashboardPage.of(content, words));
    }

    /** The page's language follows Accept-Language (when the link names none), so caches keep one per language. */
    static HttpHeaders language(PageWords words) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_LANGUAGE, words.language().toLanguageTag());
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return headers;
    }

    private Optional<DashboardReading> read(String slug, DashboardParameters view) {
        return shared.reading(slug, view.periodDays(), view.range(), view.asOf());
    }

    /** {@code page=2} is entries 21 to 40; anything unreadable is the first page, anything past the end the last. */
    private static int pageNumber(String asked, long total) {
        int last = (int) Math.max(1, (total + PageContent.PAGE_SIZE - 1) / PageContent.PAGE_SIZE);
        if (asked == null || !asked.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(last, Integer.parseInt(asked)));
    }
}
