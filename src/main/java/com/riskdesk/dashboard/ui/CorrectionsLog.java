package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.dashboard.html.EntryHtml;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The public log of corrections and retractions: what changed, from what to what, when and why. */
class CorrectionsLog extends Section {

    CorrectionsLog(List<Revision> corrections) {
        addClassName("corrections");
        setId("corrections");
        H2 heading = new H2(getTranslation("dashboard.corrections", corrections.size()));
        heading.setId("corrections-heading");
        getElement().setAttribute("aria-labelledby", "corrections-heading");
        add(heading);
        add(corrections.isEmpty() ? new Paragraph(getTranslation("page.no-corrections"))
                : new WrittenHtml("correction-log", EntryHtml.corrections(corrections, DashboardWords.in(getLocale()))));
    }
}
