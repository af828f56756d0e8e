package com.riskdesk.entry.ui;

import com.riskdesk.dashboard.TileChange;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;

/**
 * What the public tiles will read after the save, tile by tile ("Deaths: at least 83 → at least 170"), and why: the
 * figure counts as a running total or as this event only. A change that lowers a figure or makes it jump asks for a
 * reason before it can be saved; the reason is kept in the entry's history.
 */
// Lumo's utility classes (LumoUtility) are used only on the staff entry screens, so they load with them.
@StyleSheet(Lumo.UTILITY_STYLESHEET)
class PublicEffectPanel extends Div {

    final TextField confirmation = new TextField(getTranslation("entry.effect.confirmation"));
    private final Div body = new Div();
    private List<TileChange> changes = List.of();

    PublicEffectPanel() {
        setId("entry-effect");
        addClassName("entry-effect");
        getElement().setAttribute("aria-live", "polite");
        confirmation.setId("entry-confirmation");
        confirmation.setWidthFull();
        confirmation.setMaxLength(EntryService.REASON_MAX);
        confirmation.setHelperText(getTranslation("entry.effect.confirmation-help"));
        confirmation.setVisible(false);
        add(new H3(getTranslation("entry.effect.title")), body, confirmation);
        showNote(getTranslation("entry.effect.start"));
    }

    /** The tiles {@code changes} alters; {@code figures} are the entry's figures, to say how each one counts. */
    void show(List<TileChange> changes, Map<String, Figure> figures) {
        this.changes = List.copyOf(changes);
        body.removeAll();
        if (changes.isEmpty()) {
            showNote(getTranslation("entry.effect.none"));
        } else {
            UnorderedList list = new UnorderedList();
            changes.forEach(change -> list.add(item(change, figures.get(change.tileId()))));
            body.add(list);
        }
        boolean confirm = needsConfirmation();
        confirmation.setVisible(confirm);
        confirmation.setRequired(confirm);
        if (!confirm) {
            confirmation.setInvalid(false);
        }
    }

    /** Says why there is no preview now (e.g. the figures have problems); nothing needs confirming then. */
    void showNote(String note) {
        changes = List.of();
        body.removeAll();
        body.add(new Paragraph(note));
        confirmation.setVisible(false);
    }

    boolean needsConfirmation() {
        return changes.stream().anyMatch(TileChange::needsConfirmation);
    }

    /** The reason given for an unusual change, or null when none was needed. */
    String confirmationReason() {
        return needsConfirmation() ? confirmation.getValue().strip() : null;
    }

    void reset() {
        confirmation.clear();
        confirmation.setInvalid(false);
        showNote(getTranslation("entry.effect.start"));
    }

    private ListItem item(TileChange change, Figure figure) {
        ListItem item = new ListItem(new Span(change.describe()));
        item.addClassName("tile-change");
        item.getElement().setAttribute("data-tile", change.tileId());
        if (figure != null) {
            Paragraph why = new Paragraph(why(figure));
            why.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            item.add(why);
        }
        if (change.needsConfirmation()) {
            Paragraph warning = new Paragraph(getTranslation("entry.effect.check", change.confirmation()));
            warning.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
            item.add(warning);
        }
        return item;
    }

    private String why(Figure figure) {
        return getTranslation(figure.basis() == Basis.CUMULATIVE ? "entry.effect.why-cumulative"
                : "entry.effect.why-increment", Integer.toString(figure.low()));
    }
}
