package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.TileHtml;
import com.vaadin.flow.component.html.Article;

/**
 * One indicator tile: a label, the figure with its qualifier kept apart from the number ("at least" 83), lines of
 * context and the sources behind the figure, opened in place; written once for every viewer ({@link TileHtml}).
 * A live update changes its content in place: thousands of open dashboards create no component for it.
 */
class TileCard extends Article {

    private final WrittenHtml content = new WrittenHtml("tile-content", "");

    private final DashboardWords words;

    TileCard(TileContent tile, DashboardWords words) {
        this.words = words;
        addClassName("tile");
        add(content);
        show(tile);
    }

    void show(TileContent tile) {
        setId("tile-" + tile.id());
        content.setHtml(TileHtml.withSources(tile, words));
    }
}
