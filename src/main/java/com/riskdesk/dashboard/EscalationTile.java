package com.riskdesk.dashboard;

import com.riskdesk.monitor.TileOrder;
import java.util.List;

/** The highest escalation step reached, the level at the start of the period, and how each step was reached. */
public record EscalationTile(EscalationPoint current, int ladderSize, String meaning, Integer previousLevel,
                             List<EscalationPoint> reached) implements Tile {

    public static final String KEY = TileOrder.ESCALATION;

    @Override
    public String key() {
        return KEY;
    }

    public boolean reachedAny() {
        return current != null;
    }
}
