package com.riskdesk.dashboard;

import com.riskdesk.entry.Basis;
import com.riskdesk.monitor.EntryKindDefinition;
import java.util.List;
import java.util.Locale;

/**
 * Every word a dashboard's tiles, headline, charts and live announcements say, in one place, so that what a tile says
 * is written once for the view, the embed, the overflow page, the preview image, the link preview, the API and the
 * feed, and a translation changes this class alone. Names of indicators, kinds and steps come from the monitor's
 * definition; nothing here names what a particular monitor follows.
 */
public final class DashboardWords {

    public static final String AT_LEAST = "at least";
    public static final String NO_FIGURES_YET = "no figures recorded yet";
    public static final String ESCALATION = "Escalation";
    public static final String NO_FIGURE = "No figure recorded";
    public static final String NO_STEP = "No step reached";
    public static final String NO_STEP_YET = "No step reached yet";
    public static final String STEPS_HEADING = "Steps reached, with their first report";
    public static final String LADDER_CHART = "Escalation ladder";
    public static final String DAYS = "days";
    /** Above the step's number on the preview image: "step" 3 "of 5". */
    public static final String STEP_ABOVE_NUMBER = "step";

    private DashboardWords() {
    }

    // The headline (link previews, the preview image, page titles)

    /** "As known at 2026-01-10 12:00 UTC", for a snapshot. */
    public static String asKnownAt(String moment) {
        return "As known at " + moment;
    }

    /** "7 days", "30 days", "year". */
    public static String period(int days) {
        return switch (days) {
            case 7 -> "7 days";
            case 365 -> "year";
            default -> days + " days";
        };
    }

    // Indicator tiles

    /** "at least 83 in total", "12 in this event". */
    public static String sourceFigure(FigureValue value, Basis basis) {
        return value.describe() + (basis == Basis.CUMULATIVE ? " in total" : " in this event");
    }

    public static String lastUpdated(Citation citation) {
        return "Last updated " + citation.describeDate();
    }

    public static String reported(Citation citation) {
        return "Reported " + citation.describeDate();
    }

    public static String sourcesHeading(String indicatorName) {
        return "Figures reported for " + indicatorName.toLowerCase(Locale.ENGLISH) + ", newest first";
    }

    /** "Up 4 in the last 30 days", "No change in the last year". */
    public static String change(Integer change, String period) {
        if (change == null) {
            return "No earlier figure to compare with";
        }
        if (change == 0) {
            return "No change in the last " + period;
        }
        return (change > 0 ? "Up " + change : "Down " + -change) + " in the last " + period;
    }

    /** "at least 83 deaths", "80–85 people displaced", "1 death". */
    public static String figureOf(FigureValue value, String indicatorName) {
        String name = lowerFirst(indicatorName);
        return value.describe() + " " + (value.low() == 1 && !value.isRange() ? singular(name) : name);
    }

    /** "deaths now at least 85", for the live announcement. */
    public static String nowReads(String indicatorName, FigureValue value) {
        return indicatorName.toLowerCase(Locale.ENGLISH) + " now " + (value == null ? "without a figure"
                : value.describe());
    }

    // The escalation tile

    public static String ladderOf(int steps) {
        return "Ladder of " + steps + " steps";
    }

    public static String step(int level) {
        return "Step " + level;
    }

    public static String ofSteps(int ladderSize) {
        return "of " + ladderSize;
    }

    public static String reached(Citation citation) {
        return "Reached " + citation.describeDate();
    }

    public static String stepSource(EscalationPoint point) {
        return step(point.level()) + ": " + point.stepName();
    }

    public static String escalationChange(Integer previous, int now, String period) {
        if (previous == null) {
            return "No step reached before the last " + period;
        }
        return previous == now ? "No change in the last " + period
                : "Up from step " + previous + " in the last " + period;
    }

    /** "escalation: step 3 of 5, Airspace declared closed (29 Nov 2025)", for the headline. */
    public static String escalationFact(EscalationTile escalation) {
        if (!escalation.reachedAny()) {
            return "escalation: no step reached";
        }
        EscalationPoint current = escalation.current();
        return "escalation: step " + current.level() + " of " + escalation.ladderSize() + ", " + current.stepName()
                + " (" + current.citation().describeDate() + ")";
    }

    /** "escalation now step 3 of 5", for the live announcement. */
    public static String escalationNow(EscalationTile escalation) {
        return escalation.reachedAny()
                ? "escalation now step " + escalation.current().level() + " of " + escalation.ladderSize()
                : "no escalation step reached now";
    }

    // The "days since the last ..." tile, in the words of the kind it counts

    /** "Days since last attack". */
    public static String daysSinceLast(EntryKindDefinition kind) {
        return "Days since last " + noun(kind);
    }

    public static String noneRecorded(EntryKindDefinition kind) {
        return "No " + noun(kind) + " recorded";
    }

    public static String lastRecorded(EntryKindDefinition kind, Citation citation) {
        return "Last " + noun(kind) + " recorded " + citation.describeDate();
    }

    /** The preview image's shorter line: "Last attack 12 Jan 2026". */
    public static String lastOn(EntryKindDefinition kind, Citation citation) {
        return "Last " + noun(kind) + " " + citation.describeDate();
    }

    public static String latestHeading(EntryKindDefinition kind) {
        return "The latest " + noun(kind) + " recorded";
    }

    /** "at least 46 days", "5 days". */
    public static String days(RecencyTile recency) {
        return (recency.isLowerBound() ? AT_LEAST + " " : "") + recency.days() + " " + DAYS;
    }

    // Charts

    /** "Attacks and fatalities, running totals", from the names of the indicators drawn. */
    public static String totalsChart(List<String> indicatorNames) {
        if (indicatorNames.isEmpty()) {
            return "Running totals";
        }
        List<String> names = indicatorNames.stream().map(DashboardWords::lowerFirst).toList();
        String listed = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return upperFirst(listed) + ", running totals";
    }

    private static String noun(EntryKindDefinition kind) {
        return lowerFirst(kind.label());
    }

    /** The first word in the singular, for a count of one: "deaths" → "death", "attacks reported" → "attack reported". */
    private static String singular(String name) {
        int end = name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ');
        String word = name.substring(0, end);
        String one = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
        return one + name.substring(end);
    }

    /** Lower-cases a leading capital unless it starts an acronym ("Deaths" → "deaths", "UN missions" stays). */
    public static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    public static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
