package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.TileHtml;
import com.vaadin.flow.component.html.Article;

/**
 * One indicator tile: a label, the figure with its qualifier kept apart from the number ("at least" 83), lines of
 * context and the sources behind the figure, opened in place; written once for every viewer ({@link TileHtml}).
 */
class TileCard extends Article {

    TileCard(TileContent tile, DashboardWords words) {
        addClassName("tile");
        setId("tile-" + tile.id());
        add(new WrittenHtml("tile-content", TileHtml.withSources(tile, words)));
    }
}
