package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.TileContent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.function.LongConsumer;

/** The row of tiles: one per indicator, then the escalation step and days since the last strike. */
class DashboardTiles extends Section {

    /** {@code showEntry} is called with the id of an entry a viewer opens from a tile's sources. */
    DashboardTiles(Dashboard dashboard, LongConsumer showEntry) {
        addClassName("tiles");
        H2 heading = new H2("Key figures");
        heading.addClassName("visually-hidden");
        heading.setId("key-figures");
        getElement().setAttribute("aria-labelledby", "key-figures");
        add(heading);
        TileContent.of(dashboard).forEach(tile -> add(card(tile, showEntry)));
    }

    private static TileCard card(TileContent tile, LongConsumer showEntry) {
        TileCard card = new TileCard(tile.label(), tile.id());
        if (tile.hasFigure()) {
            card.figure(tile.qualifier(), tile.number(), tile.unit());
        } else {
            card.noFigure(tile.missing());
        }
        tile.lines().forEach(line -> card.line("tile-" + line.kind(), line.text()));
        if (!tile.sources().isEmpty()) {
            SourceList sources = new SourceList(tile.sourcesHeading());
            tile.sources().forEach(source -> sources.item(source.figure(), source.citation(), showEntry));
            card.sources(tile.label(), tile.sources().size(), sources);
        }
        return card;
    }
}
