package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.dashboard.TileContent;
import com.riskdesk.dashboard.html.TileHtml;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.function.Supplier;

/**
 * One indicator tile: a label, the figure with its qualifier kept apart from the number ("at least" 83), lines of
 * context (written once for every viewer, {@link TileHtml}), and a button that opens the sources behind the figure.
 */
class TileCard extends Article {

    TileCard(TileContent tile) {
        addClassName("tile");
        setId("tile-" + tile.id());
        add(new WrittenHtml("tile-content", TileHtml.body(tile, "h3")));
    }

    /** A "Sources (n)" button that opens {@code content} beside it, built the first time it opens. */
    TileCard sources(String tileLabel, int count, Supplier<Component> content) {
        Button open = new Button("Sources (" + count + ")");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.addClassName("tile-sources");
        open.setAriaLabel("Sources for " + tileLabel + " (" + count + ")");
        Popover popover = new Popover();
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && popover.getChildren().findAny().isEmpty()) {
                popover.add(content.get());
            }
        });
        popover.setTarget(open);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setAriaLabel("Sources for " + tileLabel);
        popover.setWidth("min(26rem, 90vw)");
        popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
        add(open, popover);
        return this;
    }
}
