package com.riskdesk.preview;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardWords;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.EscalationTile;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.RecencyTile;
import com.riskdesk.dashboard.Tile;
import com.riskdesk.dashboard.TileContent;
import java.util.ArrayList;
import java.util.List;

/**
 * What one tile of the preview image says, in the dashboard's words: a label, a qualifier ("at least") above the
 * figure, a suffix ("of 5") beside it, an emphasised line and a quieter one below, and for the escalation
 * tile the ladder ({@code reached} of {@code ladderSize} steps). A null figure means nothing is recorded yet.
 */
record ImageTile(String label, String qualifier, String figure, String suffix, String emphasis, String detail,
                 int reached, int ladderSize) {

    /** At most this many tiles fit across the image with large, readable figures. */
    static final int MAX_TILES = 4;

    boolean hasFigure() {
        return figure != null;
    }

    boolean showsLadder() {
        return ladderSize > 0;
    }

    /**
     * The first two indicator tiles with a figure, in the definition's tile order (the link's description names them
     * all), then the other tiles the monitor's definition shows (the escalation step, days since the last ...).
     */
    static List<ImageTile> of(Dashboard dashboard, DashboardWords words) {
        List<IndicatorTile> withFigures = dashboard.indicatorTiles().stream().filter(IndicatorTile::hasFigure).toList();
        List<IndicatorTile> shown = withFigures.isEmpty()
                ? dashboard.indicatorTiles().stream().limit(2).toList()
                : withFigures.stream().limit(MAX_TILES - 2).toList();
        List<ImageTile> tiles = new ArrayList<>();
        for (Tile tile : dashboard.shownTiles()) {
            switch (tile) {
                case IndicatorTile indicator when shown.contains(indicator) -> tiles.add(indicator(indicator, words));
                case IndicatorTile indicator -> { }
                case EscalationTile escalation -> tiles.add(escalation(escalation, words));
                case RecencyTile recency -> tiles.add(recency(recency, words));
            }
        }
        return tiles;
    }

    private static ImageTile indicator(IndicatorTile tile, DashboardWords words) {
        String label = tile.indicator().name();
        if (!tile.hasFigure()) {
            return new ImageTile(label, null, null, null, null, words.noFigure(), 0, 0);
        }
        FigureValue value = tile.current().value();
        String updated = tile.sources().isEmpty() ? null
                : words.reported(tile.sources().getFirst().citation());
        return new ImageTile(label, value.isLowerBound() ? words.atLeast() : null, words.number(value),
                null, null, updated, 0, 0);
    }

    private static ImageTile escalation(EscalationTile escalation, DashboardWords words) {
        if (!escalation.reachedAny()) {
            return new ImageTile(words.escalation(), null, null, null, null, words.noStepYet(), 0,
                    escalation.ladderSize());
        }
        EscalationPoint current = escalation.current();
        return new ImageTile(words.escalation(), words.stepAboveNumber(), Integer.toString(current.level()),
                words.ofSteps(escalation.ladderSize()), current.stepName(),
                words.reached(current.citation()), current.level(), escalation.ladderSize());
    }

    private static ImageTile recency(RecencyTile recency, DashboardWords words) {
        String label = words.daysSinceLast(recency.kind());
        if (!recency.hasEvent()) {
            return new ImageTile(label, null, null, null, null, words.noneRecorded(recency.kind()), 0, 0);
        }
        return new ImageTile(label, recency.isLowerBound() ? words.atLeast() : null,
                words.number(recency.days()), null, null,
                words.lastOn(recency.kind(), recency.citation()), 0, 0);
    }
}
