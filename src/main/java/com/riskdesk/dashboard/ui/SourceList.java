package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Citation;
import com.riskdesk.entry.Source;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.riskdesk.entry.DatePrecision;

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
        ListItem item = new ListItem();
        if (!figure.isEmpty()) {
            Span value = new Span(figure);
            value.addClassName("source-figure");
            item.add(value);
        }
        Paragraph what = new Paragraph(citation.headline());
        what.addClassName("source-headline");
        item.add(what, citation(citation.describeDate(), citation.source(), citation.confidence().label()));
        list.add(item);
        return this;
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
