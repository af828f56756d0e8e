package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardHeadline;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.dashboard.html.TileHtml;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Shapes the first HTML response of a dashboard address, before any JavaScript runs: an unknown monitor gets
 * HTTP 404 (the not-found view then renders client-side); a known one gets a title and description naming its
 * current figures, and Open Graph and Twitter card tags, so a shared link previews with the tiles image.
 * A pinned link ({@code ?asOf=}) previews that moment; a malformed or future one previews the live figures.
 */
@Component
class DashboardPageInitializer implements VaadinServiceInitListener {

    static final int IMAGE_WIDTH = 1200;
    static final int IMAGE_HEIGHT = 630;
    private static final Pattern DASHBOARD_PATH = Pattern.compile("/monitors/([^/]*)/?");

    private final DashboardService dashboards;
    private final SharedDashboards shared;
    private final Clock clock;
    private final PublicAddress address;

    DashboardPageInitializer(DashboardService dashboards, SharedDashboards shared, Clock clock,
                             PublicAddress address) {
        this.address = address;
        this.dashboards = dashboards;
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::shape);
    }

    private void shape(IndexHtmlResponse page) {
        VaadinRequest request = page.getVaadinRequest();
        String path = request.getPathInfo();
        Matcher dashboard = DASHBOARD_PATH.matcher(path == null ? "" : path);
        if (!dashboard.matches()) {
            return;
        }
        DashboardParameters view = DashboardParameters.from(QueryParameters.full(request.getParameterMap()), clock);
        DashboardWords words = DashboardWords.in(request instanceof HttpServletRequest http ? Languages.of(http)
                : Languages.ENGLISH);
        // view.asOf() is never in the future: DashboardParameters drops one on the same clock.
        shared.dashboard(dashboard.group(1), DashboardService.DEFAULT_PERIOD_DAYS, view.asOf()).ifPresentOrElse(
                found -> {
                    describe(page.getDocument(), found, view, selected(found, view), origin(request), words);
                    advertiseFeed(page.getDocument(), found, origin(request), words);
                    prerender(page.getDocument(), view, found, words);
                },
                () -> {
                    page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
                    page.getDocument().title(words.text("not-found.page-title"));
                });
    }

    /** The entry the link selects, as the dashboard shows it; empty when there is none or it is not in the view. */
    private Optional<EntryLine> selected(Dashboard dashboard, DashboardParameters view) {
        return view.entry() == null ? Optional.empty()
                : dashboards.entry(dashboard.monitor().id(), view.entry(), dashboard.asOf());
    }

    /**
     * The preview names the figures, and the selected entry first when the link selects one. {@code og:url} is the
     * whole view (sites may send readers to it rather than to the link pasted), pinned to the moment read if any.
     */
    private static void describe(Document page, Dashboard dashboard, DashboardParameters view,
                                 Optional<EntryLine> entry, String origin, DashboardWords words) {
        DashboardHeadline headline = DashboardHeadline.of(dashboard, words);
        String slug = dashboard.monitor().slug();
        String pinned = dashboard.snapshot() ? "?asOf=" + dashboard.readAt() : "";
        String url = Languages.withLanguage(origin + "/" + view.pinnedAt(dashboard.asOf()).path(slug),
                words.language());
        String image = Languages.withLanguage(origin + "/api/monitors/" + slug + "/preview.png" + pinned,
                words.language());
        String imageAlt = words.text("dashboard.preview.image-alt", dashboard.monitor().name(),
                headline.description());
        String description = entry.map(line -> words.text("dashboard.preview.entry",
                words.date(line.precision(), line.occurredOn()), line.headline()) + " ").orElse("")
                + headline.description();

        page.title(headline.title() + " · " + words.text("app.name"));
        meta(page, "property", "og:locale", words.text("dashboard.preview.og-locale"));
        meta(page, "name", "description", description);
        meta(page, "property", "og:type", "website");
        meta(page, "property", "og:site_name", DashboardHeadline.SITE_NAME);
        meta(page, "property", "og:title", headline.title());
        meta(page, "property", "og:description", description);
        meta(page, "property", "og:url", url);
        meta(page, "property", "og:image", image);
        meta(page, "property", "og:image:type", "image/png");
        meta(page, "property", "og:image:width", Integer.toString(IMAGE_WIDTH));
        meta(page, "property", "og:image:height", Integer.toString(IMAGE_HEIGHT));
        meta(page, "property", "og:image:alt", imageAlt);
        meta(page, "name", "twitter:card", "summary_large_image");
        meta(page, "name", "twitter:title", headline.title());
        meta(page, "name", "twitter:description", description);
        meta(page, "name", "twitter:image", image);
        meta(page, "name", "twitter:image:alt", imageAlt);
    }

    /** Feed readers and browsers find the monitor's Atom feed from the dashboard's address. */
    private static void advertiseFeed(Document page, Dashboard dashboard, String origin, DashboardWords words) {
        page.head().appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("title", words.text("dashboard.feed-title", dashboard.monitor().name()))
                .attr("href", origin + "/api/monitors/" + dashboard.monitor().slug() + "/feed.atom");
    }

    /**
     * The tiles of the viewer's view as plain HTML after the app's outlet, from the same shared reading: readable as
     * soon as the page arrives, before the app's scripts have loaded and drawn the dashboard, which then takes their
     * place ({@code #outlet:not(:empty) ~ #prerender} is hidden: see written.css).
     */
    private void prerender(Document page, DashboardParameters view, Dashboard preview, DashboardWords words) {
        // The shared reading's tile words, as the dashboard itself will show them: nothing is worded twice.
        List<TileContent> tiles = shared.reading(preview.monitor().slug(), view.periodDays(), DateRange.ALL,
                view.asOf()).map(reading -> reading.tiles(words.language())).orElseGet(List::of);
        StringBuilder html = new StringBuilder("<h1>").append(Html.text(preview.monitor().name()))
                .append("</h1><section class=\"tiles\" aria-label=\"")
                .append(Html.text(words.text("dashboard.key-figures"))).append("\">");
        // data-tile, not the app's id="tile-…": the copy stays in the page, hidden, beside the drawn dashboard.
        tiles.forEach(tile -> html.append("<article class=\"tile\" data-tile=\"")
                .append(Html.text(tile.id())).append("\">").append(TileHtml.body(tile, "h3")).append("</article>"));
        html.append("</section>");
        Element outlet = page.getElementById("outlet");
        Element prerendered = new Element("div").attr("id", "prerender").html(html.toString());
        if (outlet != null) {
            outlet.after(prerendered);
        } else {
            page.body().appendChild(prerendered);
        }
    }

    /** Jsoup escapes attribute values, so monitor names and step names never become markup. */
    static void meta(Document page, String keyAttribute, String key, String content) {
        page.head().getElementsByAttributeValue(keyAttribute, key).remove();
        page.head().appendElement("meta").attr(keyAttribute, key).attr("content", content);
    }

    /** The public address ({@link PublicAddress}): never a Host header the request made up. */
    private String origin(VaadinRequest request) {
        return request instanceof HttpServletRequest http ? address.origin(http) : request.getContextPath();
    }
}
