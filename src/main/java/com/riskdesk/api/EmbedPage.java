package com.riskdesk.api;

import com.riskdesk.dashboard.Citation;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.TileHtml;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.Source;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the embeddable tiles: the same words as the dashboard's tiles ({@link TileContent}), styled inline,
 * following the reader's light or dark scheme. Every piece of text is escaped.
 */
final class EmbedPage {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            :root { color-scheme: light dark; --text: #1a2233; --quiet: #5b6577; --line: #dde1e8; --card: #fff;
                    --page: #f4f5f7; --link: #1a5fd0; }
            @media (prefers-color-scheme: dark) {
              :root { --text: #e8ebf1; --quiet: #a5adbb; --line: #364154; --card: #1e2633; --page: #151b24;
                      --link: #7fb0ff; }
            }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 12px; background: var(--page); color: var(--text);
                   font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            h1 { font-size: 18px; margin: 0 0 8px; }
            a { color: var(--link); }
            .embed-as-of { margin: 0 0 8px; color: var(--quiet); }
            .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr)); gap: 8px; }
            .tile { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; }
            .tile h2 { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase;
                       color: var(--quiet); }
            .tile p { margin: 2px 0; }
            .tile-value { margin: 4px 0 !important; }
            .tile-number { font-size: 28px; font-weight: 700; }
            .tile-qualifier, .tile-unit { color: var(--quiet); font-weight: 600; }
            .tile-missing { color: var(--quiet); font-size: 17px; }
            .tile-step-name { font-weight: 600; }
            .tile-change, .tile-updated, .tile-context { font-size: 13px; color: var(--quiet); }
            details { margin-top: 6px; font-size: 13px; }
            summary { cursor: pointer; color: var(--link); }
            details ul { margin: 6px 0 0; padding-left: 18px; }
            details li { margin-bottom: 6px; }
            .source-figure { font-weight: 600; }
            footer { margin-top: 10px; font-size: 13px; }
            """;

    private EmbedPage() {
    }

    static String tiles(Dashboard dashboard, String dashboardLink, boolean unreadable) {
        StringBuilder html = start(dashboard.monitor().name() + " · Risk Monitor");
        html.append("<main class=\"embed\">\n<h1>").append(text(dashboard.monitor().name())).append("</h1>\n");
        if (dashboard.snapshot()) {
            html.append("<p class=\"embed-as-of\">As recorded by ").append(text(MOMENT.format(dashboard.readAt())))
                    .append("</p>\n");
        } else if (unreadable) {
            html.append("<p class=\"embed-as-of\">The time asked for could not be shown; these are the latest figures.</p>\n");
        }
        html.append("<section class=\"tiles\" aria-label=\"Key figures\">\n");
        TileContent.of(dashboard).forEach(tile -> tile(html, tile));
        html.append("</section>\n<footer><a id=\"embed-source\" href=\"").append(text(dashboardLink))
                .append("\" target=\"_blank\" rel=\"noopener\">Source: Risk Monitor — open the full dashboard</a>")
                .append("</footer>\n</main>\n</body>\n</html>\n");
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

    private static void tile(StringBuilder html, TileContent tile) {
        html.append("<article class=\"tile\" id=\"tile-").append(text(tile.id())).append("\">\n")
                .append(TileHtml.body(tile, "h2")).append('\n');
        if (!tile.sources().isEmpty()) {
            html.append("<details><summary>Sources (").append(tile.sources().size()).append(")</summary>\n<p>")
                    .append(text(tile.sourcesHeading())).append("</p>\n<ul>\n");
            tile.sources().forEach(source -> {
                html.append("<li>");
                if (!source.figure().isEmpty()) {
                    html.append("<span class=\"source-figure\">").append(text(source.figure())).append("</span> · ");
                }
                citation(html, source.citation());
                html.append("</li>\n");
            });
            html.append("</ul>\n</details>\n");
        }
        html.append("</article>\n");
    }

    /** "30 Nov 2025 · headline. Source: outlet, title (linked), published … · confidence". */
    private static void citation(StringBuilder html, Citation citation) {
        Source source = citation.source();
        html.append(text(citation.describeDate())).append(" · ").append(text(citation.headline()))
                .append(". Source: ").append(text(source.outlet())).append(", ");
        if (source.url() != null && !source.url().isBlank()) {
            html.append("<a href=\"").append(text(source.url()))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">").append(text(source.title()))
                    .append("</a>");
        } else {
            html.append(text(source.title()));
        }
        if (source.publishedOn() != null) {
            html.append(", published ").append(text(DatePrecision.formatDay(source.publishedOn())));
        }
        html.append(" · ").append(text(citation.confidence().label()));
    }

    /** Escaped for element content and for quoted attribute values alike. */
    private static String text(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }

}
