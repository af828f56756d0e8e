package com.riskdesk.web;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.html.EntryHtml;
import com.riskdesk.entry.Revision;
import java.util.List;

/**
 * Entries and corrections as the live dashboard lists them ({@link EntryHtml}, the same words), as list items and a
 * section of the server-written page.
 */
final class EntrySections {

    private EntrySections() {
    }

    /** One entry as a list item; {@code selected} marks the entry the link points at. */
    static void item(StringBuilder html, EntryLine entry, boolean selected, PageWords words) {
        html.append("<li class=\"entry").append(selected ? " entry-selected\" aria-current=\"true" : "")
                .append("\" id=\"entry-").append(entry.id()).append("\">\n")
                .append(EntryHtml.of(entry, words.dashboard())).append("\n</li>\n");
    }

    /** The public log of corrections and retractions. */
    static void corrections(StringBuilder html, List<Revision> corrections, PageWords words) {
        html.append("<section class=\"corrections\" id=\"corrections\" aria-labelledby=\"corrections-heading\">\n")
                .append("<h2 id=\"corrections-heading\">").append(text(words.get("page.corrections")))
                .append(" (").append(corrections.size()).append(")</h2>\n");
        if (corrections.isEmpty()) {
            html.append("<p>").append(text(words.get("page.no-corrections"))).append("</p>\n</section>\n");
            return;
        }
        html.append(EntryHtml.corrections(corrections, words.dashboard())).append("\n</section>\n");
    }
}
