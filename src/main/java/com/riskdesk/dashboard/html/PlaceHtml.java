package com.riskdesk.dashboard.html;

import static com.riskdesk.dashboard.html.Html.text;

import com.riskdesk.dashboard.DashboardPlaces.Places;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.place.MapMark;
import com.riskdesk.place.MapText;
import com.riskdesk.place.PlaceMapSvg;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The map's parts as HTML, shared by the live dashboard and the embed: the SVG map, its text alternative (a table
 * of places with their entry counts, each place a link that selects it) and the entries of the selected place.
 * {@code href} turns a place key into the link that selects it.
 */
public final class PlaceHtml {

    /** The view when there is nothing to map: the Americas to Europe and Africa. */
    public static final double[] DEFAULT_REGION = {-120, -20, 40, 60};

    private PlaceHtml() {
    }

    public static String map(Places places, String selected, Function<String, String> href) {
        return map(places, selected, null, href, MapText.ENGLISH);
    }

    /**
     * The map in the monitor's region, the place {@code selected} outlined and the places of the selected entry
     * ({@code entry}, null for none) marked as such.
     */
    public static String map(Places places, String selected, Long entry, Function<String, String> href,
                             MapText words) {
        int count = places.marks().size();
        return PlaceMapSvg.write(places.marks(), new PlaceMapSvg.Drawing(places.region(), DEFAULT_REGION, selected,
                places.keysOf(entry), words), words.text("map.title", count), href);
    }

    public static String table(Places places, String selected, Function<String, String> href) {
        return table(places, selected, null, href, MapText.ENGLISH);
    }

    /** The table of places; the selected entry's places ({@code entry}, null for none) are marked and say so. */
    public static String table(Places places, String selected, Long entry, Function<String, String> href,
                               MapText words) {
        if (places.marks().isEmpty()) {
            return "<p class=\"place-none\">" + text(words.text("place-table.none")) + "</p>";
        }
        StringBuilder html = new StringBuilder("<table class=\"place-table\"><caption>")
                .append(text(words.text(places.capped() ? "place-table.caption-capped" : "place-table.caption")))
                .append("</caption><thead><tr><th scope=\"col\">").append(text(words.text("place-table.place")))
                .append("</th><th scope=\"col\">").append(text(words.text("place-table.precision")))
                .append("</th><th scope=\"col\">").append(text(words.text("place-table.entries")))
                .append("</th><th scope=\"col\">").append(text(places.indicatorName() == null
                        ? words.text("place-table.largest") : words.text("place-table.largest-of",
                        places.indicatorName()))).append("</th></tr></thead><tbody>");
        Set<String> ofEntry = places.keysOf(entry);
        for (MapMark mark : places.marks()) {
            boolean chosen = mark.key().equals(selected);
            boolean highlighted = ofEntry.contains(mark.key());
            String classes = ((chosen ? "selected " : "") + (highlighted ? "highlighted" : "")).strip();
            html.append("<tr").append(chosen ? " aria-current=\"true\"" : "")
                    .append(classes.isEmpty() ? "" : " class=\"" + classes + "\"")
                    .append("><th scope=\"row\"><a href=\"").append(text(href.apply(mark.key())))
                    .append("\" data-place=\"").append(text(mark.key())).append("\">").append(text(words.text(mark.where())))
                    .append("</a>").append(highlighted ? " <span class=\"place-of-entry\">"
                            + text(words.text("place-table.highlighted")) + "</span>" : "").append("</th><td>")
                    .append(text(words.text("place.precision." + mark.precision().name()))).append("</td><td>")
                    .append(text(words.text("place-table.count", mark.entries()))).append("</td><td>")
                    .append(mark.largest() == null ? "–" : text(words.text("place-table.count", mark.largest())))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** The entries of the selected place, newest first; empty when none is selected. */
    public static String entries(Places places, String selected, DashboardWords words) {
        if (selected == null) {
            return "";
        }
        List<EntryLine> lines = places.entriesAt(selected);
        String where = places.marks().stream().filter(mark -> mark.key().equals(selected)).map(MapMark::where)
                .findFirst().map(words::text).orElseGet(() -> words.text("place-entries.here"));
        StringBuilder html = new StringBuilder("<h3 class=\"place-entries-heading\">")
                .append(text(words.text("place-entries.heading", where, lines.size())))
                .append("</h3><ul class=\"place-entries\">");
        for (EntryLine line : lines) {
            html.append("<li><span class=\"place-entry-date\">").append(text(words.date(line.precision(), line.occurredOn())))
                    .append("</span> ").append(text(line.headline())).append(" <span class=\"place-entry-where\">")
                    .append(text(words.text(line.place().description()))).append("</span></li>");
        }
        return html.append("</ul>").toString();
    }
}
