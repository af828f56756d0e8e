package com.riskdesk.api;

import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.EntryLine;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every entry of a monitor as of a read, newest first, fetched page by page: the service hands out at most
 * {@link DashboardService#MAX_PAGE} at a time, an export has no cap. Each page is written before the next is read,
 * so memory stays flat however many entries there are.
 */
@Component
class AllEntries {

    private final DashboardService dashboards;

    AllEntries(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    /** Hands each entry to {@code sink}; returns how many there were. */
    long forEach(MonitorRead read, EntrySink sink) throws IOException {
        // A live read's pages can shift when an entry is recorded meanwhile; never hand out one entry twice.
        Set<Long> seen = new HashSet<>();
        for (int offset = 0; ; offset += DashboardService.MAX_PAGE) {
            List<EntryLine> page = dashboards.entries(read.monitor().id(), read.asOf(), offset,
                    DashboardService.MAX_PAGE);
            for (EntryLine line : page) {
                if (seen.add(line.id())) {
                    sink.accept(line);
                }
            }
            if (page.size() < DashboardService.MAX_PAGE) {
                return seen.size();
            }
        }
    }

    @FunctionalInterface
    interface EntrySink {
        void accept(EntryLine line) throws IOException;
    }
}
