package com.riskdesk.dashboard.html;

import com.riskdesk.base.web.Remembered;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Revision;
import com.riskdesk.entry.RevisionAction;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An entry, and the corrections log, as the dashboard lists them: its date, kind and step, headline, figures with
 * their qualifier and basis ("Deaths: at least 83 (running total)"), notes and source. Equal entries get the same
 * string instance, so thousands of open dashboards listing the same entries hold one copy of each.
 */
public final class EntryHtml {

    private static final Remembered<Written, String> WRITTEN = new Remembered<>(20_000);
    private static final Remembered<Log, String> LOGS = new Remembered<>(100);

    private EntryHtml() {
    }

    /** The inside of an entry's list item: everything but the item itself. */
    public static String of(EntryLine entry) {
        return of(entry, DashboardWords.ENGLISH);
    }

    public static String of(EntryLine entry, DashboardWords words) {
        return written(entry, false, words);
    }

    /**
     * The same with a "Select" button beside its date ({@code data-entry} carries the entry's id), for the live
     * dashboard's list, where selecting puts the entry in the link.
     */
    public static String selectable(EntryLine entry, DashboardWords words) {
        return written(entry, true, words);
    }

    private static String written(EntryLine entry, boolean selectable, DashboardWords words) {
        return WRITTEN.get(new Written(entry, selectable, words.language()), key -> write(entry, selectable, words));
    }

    private record Written(EntryLine entry, boolean selectable, Locale language) {
    }

    private static String write(EntryLine entry, boolean selectable, DashboardWords words) {
        StringBuilder html = new StringBuilder(512);
        html.append("<div class=\"entry-meta\"><span class=\"entry-date\">")
                .append(Html.text(words.date(entry.precision(), entry.occurredOn())))
                .append("</span><span class=\"badge\" theme=\"badge contrast small\">").append(Html.text(entry.kindLabel()))
                .append("</span>");
        if (entry.escalationLevel() != null) {
            html.append("<span class=\"badge badge-step\" theme=\"badge small\">")
                    .append(Html.text(words.step(entry.escalationLevel()))).append("</span>");
        }
        if (selectable) {
            html.append("<button type=\"button\" class=\"entry-select\" data-entry=\"").append(entry.id())
                    .append("\" aria-label=\"").append(Html.text(words.text("words.html.select-of", entry.headline())))
                    .append("\">").append(Html.text(words.text("words.html.select"))).append("</button>");
        }
        html.append("</div><h3 class=\"entry-headline\">").append(Html.text(entry.headline())).append("</h3>");
        if (!entry.figures().isEmpty()) {
            html.append("<p class=\"entry-figures\">").append(Html.text(entry.figures().stream()
                    .map(figure -> figure.indicatorName() + ": " + words.describe(figure.value())
                            + (figure.basis() == Basis.CUMULATIVE ? words.text("words.html.running-total") : ""))
                    .collect(Collectors.joining(" · ")))).append("</p>");
        }
        if (entry.notes() != null && !entry.notes().isBlank()) {
            html.append("<p class=\"entry-notes\">").append(Html.text(entry.notes())).append("</p>");
        }
        Html.citation(html, entry.source(), entry.confidence(), words);
        return html.toString();
    }

    /** The corrections log's list: what changed, from what to what, when and why; newest first. */
    public static String corrections(List<Revision> corrections) {
        return corrections(corrections, DashboardWords.ENGLISH);
    }

    public static String corrections(List<Revision> corrections, DashboardWords words) {
        return LOGS.get(new Log(corrections, words.language()), key -> writeCorrections(corrections, words));
    }

    private record Log(List<Revision> corrections, Locale language) {
    }

    private static String writeCorrections(List<Revision> corrections, DashboardWords words) {
        StringBuilder html = new StringBuilder("<ol class=\"correction-list entry-list\">");
        for (Revision revision : corrections) {
            html.append("<li class=\"entry\"><p class=\"entry-meta\"><span class=\"entry-date\">")
                    .append(Html.text(words.moment(revision.changedAt()))).append("</span><span ")
                    .append(revision.action() == RevisionAction.RETRACTED
                            ? "class=\"badge badge-error\" theme=\"badge error small\""
                            : "class=\"badge\" theme=\"badge small\"")
                    .append(">").append(Html.text(words.action(revision.action()))).append("</span></p>")
                    .append("<h3 class=\"entry-headline\">").append(Html.text(revision.headline())).append("</h3>");
            if (revision.reason() != null) {
                html.append("<p class=\"correction-reason\">")
                        .append(Html.text(words.text("words.html.reason", revision.reason()))).append("</p>");
            }
            if (!revision.changes().isEmpty()) {
                html.append("<ul class=\"correction-changes\">");
                revision.changes().forEach(change -> html.append("<li>").append(Html.text(words.text(change.describe())))
                        .append("</li>"));
                html.append("</ul>");
            }
            html.append("</li>");
        }
        return html.append("</ol>").toString();
    }
}
