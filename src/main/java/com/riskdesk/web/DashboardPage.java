package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.entry.DatePrecision;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The dashboard as one server-written HTML page, for readers beyond the cap of live dashboards: no script, no
 * session. It says that live updates are paused and as of when the figures are, links back to the live view, and
 * shows what the live dashboard shows, in the same words. Every piece of text is escaped.
 */
final class DashboardPage {

    /** Marks the page for load tests and monitoring: {@code <meta name="risk-monitor-live" content="paused">}. */
    static final String LIVE_META = "risk-monitor-live";
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DashboardPage() {
    }

    static String of(PageContent content) {
        Dashboard dashboard = content.dashboard();
        StringBuilder html = start(dashboard.monitor().name() + " · Risk Monitor");
        pausedNote(html, content);
        html.append("<main>\n<header class=\"page-header\">\n<p class=\"site\">Risk Monitor</p>\n<h1>")
                .append(text(dashboard.monitor().name())).append("</h1>\n<p class=\"summary\">")
                .append(text(dashboard.monitor().summary())).append("</p>\n</header>\n");
        if (dashboard.snapshot()) {
            html.append("<p class=\"snapshot-note\" id=\"snapshot-note\" role=\"note\">Snapshot: this dashboard as "
                    + "known at ").append(text(SECOND.format(dashboard.readAt())))
                    .append(". Entries recorded, corrected or retracted later are not shown.</p>\n");
        }
        selected(html, content);
        html.append("<p class=\"compare quiet\">Changes compared with ")
                .append(dashboard.periodDays() == 365 ? "a year ago" : dashboard.periodDays() + " days ago")
                .append("</p>\n");
        TilesHtml.tiles(html, TileContent.of(dashboard));
        OverTimeHtml.section(html, dashboard, content.view(), content.links().path());
        entries(html, content);
        EntrySections.corrections(html, content.corrections());
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String notFound(String slug) {
        return start("Page not found · Risk Monitor")
                .append("<main>\n<h1>Page not found</h1>\n<p>There is no monitor called \"").append(text(slug))
                .append("\".</p>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void pausedNote(StringBuilder html, PageContent content) {
        // A complementary landmark (no role="note", which would hide it from the landmarks): axe's "region" rule.
        html.append("<aside class=\"paused-note\" id=\"live-paused\" aria-label=\"Live updates paused\">\n<p><strong>Live updates are "
                + "paused</strong> because many people are viewing right now. The figures are as of ")
                .append(text(MOMENT.format(content.dashboard().readAt()))).append(".</p>\n<p><a id=\"live-retry\" href=\"")
                .append(text(content.links().retryLive())).append("\">Try the live view again</a></p>\n</aside>\n");
    }

    private static void selected(StringBuilder html, PageContent content) {
        if (content.selected() == null) {
            return;
        }
        html.append("<section class=\"selected-entry\" id=\"selected-entry\" aria-labelledby=\"selected-entry-heading\">\n")
                .append("<h2 id=\"selected-entry-heading\">Selected entry</h2>\n");
        if (content.selected().isPresent()) {
            html.append("<ul class=\"entry-list\">\n");
            EntrySections.item(html, content.selected().get(), false);
            html.append("</ul>\n");
        } else {
            html.append("<p>Entry ").append(content.view().entry()).append(" is not part of this view: it belongs to "
                    + "another monitor, has been retracted, or had not been recorded at the moment this view shows.</p>\n");
        }
        html.append("</section>\n");
    }

    private static void entries(StringBuilder html, PageContent content) {
        var range = content.view().range();
        html.append("<section class=\"entries\" aria-labelledby=\"entries\">\n<h2 id=\"entries\">Entries")
                .append(text((range.from() == null ? "" : " from " + DatePrecision.formatDay(range.from()))
                        + (range.to() == null ? "" : " to " + DatePrecision.formatDay(range.to()))))
                .append(" (").append(content.total()).append(")</h2>\n");
        if (content.total() == 0) {
            html.append("<p>").append(range.isAll() ? "Nothing has been recorded for this monitor yet."
                    : "Nothing was recorded for these dates.").append("</p>\n</section>\n");
            return;
        }
        if (content.page() > 1) {
            html.append("<p class=\"quiet\">Entries ").append(content.firstShown()).append("–")
                    .append(content.firstShown() - 1 + content.entries().size()).append(" of ").append(content.total())
                    .append(". <a id=\"entries-first\" href=\"").append(text(content.links().page(1)))
                    .append("\">Back to the latest entries</a></p>\n");
        }
        Long selected = content.view().entry();
        html.append("<ol class=\"entry-list\" start=\"").append(content.firstShown()).append("\">\n");
        for (EntryLine entry : content.entries()) {
            EntrySections.item(html, entry, selected != null && selected == entry.id());
        }
        html.append("</ol>\n");
        if (content.hasMore()) {
            html.append("<p class=\"more\"><a id=\"entries-more\" href=\"")
                    .append(text(content.links().page(content.page() + 1))).append("\">Show more</a></p>\n");
        }
        html.append("</section>\n");
    }

    private static StringBuilder start(String title) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """).append("<meta name=\"").append(LIVE_META).append("\" content=\"paused\">\n<title>")
                .append(text(title)).append("</title>\n");
        return html.append("<style>\n").append(PageStyle.BASE).append(OverflowStyle.RULES)
                .append("</style>\n</head>\n<body>\n");
    }
}
