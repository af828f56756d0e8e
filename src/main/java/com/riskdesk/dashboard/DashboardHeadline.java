package com.riskdesk.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A dashboard in one line and one sentence, for link previews, the preview image and the API: the title names the
 * monitor and its current figures, the description adds the escalation step. Figures keep their qualifiers
 * ("at least 83 deaths"); a snapshot says which moment it shows.
 */
public record DashboardHeadline(String title, String description) {

    public static final String SITE_NAME = "Risk Monitor";
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Counts of people lead: the human cost is the headline, the rest follows in the monitor's tile order. */
    private static final Comparator<IndicatorTile> PEOPLE_FIRST =
            Comparator.comparing(tile -> !"people".equalsIgnoreCase(tile.indicator().unit()));

    public static DashboardHeadline of(Dashboard dashboard) {
        return of(dashboard, DashboardWords.ENGLISH);
    }

    /** The same in the language of {@code words}. */
    public static DashboardHeadline of(Dashboard dashboard, DashboardWords words) {
        String figures = figures(dashboard, words);
        String name = dashboard.monitor().name();
        String moment = dashboard.snapshot() ? words.asKnownAt(describeMoment(dashboard.readAt())) : null;
        String title = (moment == null ? name : name + ", " + lowerFirst(moment))
                + (figures.isEmpty() ? "" : ": " + figures);
        String figureFact = figures.isEmpty() ? words.noFiguresYet() : figures;
        String step = escalation(dashboard.escalation(), words);
        String facts = String.join("; ", escalationLeads(dashboard) ? nonNull(step, figureFact)
                : nonNull(figureFact, step));
        String description = moment == null ? upperFirst(facts) + "." : moment + ": " + facts + ".";
        return new DashboardHeadline(title, description);
    }

    /** The title with the site's name, for a page's {@code <title>}. */
    public String pageTitle() {
        return title + " · " + SITE_NAME;
    }

    /** A pinned moment as shown to readers: "2026-01-10 12:00 UTC". */
    public static String describeMoment(Instant moment) {
        return MOMENT.format(moment);
    }

    /** "at least 83 deaths", "1 death": the figure with its indicator's name. */
    public static String describeFigure(IndicatorTile tile) {
        return describeFigure(tile, DashboardWords.ENGLISH);
    }

    public static String describeFigure(IndicatorTile tile, DashboardWords words) {
        return words.figureOf(tile.current().value(), tile.indicator().name());
    }

    private static String figures(Dashboard dashboard, DashboardWords words) {
        return String.join(", ", dashboard.indicatorTiles().stream()
                .filter(IndicatorTile::hasFigure)
                .sorted(PEOPLE_FIRST)
                .map(tile -> describeFigure(tile, words))
                .toList());
    }

    /** Whether the definition puts the escalation step before every shown indicator's tile. */
    private static boolean escalationLeads(Dashboard dashboard) {
        return !dashboard.shownTiles().isEmpty() && dashboard.shownTiles().getFirst() instanceof EscalationTile;
    }

    private static String escalation(EscalationTile escalation, DashboardWords words) {
        if (escalation == null || escalation.ladderSize() == 0) {
            return null;
        }
        return words.escalationFact(escalation);
    }

    private static String lowerFirst(String text) {
        return DashboardWords.lowerFirst(text);
    }

    private static String upperFirst(String text) {
        return DashboardWords.upperFirst(text);
    }

    private static List<String> nonNull(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).toList();
    }
}
