package com.riskdesk.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.function.Supplier;

/**
 * One indicator tile: a label, the figure with its qualifier kept apart from the number ("at least" 83),
 * lines of context, and a button that opens the sources behind the figure.
 */
class TileCard extends Article {

    private final Paragraph value = new Paragraph();

    TileCard(String label, String testId) {
        addClassName("tile");
        setId("tile-" + testId);
        H3 heading = new H3(label);
        heading.addClassName("tile-label");
        value.addClassName("tile-value");
        add(heading, value);
    }

    /** The figure, e.g. qualifier "at least" and number "83"; either may be empty. */
    TileCard figure(String qualifier, String number, String unit) {
        value.removeAll();
        if (!qualifier.isEmpty()) {
            value.add(span("tile-qualifier", qualifier + " "));
        }
        value.add(span("tile-number", number));
        if (!unit.isEmpty()) {
            value.add(span("tile-unit", " " + unit));
        }
        return this;
    }

    TileCard noFigure(String text) {
        value.removeAll();
        value.addClassName("tile-empty");
        value.add(span("tile-missing", text));
        return this;
    }

    TileCard line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        add(line);
        return this;
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

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
