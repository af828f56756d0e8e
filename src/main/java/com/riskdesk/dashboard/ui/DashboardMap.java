package com.riskdesk.dashboard.ui;

import com.riskdesk.base.ui.WrittenHtml;
import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.html.PlaceHtml;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Where it happened": the map of the entries in view, its table of places (the text alternative) and the entries
 * of the selected place ({@code place=} in the link). Written on the server as SVG and HTML, and only once the
 * section scrolls into view, so the dashboard's first load carries none of it and no boundary data.
 */
class DashboardMap extends Section {

    static final String PLACE = "place";
    private static final String CLICKED = "event.target.closest('[data-" + PLACE + "]')";

    private final DashboardPlaces places;
    private final WrittenHtml map = new WrittenHtml("place-map-frame", "");
    private final WrittenHtml table = new WrittenHtml("place-table-frame", "");
    private final WrittenHtml selectedEntries = new WrittenHtml("place-entries-frame", "");
    private DashboardReading reading;
    private DashboardParameters view;
    private Function<String, String> href;
    private boolean inView;

    DashboardMap(DashboardPlaces places, Consumer<String> select) {
        this.places = places;
        setId("dashboard-map");
        addClassName("dashboard-map");
        H2 heading = new H2(getTranslation("dashboard.map"));
        Paragraph note = new Paragraph(getTranslation("dashboard.map.note"));
        note.addClassName("place-map-note");
        map.getElement().setAttribute("data-state", "waiting");
        add(heading, map, selectedEntries, table, note);
        getElement().addEventListener("click", event -> {
            String key = event.getEventData().path(CLICKED + ".getAttribute('data-" + PLACE + "')").asString("");
            select.accept(key.equals(view == null ? null : view.place()) ? null : key);
        }).addEventData(CLICKED + ".getAttribute('data-" + PLACE + "')").setFilter(CLICKED + " != null")
                .preventDefault();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Draw once the section is near the viewport; browsers without IntersectionObserver draw at once.
        getElement().executeJs("""
                const section = this;
                if (!('IntersectionObserver' in window)) { section.$server.inView(); return; }
                const observer = new IntersectionObserver(entries => {
                  if (entries.some(entry => entry.isIntersecting)) { observer.disconnect(); section.$server.inView(); }
                }, { rootMargin: '200px' });
                observer.observe(section);""");
    }

    @ClientCallable
    void inView() {
        inView = true;
        draw();
    }

    void show(DashboardReading newReading, DashboardParameters newView, Function<String, String> placeHref) {
        reading = newReading;
        view = newView;
        href = placeHref;
        draw();
    }

    private void draw() {
        if (!inView || reading == null) {
            return;
        }
        DashboardPlaces.Places found = places.of(reading.dashboard(), view.range());
        String selected = found.entries().containsKey(String.valueOf(view.place())) ? view.place() : null;
        map.setHtml(PlaceHtml.map(found, selected, href));
        map.getElement().setAttribute("data-state", "drawn");
        map.getElement().setAttribute("data-areas", String.valueOf(found.marks().stream()
                .filter(mark -> mark.area() != null).count()));
        map.getElement().setAttribute("data-points", String.valueOf(found.marks().stream()
                .filter(mark -> mark.area() == null).count()));
        table.setHtml(PlaceHtml.table(found, selected, href));
        selectedEntries.setHtml(PlaceHtml.entries(found, selected));
    }
}
