package com.riskdesk.dashboard.ui;

import com.riskdesk.base.web.Remembered;
import com.riskdesk.dashboard.DashboardPlaces;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.html.Html;
import com.riskdesk.dashboard.html.PlaceHtml;
import com.riskdesk.place.MapText;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Where it happened": the map of the entries in view, its table of places (the text alternative) and the entries
 * of the selected place ({@code place=} in the link). Written on the server as SVG and HTML, and only once the
 * section scrolls into view, so the dashboard's first load carries none of it and no boundary data.
 * <p>The section is one element: its heading, note and empty frames are one shared piece of HTML. The drawn map
 * (some 87 KB of SVG for the demo) is written once per view of a reading and shared by the viewers who scroll to
 * it, then sent to the browser without being kept in the UI's state, so an open dashboard holds no copy of it.
 */
class DashboardMap extends Section {

    static final String PLACE = "place";
    private static final String CLICKED = "event.target.closest('[data-" + PLACE + "]')";
    /** The heading, note and empty frames, one shared piece of HTML per language. */
    private static final Map<Locale, String> FRAMES = new ConcurrentHashMap<>();
    private static final Remembered<Drawing, Drawn> DRAWN = new Remembered<>(200);

    private final DashboardPlaces places;
    private DashboardReading reading;
    private DashboardParameters view;
    private Function<String, String> href;
    private boolean inView;
    private Drawing sent;

    DashboardMap(DashboardPlaces places, Consumer<String> select) {
        this.places = places;
        setId("dashboard-map");
        addClassName("dashboard-map");
        getElement().setProperty("innerHTML", FRAMES.computeIfAbsent(getLocale(),
                language -> frames(getTranslation("dashboard.map"), getTranslation("dashboard.map.note"))));
        getElement().addEventListener("click", event -> {
            String key = event.getEventData().path(CLICKED + ".getAttribute('data-" + PLACE + "')").asString("");
            select.accept(key.equals(view == null ? null : view.place()) ? null : key);
        }).addEventData(CLICKED + ".getAttribute('data-" + PLACE + "')").setFilter(CLICKED + " != null")
                .preventDefault();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        sent = null;
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

    /** Only the selected entry changed ({@code entry=}): mark its places. */
    void select(DashboardParameters newView) {
        view = newView;
        draw();
    }

    /** Sends the map, its entries and table into the frames, unless this browser already shows the same. */
    private void draw() {
        if (!inView || reading == null) {
            return;
        }
        DashboardPlaces.Places found = places.of(reading.dashboard(), view.range());
        String selected = found.entries().containsKey(String.valueOf(view.place())) ? view.place() : null;
        Drawing drawing = new Drawing(found, selected, view.entry(), href.apply(""), getLocale());
        if (drawing.equals(sent)) {
            return;
        }
        Drawn drawn = DRAWN.get(drawing,
                key -> Drawn.of(found, selected, view.entry(), href, this::getTranslation, getLocale()));
        getElement().executeJs("""
                const frame = this.querySelector('.place-map-frame');
                frame.innerHTML = $0;
                frame.setAttribute('data-areas', $1);
                frame.setAttribute('data-points', $2);
                frame.setAttribute('data-state', 'drawn');
                this.querySelector('.place-entries-frame').innerHTML = $3;
                this.querySelector('.place-table-frame').innerHTML = $4;""",
                drawn.map(), drawn.areas(), drawn.points(), drawn.entries(), drawn.table());
        sent = drawing;
    }

    private static String frames(String heading, String note) {
        return "<h2>" + Html.text(heading) + "</h2><div class=\"place-map-frame\" data-state=\"waiting\"></div>"
                + "<div class=\"place-entries-frame\"></div><div class=\"place-table-frame\"></div>"
                + "<p class=\"place-map-note\">" + Html.text(note) + "</p>";
    }

    /**
     * What a drawing depends on: the places read (shared per change), the selected place and entry, the view's links
     * and the reader's language.
     */
    private record Drawing(DashboardPlaces.Places places, String selected, Long entry, String linkBase,
                           Locale language) {
    }

    private record Drawn(String map, String areas, String points, String entries, String table) {

        static Drawn of(DashboardPlaces.Places found, String selected, Long entry, Function<String, String> href,
                        MapText words, Locale language) {
            long areas = found.marks().stream().filter(mark -> mark.area() != null).count();
            return new Drawn(PlaceHtml.map(found, selected, entry, href, words), String.valueOf(areas),
                    String.valueOf(found.marks().size() - areas), PlaceHtml.entries(found, selected, DashboardWords.in(language)),
                    PlaceHtml.table(found, selected, entry, href, words));
        }
    }
}
