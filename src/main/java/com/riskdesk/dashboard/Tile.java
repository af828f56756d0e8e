package com.riskdesk.dashboard;

/**
 * One tile of a dashboard, as data: the list {@link Dashboard#shownTiles()} is built from the monitor's definition,
 * and every output (the view, the embed, the overflow page, the preview image, the link preview, the API, the feed)
 * renders that list, in the words of {@link DashboardWords}.
 */
public sealed interface Tile permits IndicatorTile, EscalationTile, RecencyTile {

    /** A stable key for element ids and comparisons: an indicator code, "escalation" or "since-last". */
    String key();
}
