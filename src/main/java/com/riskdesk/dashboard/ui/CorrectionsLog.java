package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.html.EntryHtml;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public log of corrections and retractions: what changed, from what to what, when and why. One element whose
 * content, heading included, is written once per log and shared by every open dashboard showing it.
 */
class CorrectionsLog extends Section {

    private static final int REMEMBERED = 100;
    private static final Map<Log, String> WRITTEN = new ConcurrentHashMap<>();

    CorrectionsLog(List<Revision> corrections) {
        addClassName("corrections");
        setId("corrections");
        getElement().setAttribute("aria-labelledby", "corrections-heading");
        if (WRITTEN.size() > REMEMBERED) {
            WRITTEN.clear();
        }
        DashboardWords words = DashboardWords.in(getLocale());
        getElement().setProperty("innerHTML", WRITTEN.computeIfAbsent(new Log(corrections, words.language()),
                log -> write(corrections, words)));
    }

    private static String write(List<Revision> corrections, DashboardWords words) {
        return "<h2 id=\"corrections-heading\">" + Html.text(words.text("dashboard.corrections", corrections.size()))
                + "</h2>" + (corrections.isEmpty() ? "<p>" + Html.text(words.text("page.no-corrections")) + "</p>"
                : "<div class=\"correction-log\">" + EntryHtml.corrections(corrections, words) + "</div>");
    }

    /** A log as written in one language. */
    private record Log(List<Revision> corrections, Locale language) {
    }
}
