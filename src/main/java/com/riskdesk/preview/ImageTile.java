package com.riskdesk.preview;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.EscalationPoint;
import com.riskdesk.dashboard.EscalationTile;
import com.riskdesk.dashboard.FigureValue;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.StrikeRecency;
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
     * The first two indicator tiles with a figure, in the dashboard's order (the link's description names them
     * all), then the escalation step and the last strike.
     */
    static List<ImageTile> of(Dashboard dashboard) {
        List<IndicatorTile> withFigures = dashboard.tiles().stream().filter(IndicatorTile::hasFigure).toList();
        List<IndicatorTile> shown = withFigures.isEmpty()
                ? dashboard.tiles().stream().limit(2).toList()
                : withFigures.stream().limit(MAX_TILES - 2).toList();
        List<ImageTile> tiles = new ArrayList<>();
        shown.forEach(tile -> tiles.add(indicator(tile)));
        tiles.add(escalation(dashboard.escalation()));
        tiles.add(lastStrike(dashboard.lastStrike()));
        return tiles;
    }

    private static ImageTile indicator(IndicatorTile tile) {
        String label = tile.indicator().name();
        if (!tile.hasFigure()) {
            return new ImageTile(label, null, null, null, null, "No figure recorded", 0, 0);
        }
        FigureValue value = tile.current().value();
        String figure = value.isRange() ? value.low() + "–" + value.high() : Integer.toString(value.low());
        String updated = tile.sources().isEmpty() ? null
                : "Reported " + tile.sources().getFirst().citation().describeDate();
        return new ImageTile(label, value.isLowerBound() ? "at least" : null, figure, null, null, updated, 0, 0);
    }

    private static ImageTile escalation(EscalationTile escalation) {
        if (!escalation.reachedAny()) {
            return new ImageTile("Escalation", null, null, null, null, "No step reached yet", 0,
                    escalation.ladderSize());
        }
        EscalationPoint current = escalation.current();
        return new ImageTile("Escalation", "step", Integer.toString(current.level()), "of " + escalation.ladderSize(),
                current.stepName(), "Reached " + current.citation().describeDate(), current.level(),
                escalation.ladderSize());
    }

    private static ImageTile lastStrike(StrikeRecency lastStrike) {
        if (lastStrike == null) {
            return new ImageTile("Days since last strike", null, null, null, null, "No strike recorded", 0, 0);
        }
        return new ImageTile("Days since last strike", lastStrike.isLowerBound() ? "at least" : null,
                Long.toString(lastStrike.days()), null, null,
                "Last strike " + lastStrike.citation().describeDate(), 0, 0);
    }
}
