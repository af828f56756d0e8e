package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.Citation;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.dashboard.html.TileHtml;
import java.util.List;

/**
 * The tiles as server-written HTML, in the same words as the dashboard ({@link TileContent}): the qualifier apart
 * from the number, lines of context, and the sources one click away ({@code <details>}). Every piece of text is
 * escaped. Shared by the embeddable tiles and the overflow page.
 */
public final class TilesHtml {

    private TilesHtml() {
    }

    public static void tiles(StringBuilder html, List<TileContent> tiles, DashboardWords words) {
        html.append("<section class=\"tiles\" aria-label=\"").append(text(words.text("dashboard.key-figures")))
                .append("\">\n");
        tiles.forEach(tile -> tile(html, tile, words));
        html.append("</section>\n");
    }

    private static void tile(StringBuilder html, TileContent tile, DashboardWords words) {
        html.append("<article class=\"tile\" id=\"tile-").append(text(tile.id())).append("\">\n")
                .append(TileHtml.body(tile, "h2")).append('\n');
        if (!tile.sources().isEmpty()) {
            html.append("<details><summary>")
                    .append(text(words.text("words.html.sources", words.number(tile.sources().size()))))
                    .append("</summary>\n<p>")
                    .append(text(tile.sourcesHeading())).append("</p>\n<ul>\n");
            tile.sources().forEach(source -> {
                html.append("<li>");
                if (!source.figure().isEmpty()) {
                    html.append("<span class=\"source-figure\">").append(text(source.figure())).append("</span> · ");
                }
                citation(html, source.citation(), words);
                html.append("</li>\n");
            });
            html.append("</ul>\n</details>\n");
        }
        html.append("</article>\n");
    }

    /** "30 Nov 2025 · headline. Source: outlet, title (linked), published … · confidence". */
    private static void citation(StringBuilder html, Citation citation, DashboardWords words) {
        html.append(text(words.date(citation))).append(" · ").append(text(citation.headline())).append(". ");
        Html.source(html, citation.source(), citation.confidence(), words);
    }
}
