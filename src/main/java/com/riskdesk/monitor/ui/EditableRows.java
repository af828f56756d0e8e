package com.riskdesk.monitor.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An ordered list of rows that can be added, removed and moved up or down (or, {@link #fixed}, only moved). Each row is
 * told its position so it can label itself ("Step 2"); after every change keyboard focus stays on something sensible.
 */
class EditableRows<R extends FormRow> extends Div {

    private final List<R> rows = new ArrayList<>();
    private final Map<R, Tools> tools = new IdentityHashMap<>();
    private final Supplier<R> blankRow;
    private final String noun;
    private final Div list = new Div();
    private final Button add;

    EditableRows(String addLabel, String noun, Supplier<R> blankRow) {
        this.blankRow = blankRow;
        this.noun = noun;
        addClassName("editable-rows");
        list.addClassName("editable-rows-list");
        add = new Button(addLabel, click -> addRow().focusFirstField());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(list, add);
    }

    private EditableRows(String noun) {
        this.blankRow = null;
        this.noun = noun;
        this.add = null;
        addClassName("editable-rows");
        list.addClassName("editable-rows-list");
        add(list);
    }

    /** Rows that are given, not added or removed: only their order changes (the tiles of a dashboard). */
    static <R extends FormRow> EditableRows<R> fixed(String noun) {
        return new EditableRows<>(noun);
    }

    void setRows(List<R> newRows) {
        rows.clear();
        rows.addAll(newRows);
        render();
    }

    List<R> rows() {
        return List.copyOf(rows);
    }

    R addRow() {
        R row = blankRow.get();
        rows.add(row);
        render();
        return row;
    }

    private void remove(R row) {
        rows.remove(row);
        render();
        add.focus();
    }

    private void move(R row, int by) {
        int from = rows.indexOf(row);
        rows.remove(from);
        rows.add(from + by, row);
        render();
        Tools moved = tools.get(row);
        Button same = by < 0 ? moved.up() : moved.down();
        (same.isEnabled() ? same : by < 0 ? moved.down() : moved.up()).focus();
    }

    private void render() {
        list.removeAll();
        tools.clear();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            row.setPosition(i + 1);
            String which = ": " + noun + " " + (i + 1);
            Tools rowTools = new Tools(tool(getTranslation("monitor.rows.up"), which, click -> move(row, -1)),
                    tool(getTranslation("monitor.rows.down"), which, click -> move(row, 1)),
                    add == null ? null : tool(getTranslation("monitor.rows.remove"), which, click -> remove(row)));
            rowTools.up().setEnabled(i > 0);
            rowTools.down().setEnabled(i < rows.size() - 1);
            tools.put(row, rowTools);
            Div toolbar = new Div(rowTools.up(), rowTools.down());
            if (rowTools.remove() != null) {
                toolbar.add(rowTools.remove());
            }
            toolbar.addClassName("editable-row-tools");
            Div item = new Div(row, toolbar);
            item.addClassName("editable-row");
            list.add(item);
        }
    }

    /** The visible text stays the start of the accessible name ("Move up: step 2"), as WCAG 2.5.3 asks. */
    private static Button tool(String text, String which, ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(text, action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text + which);
        return button;
    }

    private record Tools(Button up, Button down, Button remove) {
    }
}
