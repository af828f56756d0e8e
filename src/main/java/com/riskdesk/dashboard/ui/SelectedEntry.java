package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EntryLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;

/**
 * The entry a link points at ({@code entry=}), shown in full above the tiles so whoever opens the link sees it first.
 * An entry that is not part of the view (another monitor's, retracted, or not yet recorded at a pinned moment) is
 * said to be so rather than silently dropped.
 */
class SelectedEntry extends Div {

    private final Runnable clear;
    private final H2 heading = new H2();

    /** {@code clear} removes the selection from the view. */
    SelectedEntry(Runnable clear) {
        this.clear = clear;
        addClassName("selected-entry");
        setId("selected-entry");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "selected-entry-heading");
        setVisible(false);
    }

    /** Moves focus to the panel, for a viewer who opened the entry from elsewhere on the page. */
    void focus() {
        heading.getElement().callJsFunction("focus");
    }

    /** Shows the selected entry ({@code id} null: none), or says it is not in this view when {@code entry} is empty. */
    void show(Long id, Optional<EntryLine> entry) {
        removeAll();
        setVisible(id != null);
        if (id == null) {
            return;
        }
        heading.setText(getTranslation("page.selected-entry"));
        heading.setId("selected-entry-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        Button close = new Button(getTranslation("dashboard.clear-selection"), click -> clear.run());
        close.setId("clear-selection");
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div top = new Div(heading, close);
        top.addClassName("selected-entry-top");
        add(top);
        if (entry.isPresent()) {
            ListItem item = EntryList.item(entry.get(), DashboardWords.in(getLocale()));
            UnorderedList holder = new UnorderedList(item);
            holder.addClassName("entry-list");
            add(holder);
        } else {
            add(new Paragraph(getTranslation("page.entry-not-here", id)));
        }
    }
}
