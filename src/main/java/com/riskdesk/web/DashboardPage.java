package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.JudgementHtml;

/**
 * The dashboard as one server-written HTML page, for readers beyond the cap of live dashboards: no script, no
 * session. It says that live updates are paused and as of when the figures are, links back to the live view, and
 * shows what the live dashboard shows, in the same words. Every piece of text is escaped.
 */
final class DashboardPage {

    /** Marks the page for load tests and monitoring: {@code <meta name="risk-monitor-live" content="paused">}. */
    static final String LIVE_META = "risk-monitor-live";

    private DashboardPage() {
    }

    static String of(PageContent content, PageWords words) {
        Dashboard dashboard = content.dashboard();
        StringBuilder html = start(dashboard.monitor().name() + " · " + words.get("app.name"), words);
        pausedNote(html, content, words);
        html.append("<main>\n<header class=\"page-header\">\n<p class=\"site\">").append(text(words.get("app.name")))
                .append("</p>\n<h1>")
                .append(text(dashboard.monitor().name())).append("</h1>\n<p class=\"summary\">")
                .append(text(dashboard.monitor().summary())).append("</p>\n</header>\n");
        if (dashboard.snapshot()) {
            html.append("<p class=\"snapshot-note\" id=\"snapshot-note\" role=\"note\">")
                    .append(text(words.get("page.snapshot", words.second(dashboard.readAt())))).append("</p>\n");
        }
        selected(html, content, words);
        html.append("<p class=\"compare quiet\">").append(text(words.get("page.compared-with",
                ViewForm.period(dashboard.periodDays(), words)))).append("</p>\n");
        TilesHtml.tiles(html, TileContent.of(dashboard, words.dashboard()), words.dashboard());
        OverTimeHtml.section(html, dashboard, content.view(), content.links().path(), words);
        // The live dashboard's trend timeline, the same written HTML (shared per list of judgements and language).
        html.append("<section class=\"judgements\" id=\"judgements\" aria-labelledby=\"")
                .append(JudgementHtml.HEADING_ID).append("\">\n")
                .append(JudgementHtml.timeline(content.judgements(), words.dashboard())).append("\n</section>\n");
        entries(html, content, words);
        EntrySections.corrections(html, content.corrections(), words);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String notFound(String slug, PageWords words) {
        return start(words.get("not-found.page-title"), words)
                .append("<main>\n<h1>").append(text(words.get("not-found.title"))).append("</h1>\n<p>")
                .append(words.get("page.no-monitor", text(slug))).append("</p>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void pausedNote(StringBuilder html, PageContent content, PageWords words) {
        // A complementary landmark (no role="note", which would hide it from the landmarks): axe's "region" rule.
        html.append("<aside class=\"paused-note\" id=\"live-paused\" aria-label=\"")
                .append(text(words.get("page.paused"))).append("\">\n<p><strong>")
                .append(text(words.get("page.paused"))).append("</strong> ")
                .append(text(words.get("page.paused-why", words.moment(content.dashboard().readAt()))))
                .append("</p>\n<p><a id=\"live-retry\" href=\"").append(text(content.links().retryLive())).append("\">")
                .append(text(words.get("page.retry-live"))).append("</a></p>\n</aside>\n");
    }

    private static void selected(StringBuilder html, PageContent content, PageWords words) {
        if (content.selected() == null) {
            return;
        }
        html.append("<section class=\"selected-entry\" id=\"selected-entry\" aria-labelledby=\"selected-entry-heading\">\n")
                .append("<h2 id=\"selected-entry-heading\">").append(text(words.get("page.selected-entry")))
                .append("</h2>\n");
        if (content.selected().isPresent()) {
            html.append("<ul class=\"entry-list\">\n");
            EntrySections.item(html, content.selected().get(), false, words);
            html.append("</ul>\n");
        } else {
            html.append("<p>").append(text(words.get("page.entry-not-here", content.view().entry()))).append("</p>\n");
        }
        html.append("</section>\n");
    }

    private static void entries(StringBuilder html, PageContent content, PageWords words) {
        var range = content.view().range();
        html.append("<section class=\"entries\" aria-labelledby=\"entries\">\n<h2 id=\"entries\">")
                .append(text(words.get("page.entries")
                        + (range.from() == null ? "" : " " + words.get("page.from", words.dashboard().day(range.from())))
                        + (range.to() == null ? "" : " " + words.get("page.to", words.dashboard().day(range.to())))))
                .append(" (").append(content.total()).append(")</h2>\n");
        if (content.total() == 0) {
            html.append("<p>").append(text(words.get(range.isAll() ? "page.nothing-yet" : "page.nothing-in-range")))
                    .append("</p>\n</section>\n");
            return;
        }
        if (content.page() > 1) {
            html.append("<p class=\"quiet\">").append(text(words.get("page.entries-shown", content.firstShown(),
                            content.firstShown() - 1 + content.entries().size(), content.total())))
                    .append(" <a id=\"entries-first\" href=\"").append(text(content.links().page(1)))
                    .append("\">").append(text(words.get("page.back-to-latest"))).append("</a></p>\n");
        }
        Long selected = content.view().entry();
        html.append("<ol class=\"entry-list\" start=\"").append(content.firstShown()).append("\">\n");
        for (EntryLine entry : content.entries()) {
            EntrySections.item(html, entry, selected != null && selected == entry.id(), words);
        }
        html.append("</ol>\n");
        if (content.hasMore()) {
            html.append("<p class=\"more\"><a id=\"entries-more\" href=\"")
                    .append(text(content.links().page(content.page() + 1))).append("\">")
                    .append(text(words.get("page.show-more"))).append("</a></p>\n");
        }
        html.append("</section>\n");
    }

    private static StringBuilder start(String title, PageWords words) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(words.language().getLanguage()).append("\">\n").append("""
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """).append("<meta name=\"").append(LIVE_META).append("\" content=\"paused\">\n<title>")
                .append(text(title)).append("</title>\n");
        return html.append("<style>\n").append(PageStyle.BASE).append(OverflowStyle.RULES)
                .append("</style>\n</head>\n<body>\n");
    }
}
