package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Citation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.popover.Popover;
import com.riskdesk.entry.Source;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.riskdesk.entry.DatePrecision;
import java.util.Optional;
import java.util.function.LongConsumer;

/** A list of sourced items as shown in a tile's popover. All text is set as text, never as HTML. */
class SourceList extends Div {

    private final UnorderedList list = new UnorderedList();

    SourceList(String heading) {
        addClassName("source-list");
        Paragraph title = new Paragraph(heading);
        title.addClassName("source-list-heading");
        add(title, list);
    }

    SourceList item(String figure, Citation citation) {
        list.add(listItem(figure, citation));
        return this;
    }

    /** A source with a button that shows its whole entry ({@code showEntry} gets the entry's id). */
    SourceList item(String figure, Citation citation, LongConsumer showEntry) {
        Button show = new Button("Show the entry");
        show.addClickListener(click -> {
            // The popover would cover the entry it opens.
            closeEnclosingPopover(show);
            showEntry.accept(citation.entryId());
        });
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        show.addClassName("source-show-entry");
        show.setAriaLabel("Show the entry: " + citation.headline());
        ListItem item = listItem(figure, citation);
        item.add(show);
        list.add(item);
        return this;
    }

    private static void closeEnclosingPopover(Component component) {
        Optional<Component> parent = component.getParent();
        while (parent.isPresent() && !(parent.get() instanceof Popover)) {
            parent = parent.get().getParent();
        }
        parent.map(Popover.class::cast).ifPresent(Popover::close);
    }

    private static ListItem listItem(String figure, Citation citation) {
        ListItem item = new ListItem();
        if (!figure.isEmpty()) {
            Span value = new Span(figure);
            value.addClassName("source-figure");
            item.add(value);
        }
        Paragraph what = new Paragraph(citation.headline());
        what.addClassName("source-headline");
        item.add(what, citation(citation.describeDate(), citation.source(), citation.confidence().label()));
        return item;
    }

    /** "Source: Team briefing, <title>, published 30 Nov 2025 · Official claim", the title linked when there is a URL. */
    static Paragraph citation(String when, Source source, String confidence) {
        Paragraph citation = new Paragraph();
        citation.addClassName("citation");
        if (!when.isEmpty()) {
            citation.add(new Span(when + " · "));
        }
        citation.add(new Span("Source: " + source.outlet() + ", "));
        if (source.url() != null && !source.url().isBlank()) {
            Anchor link = new Anchor(source.url(), source.title(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            citation.add(link);
        } else {
            citation.add(new Span(source.title()));
        }
        if (source.publishedOn() != null) {
            citation.add(new Span(", published " + DatePrecision.formatDay(source.publishedOn())));
        }
        citation.add(new Span(" · " + confidence));
        return citation;
    }
}
