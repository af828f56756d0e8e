package com.riskdesk.dashboard;

import com.riskdesk.entry.DatePrecision;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.TileOrder;

/**
 * Days since the last entry of the kind the monitor's definition names ({@code citation} null when none is
 * recorded). When that entry is only dated "on or before" a day, or within a month, the count is a lower bound
 * (counted from the latest day it can have happened).
 */
public record RecencyTile(EntryKindDefinition kind, Citation citation, long days) implements Tile {

    public static final String KEY = TileOrder.SINCE_LAST;

    @Override
    public String key() {
        return KEY;
    }

    public boolean hasEvent() {
        return citation != null;
    }

    public boolean isLowerBound() {
        return hasEvent() && citation.precision() != DatePrecision.DAY;
    }
}
