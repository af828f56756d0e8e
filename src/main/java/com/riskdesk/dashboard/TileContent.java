package com.riskdesk.dashboard;

import com.riskdesk.entry.Basis;
import java.util.ArrayList;
import java.util.List;

/**
 * What one dashboard tile says, in words, whatever draws it (the dashboard view, the embeddable HTML): a label, the
 * figure with its qualifier kept apart from the number ("at least" 83) or a note that there is none, lines of context,
 * and the sources behind the figure.
 *
 * @param id        a stable key ("deaths", "escalation", "last-strike") for element ids
 * @param qualifier "at least", or empty
 * @param unit      shown after the number ("of 5", "days"), or empty
 * @param missing   what to say instead of a figure; null when there is a figure
 */
public record TileContent(String id, String label, String qualifier, String number, String unit, String missing,
                          List<Line> lines, String sourcesHeading, List<SourceItem> sources) {

    /** A line of context; {@code kind} is one of "change", "updated", "step-name", "context". */
    public record Line(String kind, String text) {
    }

    /** One source: what it reported ("at least 83 in total", or empty) and the entry that reported it. */
    public record SourceItem(String figure, Citation citation) {
    }

    public boolean hasFigure() {
        return missing == null;
    }

    /** The tiles of a dashboard in order: one per indicator, then the escalation step and the last strike. */
    public static List<TileContent> of(Dashboard dashboard) {
        String period = describePeriod(dashboard.periodDays());
        List<TileContent> tiles = new ArrayList<>();
        dashboard.tiles().forEach(tile -> tiles.add(indicator(tile, period)));
        tiles.add(escalation(dashboard.escalation(), period));
        tiles.add(lastStrike(dashboard.lastStrike()));
        return tiles;
    }

    /** "7 days", "30 days", "year". */
    public static String describePeriod(int days) {
        return switch (days) {
            case 7 -> "7 days";
            case 365 -> "year";
            default -> days + " days";
        };
    }

    private static TileContent indicator(IndicatorTile tile, String period) {
        String label = tile.indicator().name();
        String id = tile.indicator().code();
        if (!tile.hasFigure()) {
            return new TileContent(id, label, "", "", "", "No figure recorded",
                    List.of(new Line("context", tile.indicator().description())), null, List.of());
        }
        FigureValue value = tile.current().value();
        List<SourceItem> sources = tile.sources().stream()
                .map(source -> new SourceItem(source.value().describe()
                        + (source.basis() == Basis.CUMULATIVE ? " in total" : " in this event"), source.citation()))
                .toList();
        return new TileContent(id, label, value.isLowerBound() ? "at least" : "", number(value), "", null,
                List.of(new Line("change", change(tile.change(), period)),
                        new Line("updated", "Last updated " + tile.sources().getFirst().citation().describeDate())),
                "Figures reported for " + label.toLowerCase() + ", newest first", sources);
    }

    private static TileContent escalation(EscalationTile escalation, String period) {
        if (!escalation.reachedAny()) {
            return new TileContent("escalation", "Escalation", "", "", "", "No step reached",
                    List.of(new Line("context", "Ladder of " + escalation.ladderSize() + " steps")), null, List.of());
        }
        EscalationPoint current = escalation.current();
        return new TileContent("escalation", "Escalation", "", "Step " + current.level(),
                "of " + escalation.ladderSize(), null,
                List.of(new Line("step-name", current.stepName()),
                        new Line("change", escalationChange(escalation, period)),
                        new Line("updated", "Reached " + current.citation().describeDate())),
                "Steps reached, with their first report",
                escalation.reached().reversed().stream()
                        .map(point -> new SourceItem("Step " + point.level() + ": " + point.stepName(),
                                point.citation()))
                        .toList());
    }

    private static TileContent lastStrike(StrikeRecency lastStrike) {
        if (lastStrike == null) {
            return new TileContent("last-strike", "Days since last strike", "", "", "", "No strike recorded",
                    List.of(), null, List.of());
        }
        Citation citation = lastStrike.citation();
        return new TileContent("last-strike", "Days since last strike", lastStrike.isLowerBound() ? "at least" : "",
                Long.toString(lastStrike.days()), "days", null,
                List.of(new Line("updated", "Last strike recorded " + citation.describeDate())),
                "The latest strike recorded", List.of(new SourceItem("", citation)));
    }

    private static String number(FigureValue value) {
        return value.isRange() ? value.low() + "–" + value.high() : Integer.toString(value.low());
    }

    private static String change(Integer change, String period) {
        if (change == null) {
            return "No earlier figure to compare with";
        }
        if (change == 0) {
            return "No change in the last " + period;
        }
        return (change > 0 ? "Up " + change : "Down " + -change) + " in the last " + period;
    }

    private static String escalationChange(EscalationTile escalation, String period) {
        Integer previous = escalation.previousLevel();
        int now = escalation.current().level();
        if (previous == null) {
            return "No step reached before the last " + period;
        }
        return previous == now ? "No change in the last " + period
                : "Up from step " + previous + " in the last " + period;
    }
}
