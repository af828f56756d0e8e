package com.riskdesk.monitor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Why a form was not saved, listed at its top and announced to screen readers as it appears. */
class FormProblems extends Div {

    FormProblems() {
        addClassName("admin-form-problems");
        getElement().setAttribute("role", "alert");
    }

    /** Shows the messages; an empty list clears them. */
    void show(List<String> messages) {
        removeAll();
        if (messages.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        add(new Paragraph(getTranslation("monitor.not-saved", messages.size())),
                list);
    }
}
