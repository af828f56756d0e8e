package com.riskdesk.web;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardReading;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.ui.DashboardParameters;
import com.riskdesk.entry.Revision;
import java.util.List;
import java.util.Optional;

/**
 * Everything the overflow page shows, read once per request.
 *
 * @param selected the entry the link selects, empty when it is not part of the view; null when none is selected
 * @param entries  the page {@code page} of the entries within the view's dates
 * @param total    how many entries are within the view's dates
 * @param judgements the trend judgements, latest period first, as the live dashboard's timeline shows them
 */
record PageContent(Dashboard dashboard, DashboardParameters view, Optional<EntryLine> selected,
                   List<EntryLine> entries, long total, int page, List<Revision> corrections,
                   List<PublishedJudgement> judgements, PageLinks links) {

    static final int PAGE_SIZE = DashboardReading.FIRST_ENTRIES;

    long firstShown() {
        return (long) (page - 1) * PAGE_SIZE + 1;
    }

    boolean hasMore() {
        return firstShown() - 1 + entries.size() < total;
    }
}
