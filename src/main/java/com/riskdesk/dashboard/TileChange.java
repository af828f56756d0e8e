package com.riskdesk.dashboard;

/**
 * How one public tile would read after a change: "Deaths: at least 83 → at least 170", in the language the preview
 * was asked in (the tiles' own words, {@link DashboardWords}). {@code confirmation} says why
 * staff should confirm it (it lowers a figure, or raises it by more than {@link PublicEffects#JUMP_SHARE} of itself),
 * or is null when nothing looks unusual.
 *
 * @param tileId the tile's key: an indicator code, "escalation" or "since-last"
 */
public record TileChange(String tileId, String label, String before, String after, String confirmation) {

    public boolean needsConfirmation() {
        return confirmation != null;
    }

    /** "Deaths: at least 83 → at least 170". */
    public String describe() {
        return label + ": " + before + " → " + after;
    }
}
