package com.riskdesk.dashboard;

import java.util.List;

/** The highest escalation step reached, the level at the start of the period, and how each step was reached. */
public record EscalationTile(EscalationPoint current, int ladderSize, String meaning, Integer previousLevel,
                             List<EscalationPoint> reached) implements Tile {

    public static final String KEY = "escalation";

    @Override
    public String key() {
        return KEY;
    }

    public boolean reachedAny() {
        return current != null;
    }
}
