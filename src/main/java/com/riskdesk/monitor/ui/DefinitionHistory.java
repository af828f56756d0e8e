package com.riskdesk.monitor.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.DefinitionChange;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Every change to a monitor's definition, newest first: who, when, and what changed, one line each. */
class DefinitionHistory extends Section {

    DefinitionHistory(List<DefinitionChange> changes, StaffDates dates) {
        addClassName("definition-history");
        setId("definition-history");
        add(new H2(getTranslation("monitor.history.title")));
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("monitor.history.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (DefinitionChange change : changes) {
            UnorderedList what = new UnorderedList();
            change.changes().forEach(line -> what.add(new ListItem(getTranslation(line.key(), line.argArray()))));
            Span who = new Span(getTranslation("monitor.history.who", change.by(), dates.formatUtc(change.at())));
            who.addClassName("definition-change-who");
            list.add(new ListItem(who, what));
        }
        add(list);
    }
}
