package com.riskdesk.api;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.html.PlaceHtml;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.base.web.EmbedHeight;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.web.PageStyle;
import com.riskdesk.web.TilesHtml;

/**
 * The HTML of the embeddable tiles: the same words as the dashboard's tiles ({@link TileContent}), styled inline,
 * following the reader's light or dark scheme. Every piece of text is escaped. Its only script tells a framing page
 * the embed's height ({@link EmbedHeight}).
 */
final class EmbedPage {

    private static final String STYLE = PageStyle.BASE + """
            .embed-as-of { margin: 0 0 8px; color: var(--quiet); }
            footer { margin-top: 10px; font-size: 13px; }
            """;

    private EmbedPage() {
    }

    static String tiles(Dashboard dashboard, String dashboardLink, String methodologyLink, boolean unreadable,
                        DashboardWords words) {
        StringBuilder html = start(dashboard.monitor().name() + " · " + words.text("app.name"), words);
        html.append("<main class=\"embed\">\n<h1>").append(text(dashboard.monitor().name())).append("</h1>\n");
        asOf(html, dashboard, unreadable, words);
        TilesHtml.tiles(html, TileContent.of(dashboard, words), words);
        html.append("<footer><a id=\"embed-source\" href=\"").append(text(dashboardLink))
                .append("\" target=\"_blank\" rel=\"noopener\">").append(text(words.text("embed.source")))
                .append("</a> · <a id=\"embed-methodology\" href=\"").append(text(methodologyLink))
                .append("\" target=\"_blank\" rel=\"noopener\">").append(text(words.text("dashboard.methodology")))
                .append("</a>")
                .append("</footer>\n</main>\n<script>").append(EmbedHeight.SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The map of the entries' places as inline SVG, with its table of places; every place links to the full dashboard
     * with that place selected, in a new tab. No script, like the tiles. The places of {@code entry} (null: none) are
     * marked as the selected entry's.
     */
    static String map(Dashboard dashboard, DashboardPlaces.Places places, Long entry, String dashboardLink,
                      boolean unreadable, DashboardWords words) {
        StringBuilder html = start(words.text("embed.map-title", dashboard.monitor().name()), words);
        html.insert(html.indexOf("</head>"), "<base target=\"_blank\">\n<style>.place-map{display:block;width:100%;"
                + "height:auto}.place-table{border-collapse:collapse;width:100%;margin-top:8px;font-size:14px}"
                + ".place-table caption{text-align:start;font-weight:600}.place-table th,.place-table td{text-align:start;"
                + "padding:3px 6px;border-bottom:1px solid var(--line)}.place-table tr.highlighted th{box-shadow:inset 3px 0 0 "
                + "#1d4ed8}@media (prefers-color-scheme:dark){.place-table tr.highlighted th{box-shadow:inset 3px 0 0 "
                + "#93c5fd}}.place-of-entry{font-weight:normal;color:var(--quiet)}</style>\n");
        html.append("<main class=\"embed\">\n<h1>")
                .append(text(words.text("embed.map-heading", dashboard.monitor().name()))).append("</h1>\n");
        asOf(html, dashboard, unreadable, words);
        Function<String, String> href = key -> dashboardLink + (dashboardLink.contains("?") ? "&" : "?") + "place="
                + URLEncoder.encode(key, StandardCharsets.UTF_8);
        html.append(PlaceHtml.map(places, null, entry, href, words::text)).append('\n')
                .append(PlaceHtml.table(places, null, entry, href, words::text))
                .append("\n<footer><a id=\"embed-source\" href=\"").append(text(dashboardLink))
                .append("\" rel=\"noopener\">").append(text(words.text("embed.source"))).append("</a> · ")
                .append(text(words.text("embed.map-credits"))).append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** "As recorded by …" for a snapshot, or that the moment asked for could not be shown. */
    private static void asOf(StringBuilder html, Dashboard dashboard, boolean unreadable, DashboardWords words) {
        if (dashboard.snapshot()) {
            html.append("<p class=\"embed-as-of\">")
                    .append(text(words.text("embed.as-recorded-by", words.moment(dashboard.readAt())))).append("</p>\n");
        } else if (unreadable) {
            html.append("<p class=\"embed-as-of\">").append(text(words.text("embed.unreadable"))).append("</p>\n");
        }
    }

    static String notFound(String slug, DashboardWords words) {
        return start(words.text("not-found.page-title"), words)
                .append("<main class=\"embed\">\n<h1>").append(text(words.text("not-found.title")))
                .append("</h1>\n<p>").append(words.text("page.no-monitor", text(slug)))
                .append("</p>\n</main>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder start(String title, DashboardWords words) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(words.language().getLanguage())
                .append("\">\n").append("""
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>""").append(text(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }
}
