package com.riskdesk.monitor.ui;

import com.vaadin.flow.component.html.Span;

/** One tile of the dashboard in the monitor's tile order: which tile it is, moved up or down, never typed in. */
class TileRow extends FormRow {

    private final String key;

    /** {@code key} as {@code TileOrder} names tiles; {@code label} what staff call the tile. */
    TileRow(String key, String label) {
        super("tile-row");
        this.key = key;
        Span name = new Span(label);
        name.addClassName("tile-row-name");
        addFields(name);
    }

    String key() {
        return key;
    }

    @Override
    void setPosition(int position) {
        setLegendText(getTranslation("monitor.tile.legend", position));
    }

    /** Tile rows are never added, so nothing asks this; the row's move buttons are what takes focus. */
    @Override
    void focusFirstField() {
        getElement().callJsFunction("focus");
    }
}
