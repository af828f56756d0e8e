package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.entry.Basis;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The entries behind the figures, newest first, each with its source; more are loaded on request. */
class EntryList extends Section {

    static final int PAGE_SIZE = 20;

    private final DashboardService dashboards;
    private final long monitorId;
    private final long total;
    private final Instant asOf;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button("Show more entries");
    private int loaded;

    EntryList(DashboardService dashboards, long monitorId, long total, Instant asOf) {
        this.asOf = asOf;
        this.dashboards = dashboards;
        this.monitorId = monitorId;
        this.total = total;
        addClassName("entries");
        H2 heading = new H2("Entries (" + total + ")");
        heading.setId("entries");
        getElement().setAttribute("aria-labelledby", "entries");
        list.addClassName("entry-list");
        more.addClickListener(click -> loadMore());
        add(heading);
        if (total == 0) {
            add(new Paragraph("Nothing has been recorded for this monitor yet."));
            return;
        }
        add(list, more);
        loadMore();
    }

    private void loadMore() {
        List<EntryLine> page = dashboards.entries(monitorId, asOf, loaded, PAGE_SIZE);
        page.forEach(entry -> list.add(item(entry)));
        loaded += page.size();
        more.setVisible(loaded < total);
    }

    private static ListItem item(EntryLine entry) {
        ListItem item = new ListItem();
        item.addClassName("entry");
        item.setId("entry-" + entry.id());
        Span kind = new Span(entry.kind().label());
        kind.getElement().getThemeList().add("badge contrast small");
        Span date = new Span(entry.describeDate());
        date.addClassName("entry-date");
        Div meta = new Div(date, kind);
        meta.addClassName("entry-meta");
        if (entry.escalationLevel() != null) {
            Span step = new Span("Step " + entry.escalationLevel());
            step.getElement().getThemeList().add("badge small");
            meta.add(step);
        }
        H3 headline = new H3(entry.headline());
        headline.addClassName("entry-headline");
        item.add(meta, headline);
        if (!entry.figures().isEmpty()) {
            Paragraph figures = new Paragraph(entry.figures().stream()
                    .map(figure -> figure.indicatorName() + ": " + figure.value().describe()
                            + (figure.basis() == Basis.CUMULATIVE ? " (running total)" : ""))
                    .collect(Collectors.joining(" · ")));
            figures.addClassName("entry-figures");
            item.add(figures);
        }
        if (entry.notes() != null && !entry.notes().isBlank()) {
            Paragraph notes = new Paragraph(entry.notes());
            notes.addClassName("entry-notes");
            item.add(notes);
        }
        item.add(SourceList.citation("", entry.source(), entry.confidence().label()));
        return item;
    }
}
