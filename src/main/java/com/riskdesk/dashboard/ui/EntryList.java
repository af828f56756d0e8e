package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.html.EntryHtml;
import com.riskdesk.base.ui.ButtonClicks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The entries behind the figures, newest first, each with its source; more are loaded on request. Limited to the
 * dates the viewer chose. Each entry can be selected, which puts it in the link ({@code entry=}) and marks it here.
 * <p>The first page comes with the shared {@link DashboardReading}; a newer reading changes only the entries that
 * changed (a new entry is one more item, not a new list), and pages opened with "Show more" stay open.
 */
class EntryList extends Section {

    static final int PAGE_SIZE = DashboardReading.FIRST_ENTRIES;
    /** The {@code data-} name of the entries' "Select" buttons ({@link EntryHtml#selectable}). */
    static final String SELECT = "entry";

    private final DashboardService dashboards;
    private final LongConsumer select;
    private final H2 heading = new H2();
    private final Paragraph empty = new Paragraph();
    private final OrderedList list = new OrderedList();
    private final Button more = new Button(getTranslation("dashboard.show-more-entries"));
    private Map<Long, Shown> shown = new LinkedHashMap<>();
    private DashboardReading reading;
    private long selected;

    /** {@code select} is called with an entry's id when the viewer selects it. */
    EntryList(DashboardService dashboards, LongConsumer select) {
        this.dashboards = dashboards;
        this.select = select;
        addClassName("entries");
        heading.setId("entries");
        getElement().setAttribute("aria-labelledby", "entries");
        list.addClassName("entry-list");
        ButtonClicks.listen(list, SELECT, id -> select.accept(id));
        more.addClickListener(click -> loadMore());
        add(heading, empty, list, more);
    }

    /**
     * Shows the entries of {@code reading} with entry {@code selectedId} (0: none) marked. For the same monitor, dates
     * and moment as before, as many entries as were shown stay shown.
     */
    void show(DashboardReading reading, long selectedId) {
        boolean sameList = this.reading != null && sameList(this.reading, reading);
        int keep = sameList ? shown.size() : 0;
        this.reading = reading;
        this.selected = selectedId;
        heading.setText(getTranslation("dashboard.entries", describe(reading.range(), words()),
                words().number(reading.entriesInRange())));
        empty.setText(getTranslation(reading.range().isAll() ? "page.nothing-yet" : "page.nothing-in-range"));
        empty.setVisible(reading.entriesInRange() == 0);
        List<EntryLine> lines = new ArrayList<>(reading.firstEntries());
        while (lines.size() < keep && lines.size() < reading.entriesInRange()) {
            List<EntryLine> page = page(lines.size());
            if (page.isEmpty()) {
                break; // entries retracted since the total was read never arrive
            }
            lines.addAll(page);
        }
        showLines(lines);
    }

    int shown() {
        return shown.size();
    }

    private void loadMore() {
        List<EntryLine> lines = new ArrayList<>(shown.values().stream().map(Shown::line).toList());
        lines.addAll(page(lines.size()));
        showLines(lines);
    }

    private List<EntryLine> page(int offset) {
        Dashboard dashboard = reading.dashboard();
        return dashboards.entries(dashboard.monitor().id(), dashboard.asOf(), reading.range(), offset, PAGE_SIZE);
    }

    /** Makes the list show {@code lines} in order, keeping the items of entries that did not change. */
    private void showLines(List<EntryLine> lines) {
        Map<Long, Shown> before = shown;
        shown = new LinkedHashMap<>();
        // By id and identity, not by hashing every line: thousands of viewers run this on each change.
        Map<Long, EntryLine> wanted = new HashMap<>();
        lines.forEach(line -> wanted.put(line.id(), line));
        before.values().stream().filter(old -> !old.line().equals(wanted.get(old.line().id())))
                .forEach(old -> list.remove(old.item()));
        int index = 0;
        for (EntryLine line : lines) {
            Shown kept = before.get(line.id());
            if (kept != null && kept.line().equals(line)) {
                if (!list.getElement().getChild(index).equals(kept.item().getElement())) {
                    list.getElement().insertChild(index, kept.item().getElement());
                }
                shown.put(line.id(), kept);
            } else {
                Shown fresh = selectable(line);
                list.addComponentAtIndex(index, fresh.item());
                shown.put(line.id(), fresh);
            }
            mark(line.id(), line.id() == selected);
            index++;
        }
        list.setVisible(!lines.isEmpty());
        more.setVisible(lines.size() < reading.entriesInRange() && lines.size() % PAGE_SIZE == 0);
    }

    private Shown selectable(EntryLine entry) {
        ListItem item = written(EntryHtml.selectable(entry, words()));
        item.setId("entry-" + entry.id());
        return new Shown(entry, item);
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
    }

    /** Whether two readings list the same entries (if any changed, their items are renewed one by one). */
    private static boolean sameList(DashboardReading a, DashboardReading b) {
        return a.dashboard().monitor().id() == b.dashboard().monitor().id() && a.range().equals(b.range())
                && Objects.equals(a.dashboard().asOf(), b.dashboard().asOf());
    }

    private record Shown(EntryLine line, ListItem item) {
    }

    /** " from 1 Oct 2025 to 31 Oct 2025", " from 1 Oct 2025", " to 31 Oct 2025" or nothing. */
    static String describe(DateRange range, DashboardWords words) {
        return (range.from() == null ? "" : " " + words.text("page.from", words.day(range.from())))
                + (range.to() == null ? "" : " " + words.text("page.to", words.day(range.to())));
    }

    private DashboardWords words() {
        return DashboardWords.in(getLocale());
    }

    /** An entry as the selected-entry panel shows it: its words written once for every viewer ({@link EntryHtml}). */
    static ListItem item(EntryLine entry, DashboardWords words) {
        return written(EntryHtml.of(entry, words));
    }

    /** One element per entry, its words its content: a list of twenty entries is twenty state nodes, not forty. */
    private static ListItem written(String html) {
        ListItem item = new ListItem();
        item.addClassNames("entry", "entry-written");
        item.getElement().setProperty("innerHTML", html);
        return item;
    }
}
