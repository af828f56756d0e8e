package com.riskdesk.dashboard.html;

import com.riskdesk.base.web.Remembered;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.TileContent;
import java.util.function.Supplier;

/**
 * A tile's words as HTML: its label, the figure with the qualifier kept apart from the number ("at least" 83) or a
 * note that there is none, and its lines of context. The same for the live dashboard, the embed and the
 * server-written page; equal tiles get the same string instance.
 */
public final class TileHtml {

    private static final Remembered<Written, String> WRITTEN = new Remembered<>(5_000);

    private TileHtml() {
    }

    /** The tile's label as an {@code h2}/{@code h3} ({@code heading}), its figure and its lines. */
    public static String body(TileContent tile, String heading) {
        return remembered(new Written(tile, heading), () -> write(tile, heading));
    }

    /** Equal tiles get one string (one tile's HTML is made of another's, which {@link Remembered} allows). */
    private static String remembered(Written key, Supplier<String> write) {
        return WRITTEN.get(key, written -> write.get());
    }

    /**
     * The live dashboard's tile: {@link #body} and its sources, opened in place ({@code <details>}), each with a
     * button that shows its whole entry ({@code data-show-entry} carries the entry's id); the fixed words in the
     * language of {@code words}.
     */
    public static String withSources(TileContent tile, DashboardWords words) {
        return remembered(new Written(tile, SOURCES + words.language()), () -> {
            StringBuilder html = new StringBuilder(body(tile, "h3"));
            if (!tile.sources().isEmpty()) {
                String count = words.number(tile.sources().size());
                html.append("<details class=\"tile-sources\"><summary aria-label=\"")
                        .append(Html.text(words.text("words.html.sources-for", tile.label(), count))).append("\">")
                        .append(Html.text(words.text("words.html.sources", count)))
                        .append("</summary><div class=\"source-list\"><p class=\"source-list-heading\">")
                        .append(Html.text(tile.sourcesHeading())).append("</p><ul>");
                tile.sources().forEach(source -> {
                    html.append("<li>");
                    if (!source.figure().isEmpty()) {
                        html.append("<span class=\"source-figure\">").append(Html.text(source.figure()))
                                .append("</span>");
                    }
                    html.append("<p class=\"source-headline\">").append(Html.text(source.citation().headline()))
                            .append("</p><p class=\"citation\">")
                            .append(Html.text(words.date(source.citation()))).append(" · ");
                    Html.source(html, source.citation().source(), source.citation().confidence(), words);
                    html.append("</p><button type=\"button\" class=\"source-show-entry\" data-show-entry=\"")
                            .append(source.citation().entryId()).append("\" aria-label=\"")
                            .append(Html.text(words.text("words.html.show-entry-of", source.citation().headline())))
                            .append("\">").append(Html.text(words.text("words.html.show-entry")))
                            .append("</button></li>");
                });
                html.append("</ul></div></details>");
            }
            return html.toString();
        });
    }

    private static final String SOURCES = "sources";

    private record Written(TileContent tile, String heading) {
    }

    private static String write(TileContent tile, String heading) {
        StringBuilder html = new StringBuilder(256);
        html.append('<').append(heading).append(" class=\"tile-label\">").append(Html.text(tile.label()))
                .append("</").append(heading).append('>');
        if (tile.hasFigure()) {
            html.append("<p class=\"tile-value\">");
            if (!tile.qualifier().isEmpty()) {
                html.append("<span class=\"tile-qualifier\">").append(Html.text(tile.qualifier())).append("</span> ");
            }
            html.append("<span class=\"tile-number\">").append(Html.text(tile.number())).append("</span>");
            if (!tile.unit().isEmpty()) {
                html.append(" <span class=\"tile-unit\">").append(Html.text(tile.unit())).append("</span>");
            }
        } else {
            html.append("<p class=\"tile-value tile-empty\"><span class=\"tile-missing\">")
                    .append(Html.text(tile.missing())).append("</span>");
        }
        html.append("</p>");
        tile.lines().forEach(line -> html.append("<p class=\"tile-").append(Html.text(line.kind())).append("\">")
                .append(Html.text(line.text())).append("</p>"));
        return html.toString();
    }
}
