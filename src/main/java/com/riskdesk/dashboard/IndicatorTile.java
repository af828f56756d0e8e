package com.riskdesk.dashboard;

import com.riskdesk.monitor.Indicator;
import java.util.List;

/**
 * A tile's figure: the stated figure now, the figure at the start of the comparison period (null where
 * nothing was known yet) and the sourced entries behind it, newest first.
 */
public record IndicatorTile(Indicator indicator, SeriesPoint current, SeriesPoint previous,
                            List<SourcedFigure> sources) implements Tile {

    @Override
    public String key() {
        return indicator.code();
    }

    public boolean hasFigure() {
        return current != null;
    }

    /** The change over the comparison period, or null when there is nothing to compare with. */
    public Integer change() {
        return current == null || previous == null ? null : current.value().low() - previous.value().low();
    }
}
