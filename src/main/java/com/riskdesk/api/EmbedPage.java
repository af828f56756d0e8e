package com.riskdesk.api;

import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.html.PlaceHtml;
import com.riskdesk.place.MapText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.base.web.EmbedHeight;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.web.PageStyle;
import com.riskdesk.web.TilesHtml;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The HTML of the embeddable tiles: the same words as the dashboard's tiles ({@link TileContent}), styled inline,
 * following the reader's light or dark scheme. Every piece of text is escaped. Its only script tells a framing page
 * the embed's height ({@link EmbedHeight}).
 */
final class EmbedPage {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final String STYLE = PageStyle.BASE + """
            .embed-as-of { margin: 0 0 8px; color: var(--quiet); }
            footer { margin-top: 10px; font-size: 13px; }
            """;

    private EmbedPage() {
    }

    static String tiles(Dashboard dashboard, String dashboardLink, String methodologyLink, boolean unreadable) {
        StringBuilder html = start(dashboard.monitor().name() + " · Risk Monitor");
        html.append("<main class=\"embed\">\n<h1>").append(text(dashboard.monitor().name())).append("</h1>\n");
        if (dashboard.snapshot()) {
            html.append("<p class=\"embed-as-of\">As recorded by ").append(text(MOMENT.format(dashboard.readAt())))
                    .append("</p>\n");
        } else if (unreadable) {
            html.append("<p class=\"embed-as-of\">The time asked for could not be shown; these are the latest figures.</p>\n");
        }
        TilesHtml.tiles(html, TileContent.of(dashboard));
        html.append("<footer><a id=\"embed-source\" href=\"").append(text(dashboardLink))
                .append("\" target=\"_blank\" rel=\"noopener\">Source: Risk Monitor — open the full dashboard</a>")
                .append(" · <a id=\"embed-methodology\" href=\"").append(text(methodologyLink))
                .append("\" target=\"_blank\" rel=\"noopener\">How these figures are made</a>")
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
                      boolean unreadable, MapText words) {
        StringBuilder html = start(dashboard.monitor().name() + " · where it happened · Risk Monitor");
        html.insert(html.indexOf("</head>"), "<base target=\"_blank\">\n<style>.place-map{display:block;width:100%;"
                + "height:auto}.place-table{border-collapse:collapse;width:100%;margin-top:8px;font-size:14px}"
                + ".place-table caption{text-align:start;font-weight:600}.place-table th,.place-table td{text-align:start;"
                + "padding:3px 6px;border-bottom:1px solid var(--line)}.place-table tr.highlighted th{box-shadow:inset 3px 0 0 "
                + "#1d4ed8}@media (prefers-color-scheme:dark){.place-table tr.highlighted th{box-shadow:inset 3px 0 0 "
                + "#93c5fd}}.place-of-entry{font-weight:normal;color:var(--quiet)}</style>\n");
        html.append("<main class=\"embed\">\n<h1>").append(text(dashboard.monitor().name()))
                .append(": where it happened</h1>\n");
        if (dashboard.snapshot()) {
            html.append("<p class=\"embed-as-of\">As recorded by ").append(text(MOMENT.format(dashboard.readAt())))
                    .append("</p>\n");
        } else if (unreadable) {
            html.append("<p class=\"embed-as-of\">The time asked for could not be shown; these are the latest figures.</p>\n");
        }
        Function<String, String> href = key -> dashboardLink + (dashboardLink.contains("?") ? "&" : "?") + "place="
                + URLEncoder.encode(key, StandardCharsets.UTF_8);
        html.append(PlaceHtml.map(places, null, entry, href, words)).append('\n')
                .append(PlaceHtml.table(places, null, entry, href, words))
                .append("\n<footer><a id=\"embed-source\" href=\"").append(text(dashboardLink))
                .append("\" rel=\"noopener\">Source: Risk Monitor — open the full dashboard</a> · Boundaries: Natural "
                        + "Earth; seas: © OpenStreetMap contributors (ODbL)</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String notFound(String slug) {
        return start("Page not found · Risk Monitor")
                .append("<main class=\"embed\">\n<h1>Page not found</h1>\n<p>There is no monitor called \"")
                .append(text(slug)).append("\".</p>\n</main>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder start(String title) {
        return new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>""").append(text(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }
}
