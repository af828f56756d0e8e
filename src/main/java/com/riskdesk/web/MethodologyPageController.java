package com.riskdesk.web;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.base.web.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import com.riskdesk.monitor.MethodologyService;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /monitors/{slug}/methodology}: how a monitor's figures are made, as a server-written page (no script, no
 * session), so it opens at once from the dashboard, the embed and the API. An unknown monitor is a 404 page.
 */
@RestController
class MethodologyPageController {

    static final String PATH = "/monitors/{slug}/methodology";
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final MonitorService monitors;
    private final MethodologyService methodology;
    private final PublicAddress address;
    private final Translations translations;

    MethodologyPageController(MonitorService monitors, MethodologyService methodology, PublicAddress address,
                              Translations translations) {
        this.monitors = monitors;
        this.methodology = methodology;
        this.address = address;
        this.translations = translations;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String slug, HttpServletRequest request) {
        PageWords words = new PageWords(translations, Languages.of(request));
        Optional<MonitorDetails> monitor = monitors.findBySlug(slug);
        if (monitor.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CACHING)
                    .headers(DashboardPageController.language(words)).body(MethodologyPage.notFound(slug, words));
        }
        MethodologyPage.Links links = new MethodologyPage.Links(
                Languages.withLanguage(link("/monitors/{slug}", slug), words.language()),
                link("/api/monitors/{slug}/summary", slug), link("/api/monitors/{slug}/entries.csv", slug),
                link("/api/monitors/{slug}/feed.atom", slug));
        return ResponseEntity.ok().contentType(HTML).cacheControl(CACHING).headers(DashboardPageController.language(words))
                .body(MethodologyPage.of(monitor.get(), methodology.notes(monitor.get().id()).notes(), links, words));
    }

    private String link(String path, String slug) {
        return UriComponentsBuilder.fromUriString(address.origin()).path(path).buildAndExpand(slug).encode()
                .toUriString();
    }
}
