package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.Citation;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.dashboard.html.TileHtml;
import com.riskdesk.entry.Source;
import java.util.List;

/**
 * The tiles as server-written HTML, in the same words as the dashboard ({@link TileContent}): the qualifier apart
 * from the number, lines of context, and the sources one click away ({@code <details>}). Every piece of text is
 * escaped. Shared by the embeddable tiles and the overflow page.
 */
public final class TilesHtml {

    private TilesHtml() {
    }

    public static void tiles(StringBuilder html, List<TileContent> tiles) {
        html.append("<section class=\"tiles\" aria-label=\"Key figures\">\n");
        tiles.forEach(tile -> tile(html, tile));
        html.append("</section>\n");
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
    public static void citation(StringBuilder html, Citation citation) {
        html.append(text(citation.describeDate())).append(" · ").append(text(citation.headline())).append(". ");
        source(html, citation.source(), citation.confidence().label());
    }

    /** "Source: outlet, title (linked when there is a URL), published … · confidence". */
    public static void source(StringBuilder html, Source source, String confidence) {
        Html.source(html, source, confidence);
    }
}
