package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.html.EntryHtml;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public log of corrections and retractions: what changed, from what to what, when and why. One element whose
 * content, heading included, is written once per log and shared by every open dashboard showing it.
 */
class CorrectionsLog extends Section {

    private static final int REMEMBERED = 100;
    private static final Map<List<Revision>, String> WRITTEN = new ConcurrentHashMap<>();

    CorrectionsLog(List<Revision> corrections) {
        addClassName("corrections");
        setId("corrections");
        getElement().setAttribute("aria-labelledby", "corrections-heading");
        if (WRITTEN.size() > REMEMBERED) {
            WRITTEN.clear();
        }
        getElement().setProperty("innerHTML", WRITTEN.computeIfAbsent(corrections, CorrectionsLog::write));
    }

    private static String write(List<Revision> corrections) {
        return "<h2 id=\"corrections-heading\">Corrections (" + corrections.size() + ")</h2>"
                + (corrections.isEmpty() ? "<p>No entry has been corrected or retracted.</p>"
                : "<div class=\"correction-log\">" + EntryHtml.corrections(corrections) + "</div>");
    }
}
