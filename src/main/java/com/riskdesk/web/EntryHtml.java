package com.riskdesk.web;

import static com.riskdesk.web.Html.text;

import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Revision;
import com.riskdesk.entry.RevisionAction;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Entries and corrections as the live dashboard lists them: date, kind and step, headline, figures with their
 * qualifiers ("at least 83"), notes and source; corrections with what changed, when and why.
 */
final class EntryHtml {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private EntryHtml() {
    }

    /** One entry as a list item; {@code selected} marks the entry the link points at. */
    static void item(StringBuilder html, EntryLine entry, boolean selected) {
        html.append("<li class=\"entry").append(selected ? " entry-selected\" aria-current=\"true" : "")
                .append("\" id=\"entry-").append(entry.id()).append("\">\n<p class=\"entry-meta\"><span class=\"entry-date\">")
                .append(text(entry.describeDate())).append("</span> <span class=\"badge\">")
                .append(text(entry.kind().label())).append("</span>");
        if (entry.escalationLevel() != null) {
            html.append(" <span class=\"badge badge-step\">Step ").append(entry.escalationLevel()).append("</span>");
        }
        html.append("</p>\n<h3 class=\"entry-headline\">").append(text(entry.headline())).append("</h3>\n");
        if (!entry.figures().isEmpty()) {
            html.append("<p class=\"entry-figures\">").append(text(entry.figures().stream()
                    .map(figure -> figure.indicatorName() + ": " + figure.value().describe()
                            + (figure.basis() == Basis.CUMULATIVE ? " (running total)" : ""))
                    .collect(Collectors.joining(" · ")))).append("</p>\n");
        }
        if (entry.notes() != null && !entry.notes().isBlank()) {
            html.append("<p class=\"entry-notes\">").append(text(entry.notes())).append("</p>\n");
        }
        html.append("<p class=\"citation\">");
        TileHtml.source(html, entry.source(), entry.confidence().label());
        html.append("</p>\n</li>\n");
    }

    /** The public log of corrections and retractions. */
    static void corrections(StringBuilder html, List<Revision> corrections) {
        html.append("<section class=\"corrections\" id=\"corrections\" aria-labelledby=\"corrections-heading\">\n")
                .append("<h2 id=\"corrections-heading\">Corrections (").append(corrections.size()).append(")</h2>\n");
        if (corrections.isEmpty()) {
            html.append("<p>No entry has been corrected or retracted.</p>\n</section>\n");
            return;
        }
        html.append("<ol class=\"entry-list correction-list\">\n");
        for (Revision revision : corrections) {
            html.append("<li class=\"entry\">\n<p class=\"entry-meta\"><span class=\"entry-date\">")
                    .append(text(WHEN.format(revision.changedAt()))).append("</span> <span class=\"badge")
                    .append(revision.action() == RevisionAction.RETRACTED ? " badge-error" : "").append("\">")
                    .append(text(revision.action().label())).append("</span></p>\n<h3 class=\"entry-headline\">")
                    .append(text(revision.headline())).append("</h3>\n");
            if (revision.reason() != null) {
                html.append("<p class=\"correction-reason\">Reason: ").append(text(revision.reason())).append("</p>\n");
            }
            if (!revision.changes().isEmpty()) {
                html.append("<ul class=\"correction-changes\">\n");
                revision.changes().forEach(change -> html.append("<li>").append(text(change.describe())).append("</li>\n"));
                html.append("</ul>\n");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }
}
