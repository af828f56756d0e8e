package com.riskdesk.dashboard;

import java.util.List;

/**
 * What one dashboard tile says, in words, whatever draws it (the dashboard view, the embeddable HTML): a label, the
 * figure with its qualifier kept apart from the number ("at least" 83) or a note that there is none, lines of context,
 * and the sources behind the figure.
 *
 * @param id        the tile's {@link Tile#key()} ("deaths", "escalation", "since-last"), also for element ids
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

    /** The tiles of a dashboard in the order its definition gives ({@link Dashboard#shownTiles()}), in words. */
    public static List<TileContent> of(Dashboard dashboard) {
        String period = DashboardWords.period(dashboard.periodDays());
        return dashboard.shownTiles().stream()
                .map(tile -> switch (tile) {
                    case IndicatorTile indicator -> indicator(indicator, period);
                    case EscalationTile escalation -> escalation(escalation, period);
                    case RecencyTile recency -> recency(recency);
                })
                .toList();
    }

    private static TileContent indicator(IndicatorTile tile, String period) {
        String label = tile.indicator().name();
        String id = tile.key();
        if (!tile.hasFigure()) {
            return new TileContent(id, label, "", "", "", DashboardWords.NO_FIGURE,
                    List.of(new Line("context", tile.indicator().description())), null, List.of());
        }
        FigureValue value = tile.current().value();
        List<SourceItem> sources = tile.sources().stream()
                .map(source -> new SourceItem(DashboardWords.sourceFigure(source.value(), source.basis()),
                        source.citation()))
                .toList();
        return new TileContent(id, label, value.isLowerBound() ? DashboardWords.AT_LEAST : "", number(value), "",
                null, List.of(new Line("change", DashboardWords.change(tile.change(), period)),
                        new Line("updated", DashboardWords.lastUpdated(tile.sources().getFirst().citation()))),
                DashboardWords.sourcesHeading(label), sources);
    }

    private static TileContent escalation(EscalationTile escalation, String period) {
        String id = escalation.key();
        if (!escalation.reachedAny()) {
            return new TileContent(id, DashboardWords.ESCALATION, "", "", "", DashboardWords.NO_STEP,
                    List.of(new Line("context", DashboardWords.ladderOf(escalation.ladderSize()))), null, List.of());
        }
        EscalationPoint current = escalation.current();
        return new TileContent(id, DashboardWords.ESCALATION, "", DashboardWords.step(current.level()),
                DashboardWords.ofSteps(escalation.ladderSize()), null,
                List.of(new Line("step-name", current.stepName()),
                        new Line("change", DashboardWords.escalationChange(escalation.previousLevel(),
                                current.level(), period)),
                        new Line("updated", DashboardWords.reached(current.citation()))),
                DashboardWords.STEPS_HEADING,
                escalation.reached().reversed().stream()
                        .map(point -> new SourceItem(DashboardWords.stepSource(point), point.citation()))
                        .toList());
    }

    private static TileContent recency(RecencyTile recency) {
        String label = DashboardWords.daysSinceLast(recency.kind());
        if (!recency.hasEvent()) {
            return new TileContent(recency.key(), label, "", "", "", DashboardWords.noneRecorded(recency.kind()),
                    List.of(), null, List.of());
        }
        Citation citation = recency.citation();
        return new TileContent(recency.key(), label, recency.isLowerBound() ? DashboardWords.AT_LEAST : "",
                Long.toString(recency.days()), DashboardWords.DAYS, null,
                List.of(new Line("updated", DashboardWords.lastRecorded(recency.kind(), citation))),
                DashboardWords.latestHeading(recency.kind()), List.of(new SourceItem("", citation)));
    }

    /** "83", or "80–85" for a range. */
    public static String number(FigureValue value) {
        return value.isRange() ? value.low() + "–" + value.high() : Integer.toString(value.low());
    }
}
