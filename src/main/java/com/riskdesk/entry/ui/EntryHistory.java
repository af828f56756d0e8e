package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.entry.Revision;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** An entry's history for staff: every revision with who, when, why and what changed from what to what. */
class EntryHistory extends Div {

    EntryHistory() {
        addClassName("entry-history");
    }

    void show(List<Revision> revisions, StaffDates dates) {
        removeAll();
        if (revisions.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("review.history")));
        OrderedList list = new OrderedList();
        revisions.reversed().forEach(revision -> {
            ListItem item = new ListItem(new Paragraph(getTranslation(
                    revision.reason() == null ? "judgement.history.line" : "judgement.history.line-reason",
                    getTranslation("label.action." + revision.action().name()), revision.changedBy(),
                    dates.formatUtc(revision.changedAt()), revision.reason())));
            revision.changes().forEach(change -> item.add(new Paragraph(Problems.text(change.describe()))));
            list.add(item);
        });
        add(list);
    }
}
