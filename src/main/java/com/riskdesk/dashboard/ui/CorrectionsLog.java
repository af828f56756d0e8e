package com.riskdesk.dashboard.ui;

import com.riskdesk.entry.Revision;
import com.riskdesk.entry.RevisionAction;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The public log of corrections and retractions: what changed, from what to what, when and why. */
class CorrectionsLog extends Section {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    CorrectionsLog(List<Revision> corrections) {
        addClassName("corrections");
        setId("corrections");
        H2 heading = new H2("Corrections (" + corrections.size() + ")");
        heading.setId("corrections-heading");
        getElement().setAttribute("aria-labelledby", "corrections-heading");
        add(heading);
        if (corrections.isEmpty()) {
            add(new Paragraph("No entry has been corrected or retracted."));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("correction-list");
        corrections.forEach(revision -> list.add(item(revision)));
        add(list);
    }

    private static ListItem item(Revision revision) {
        Span action = new Span(revision.action().label());
        action.getElement().getThemeList().add(revision.action() == RevisionAction.RETRACTED ? "badge error small"
                : "badge small");
        Span when = new Span(WHEN.format(revision.changedAt()));
        when.addClassName("entry-date");
        Paragraph meta = new Paragraph(when, action);
        meta.addClassName("entry-meta");
        H3 headline = new H3(revision.headline());
        headline.addClassName("entry-headline");
        ListItem item = new ListItem(meta, headline);
        item.addClassName("entry");
        if (revision.reason() != null) {
            Paragraph reason = new Paragraph("Reason: " + revision.reason());
            reason.addClassName("correction-reason");
            item.add(reason);
        }
        if (!revision.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("correction-changes");
            revision.changes().forEach(change -> changes.add(new ListItem(change.describe())));
            item.add(changes);
        }
        return item;
    }
}
