package com.riskdesk.dashboard.ui;

import com.riskdesk.base.web.Remembered;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.html.EntryHtml;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;

/**
 * The public log of corrections and retractions: what changed, from what to what, when and why. One element whose
 * content, heading included, is written once per log and shared by every open dashboard showing it.
 */
class CorrectionsLog extends Section {

    private static final Remembered<Log, String> WRITTEN = new Remembered<>(100);

    CorrectionsLog(List<Revision> corrections) {
        addClassName("corrections");
        setId("corrections");
        getElement().setAttribute("aria-labelledby", "corrections-heading");
        DashboardWords words = DashboardWords.in(getLocale());
        getElement().setProperty("innerHTML", WRITTEN.get(new Log(corrections, words.language()),
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
