package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.ui.ButtonClicks;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.TileHtml;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The row of tiles, as the monitor's definition lists them ({@code Dashboard.shownTiles()}). Showing new tile contents
 * rewrites, in place, only the tiles whose words changed, so a live update sends one tile, not the row.
 */
class DashboardTiles extends Section {

    /** The {@code data-} name of the sources' "Show the entry" buttons ({@link TileHtml#withSources}). */
    static final String SHOW_ENTRY = "show-entry";

    private final List<Shown> shown = new ArrayList<>();

    /** {@code showEntry} is called with the id of an entry a viewer opens from a tile's sources. */
    DashboardTiles(LongConsumer showEntry) {
        addClassName("tiles");
        H2 heading = new H2(getTranslation("dashboard.key-figures"));
        heading.addClassName("visually-hidden");
        heading.setId("key-figures");
        getElement().setAttribute("aria-labelledby", "key-figures");
        add(heading);
        ButtonClicks.listen(this, SHOW_ENTRY, showEntry);
    }

    /** Shows the reading's tiles in the viewer's language. */
    void show(DashboardReading reading) {
        show(reading.tiles(getLocale()));
    }

    private void show(List<TileContent> tiles) {
        for (int i = 0; i < tiles.size(); i++) {
            TileContent tile = tiles.get(i);
            Shown before = i < shown.size() ? shown.get(i) : null;
            if (before != null && before.content().equals(tile)) {
                continue;
            }
            if (before == null) {
                Shown now = new Shown(tile, new TileCard(tile, DashboardWords.in(getLocale())));
                add(now.card());
                shown.add(now);
            } else {
                before.card().show(tile);
                shown.set(i, new Shown(tile, before.card()));
            }
        }
        while (shown.size() > tiles.size()) {
            remove(shown.removeLast().card());
        }
    }

    private record Shown(TileContent content, TileCard card) {
    }
}
