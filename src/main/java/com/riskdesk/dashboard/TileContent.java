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

    /** The tiles of a dashboard in the order its definition gives ({@link Dashboard#shownTiles()}), in English. */
    public static List<TileContent> of(Dashboard dashboard) {
        return of(dashboard, DashboardWords.ENGLISH);
    }

    /** The same in the language of {@code words}. */
    public static List<TileContent> of(Dashboard dashboard, DashboardWords words) {
        String period = words.period(dashboard.periodDays());
        return dashboard.shownTiles().stream()
                .map(tile -> switch (tile) {
                    case IndicatorTile indicator -> indicator(indicator, period, words);
                    case EscalationTile escalation -> escalation(escalation, period, words);
                    case RecencyTile recency -> recency(recency, words);
                })
                .toList();
    }

    private static TileContent indicator(IndicatorTile tile, String period, DashboardWords words) {
        String label = tile.indicator().name();
        String id = tile.key();
        if (!tile.hasFigure()) {
            return new TileContent(id, label, "", "", "", words.noFigure(),
                    List.of(new Line("context", tile.indicator().description())), null, List.of());
        }
        FigureValue value = tile.current().value();
        List<SourceItem> sources = tile.sources().stream()
                .map(source -> new SourceItem(words.sourceFigure(source.value(), source.basis()),
                        source.citation()))
                .toList();
        return new TileContent(id, label, value.isLowerBound() ? words.atLeast() : "", words.number(value), "",
                null, List.of(new Line("change", words.change(tile.change(), period)),
                        new Line("updated", words.lastUpdated(tile.sources().getFirst().citation()))),
                words.sourcesHeading(label), sources);
    }

    private static TileContent escalation(EscalationTile escalation, String period, DashboardWords words) {
        String id = escalation.key();
        if (!escalation.reachedAny()) {
            return new TileContent(id, words.escalation(), "", "", "", words.noStep(),
                    List.of(new Line("context", words.ladderOf(escalation.ladderSize()))), null, List.of());
        }
        EscalationPoint current = escalation.current();
        return new TileContent(id, words.escalation(), "", words.step(current.level()),
                words.ofSteps(escalation.ladderSize()), null,
                List.of(new Line("step-name", current.stepName()),
                        new Line("change", words.escalationChange(escalation.previousLevel(),
                                current.level(), period)),
                        new Line("updated", words.reached(current.citation()))),
                words.stepsHeading(),
                escalation.reached().reversed().stream()
                        .map(point -> new SourceItem(words.stepSource(point), point.citation()))
                        .toList());
    }

    private static TileContent recency(RecencyTile recency, DashboardWords words) {
        String label = words.daysSinceLast(recency.kind());
        if (!recency.hasEvent()) {
            return new TileContent(recency.key(), label, "", "", "", words.noneRecorded(recency.kind()),
                    List.of(), null, List.of());
        }
        Citation citation = recency.citation();
        return new TileContent(recency.key(), label, recency.isLowerBound() ? words.atLeast() : "",
                words.number(recency.days()), words.daysUnit(), null,
                List.of(new Line("updated", words.lastRecorded(recency.kind(), citation))),
                words.latestHeading(recency.kind()), List.of(new SourceItem("", citation)));
    }

    /** "83", or "80–85" for a range. */
    public static String number(FigureValue value) {
        return DashboardWords.ENGLISH.number(value);
    }
}
