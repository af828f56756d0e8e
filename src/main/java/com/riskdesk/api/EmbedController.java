package com.riskdesk.api;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.dashboard.DashboardWords;
import org.springframework.http.HttpHeaders;
import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.dashboard.Moment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A monitor's tiles alone, for other sites to frame ({@code <iframe src=".../embed/monitors/{slug}">}): plain HTML
 * written on the server, with no script, no session and no cookie. A framed page lives in a third-party context where
 * browsers block or partition cookies, so a page that needs a session (every Vaadin view) would only say "cookies
 * are disabled" there. The sources behind each figure open in place ({@code <details>}); a link opens the full
 * dashboard in a new tab. The only address other sites may frame (see SecurityConfiguration).
 * <p>{@code ?asOf=} shows the tiles as recorded by a past moment; a time that cannot be read, or lies ahead, shows the
 * latest figures and says so. An unknown monitor is a 404 page.
 */
@RestController
class EmbedController {

    private final DashboardService dashboards;
    private final SharedDashboards shared;
    private final PublicAddress address;
    private DashboardPlaces places;

    /** For {@code ?show=map}: the places of the entries. */
    @org.springframework.beans.factory.annotation.Autowired
    void setPlaces(DashboardPlaces places) {
        this.places = places;
    }

    EmbedController(DashboardService dashboards, SharedDashboards shared, PublicAddress address) {
        this.address = address;
        this.dashboards = dashboards;
        this.shared = shared;
    }

    @GetMapping(value = "/embed/monitors/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> embed(@PathVariable String slug, @RequestParam(name = "asOf", required = false) String asked,
                                 @RequestParam(name = "show", required = false) String show,
                                 @RequestParam(name = "entry", required = false) String entryParameter,
                                 ServletWebRequest request) {
        boolean showMap = "map".equals(show);
        Long entry = showMap ? entryId(entryParameter) : null;
        DashboardWords words = DashboardWords.in(Languages.of(request.getRequest()));
        Optional<String> wanted = Optional.ofNullable(asked).filter(value -> !value.isBlank());
        Instant asOf = wanted.flatMap(Moment::parse).orElse(null);
        boolean unreadable = wanted.isPresent() && asOf == null;
        Optional<Dashboard> dashboard;
        try {
            dashboard = shared.dashboard(slug, DashboardService.DEFAULT_PERIOD_DAYS, asOf);
        } catch (IllegalArgumentException future) {
            unreadable = true;
            dashboard = shared.dashboard(slug, DashboardService.DEFAULT_PERIOD_DAYS, null);
        }
        if (dashboard.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                    .headers(language(words)).body(EmbedPage.notFound(slug, words));
        }
        Dashboard shown = dashboard.get();
        Instant lastChange = dashboards.lastChange(slug, shown.asOf()).orElseThrow();
        ApiLinks links = ApiLinks.of(address, shown.asOf());
        // The monitor's version (names, ladder) and the host are in it as in the API; so is the day: "days since
        // the last ..." grows at midnight without any change to the entries.
        String etag = HttpCaching.etag("embed", slug, shown.monitor().version(), lastChange, shown.today(),
                shown.asOf(), unreadable, links.base(), showMap, entry, words.language());
        if (HttpCaching.notModified(request, shown.snapshot(), etag, null)) {
            return null;
        }
        String dashboardLink = Languages.withLanguage(links.dashboard(slug), words.language());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .headers(language(words))
                .body(showMap ? EmbedPage.map(shown, places.of(shown, DateRange.ALL), entry, dashboardLink,
                        unreadable, words)
                        : EmbedPage.tiles(shown, dashboardLink,
                                Languages.withLanguage(links.methodology(slug), words.language()), unreadable, words));
    }

    /** The embed's language follows Accept-Language when the link names none, so caches keep one per language. */
    private static HttpHeaders language(DashboardWords words) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_LANGUAGE, words.language().toLanguageTag());
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return headers;
    }

    /** {@code entry=} as on the dashboard: an entry id, anything else selects none. */
    private static Long entryId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
