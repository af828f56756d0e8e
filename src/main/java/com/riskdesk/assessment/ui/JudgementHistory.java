package com.riskdesk.assessment.ui;

import com.riskdesk.assessment.JudgementChange;
import com.riskdesk.base.ui.StaffDates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** A judgement's history for staff: every revision with who, when, why and what changed, latest first. */
class JudgementHistory extends Div {

    JudgementHistory() {
        addClassName("judgement-history");
    }

    void show(List<JudgementChange> history, StaffDates dates) {
        removeAll();
        if (history.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("review.history")));
        OrderedList list = new OrderedList();
        history.reversed().forEach(change -> {
            ListItem item = new ListItem(new Paragraph(getTranslation(
                    change.reason() == null ? "judgement.history.line" : "judgement.history.line-reason",
                    getTranslation("judgement.action." + change.action().name()), change.changedBy(),
                    dates.formatUtc(change.changedAt()), change.reason())));
            change.changes().forEach(line -> item.add(new Paragraph(getTranslation(line.key(), line.argArray()))));
            list.add(item);
        });
        add(list);
    }
}
