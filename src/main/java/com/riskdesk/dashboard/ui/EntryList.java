package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.DatePrecision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The entries behind the figures, newest first, each with its source; more are loaded on request. Limited to the
 * dates the viewer chose. Each entry can be selected, which puts it in the link ({@code entry=}) and marks it here.
 */
class EntryList extends Section {

    static final int PAGE_SIZE = 20;

    private final DashboardService dashboards;
    private final long monitorId;
    private final long total;
    private final Instant asOf;
    private final DateRange range;
    private final LongConsumer select;
    private final Map<Long, Shown> shown = new HashMap<>();
    private long selected;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button("Show more entries");
    private int loaded;

    /**
     * @param total    how many entries are within {@code range}
     * @param selected the selected entry's id, or {@code 0} for none
     * @param select   called with an entry's id when the viewer selects it, or 0 to clear the selection
     */
    EntryList(DashboardService dashboards, long monitorId, long total, Instant asOf, DateRange range, long selected,
              LongConsumer select) {
        this.asOf = asOf;
        this.dashboards = dashboards;
        this.monitorId = monitorId;
        this.total = total;
        this.range = range;
        this.selected = selected;
        this.select = select;
        addClassName("entries");
        H2 heading = new H2("Entries" + describe(range) + " (" + total + ")");
        heading.setId("entries");
        getElement().setAttribute("aria-labelledby", "entries");
        list.addClassName("entry-list");
        more.addClickListener(click -> loadMore());
        add(heading);
        if (total == 0) {
            add(new Paragraph(range.isAll() ? "Nothing has been recorded for this monitor yet."
                    : "Nothing was recorded for these dates."));
            return;
        }
        add(list, more);
        loadMore();
    }

    /** Loads pages until at least {@code count} entries are shown (or all are): a renewed list keeps its length. */
    EntryList showing(int count) {
        while (loaded < count && more.isVisible() && loadMore() > 0) {
            // Stops at an empty page too: entries retracted since the total was read never arrive.
        }
        return this;
    }

    int shown() {
        return loaded;
    }

    /** Loads the next page; how many entries it held. */
    private int loadMore() {
        List<EntryLine> page = dashboards.entries(monitorId, asOf, range, loaded, PAGE_SIZE);
        page.forEach(entry -> list.add(selectable(entry)));
        loaded += page.size();
        more.setVisible(loaded < total && page.size() == PAGE_SIZE);
        return page.size();
    }

    private ListItem selectable(EntryLine entry) {
        Button choose = new Button("Select", click -> select.accept(entry.id() == selected ? 0 : entry.id()));
        choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        choose.addClassName("entry-select");
        ListItem item = item(entry, choose);
        item.setId("entry-" + entry.id());
        shown.put(entry.id(), new Shown(item, choose, entry.headline()));
        mark(entry.id(), entry.id() == selected);
        return item;
    }

    /** Marks the selected entry ({@code 0}: none) among those loaded, without reloading the list. */
    void markSelected(long id) {
        long before = selected;
        selected = id;
        if (before != id) {
            mark(before, false);
            mark(id, true);
        }
    }

    private void mark(long id, boolean isSelected) {
        Shown entry = shown.get(id);
        if (entry == null) {
            return;
        }
        entry.item().setClassName("entry-selected", isSelected);
        if (isSelected) {
            entry.item().getElement().setAttribute("aria-current", "true");
        } else {
            entry.item().getElement().removeAttribute("aria-current");
        }
        // A toggle: its name stays, its state is aria-pressed (and the highlighted entry).
        entry.button().getElement().setAttribute("aria-pressed", String.valueOf(isSelected));
        entry.button().getElement().setAttribute("aria-label", "Select: " + entry.headline());
    }

    private record Shown(ListItem item, Button button, String headline) {
    }

    /** " from 1 Oct 2025 to 31 Oct 2025", " from 1 Oct 2025", " to 31 Oct 2025" or nothing. */
    static String describe(DateRange range) {
        return (range.from() == null ? "" : " from " + DatePrecision.formatDay(range.from()))
                + (range.to() == null ? "" : " to " + DatePrecision.formatDay(range.to()));
    }

    /** An entry as the list and the selected-entry panel show it; {@code actions} go after its date and kind. */
    static ListItem item(EntryLine entry, Component... actions) {
        ListItem item = new ListItem();
        item.addClassName("entry");
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
        meta.add(actions);
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
