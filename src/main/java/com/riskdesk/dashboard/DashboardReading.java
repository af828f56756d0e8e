package com.riskdesk.dashboard;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.entry.Revision;
import java.util.List;

/**
 * Everything one view of a dashboard shows when it opens, read once and shared, unchanged, by every viewer of that
 * view ({@link SharedDashboards}): the tiles and charts, the tiles' words, the first page of entries within the dates in view and how
 * many there are, the corrections log, and the trend judgements (latest period first). Immutable, so thousands of open dashboards can hold the same instance.
 */
public record DashboardReading(Dashboard dashboard, List<TileContent> tiles, DateRange range, long entriesInRange,
                               List<EntryLine> firstEntries, List<Revision> corrections,
                               List<PublishedJudgement> judgements) {

    /** How many entries a view lists before the viewer asks for more. */
    public static final int FIRST_ENTRIES = 20;
    /** How many corrections the log shows. */
    public static final int CORRECTIONS_SHOWN = 50;

    public DashboardReading {
        tiles = List.copyOf(tiles);
        firstEntries = List.copyOf(firstEntries);
        corrections = List.copyOf(corrections);
        judgements = List.copyOf(judgements);
    }
}
