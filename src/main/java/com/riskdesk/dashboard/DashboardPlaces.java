package com.riskdesk.dashboard;

import com.riskdesk.place.MapMark;
import com.riskdesk.place.MapRegion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the entries in view happened, for the dashboard's map and its table: one mark per place (an entry naming two
 * seas counts in both) with its entry count and the largest figure reported for the monitor's first indicator, and
 * the entries of each place. Read page by page from the entry list, so places split across areas stay one query;
 * at most {@link #MAX_ENTRIES} entries, the newest, are mapped.
 * <p>
 * The places of a view are read once per change ({@link SharedDashboards#generation()}) and shared, not once per
 * viewer who scrolls to the map; a change forgets the places read before it.
 */
@Service
public class DashboardPlaces {

    public static final int MAX_ENTRIES = 2_000;

    private final DashboardService dashboards;
    private final SharedDashboards shared;
    private final TransactionTemplate readOnly;
    private final Map<View, Places> read = new ConcurrentHashMap<>();

    DashboardPlaces(DashboardService dashboards, SharedDashboards shared, TransactionTemplate transaction) {
        this.dashboards = dashboards;
        this.shared = shared;
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /**
     * The places of a view: marks in order of first appearance, entries per mark key (newest first), and the
     * monitor's map region (null: none).
     */
    public record Places(List<MapMark> marks, Map<String, List<EntryLine>> entries, String indicatorName,
                         boolean capped, MapRegion region) {

        public Places(List<MapMark> marks, Map<String, List<EntryLine>> entries, String indicatorName,
                      boolean capped) {
            this(marks, entries, indicatorName, capped, null);
        }

        public List<EntryLine> entriesAt(String key) {
            return entries.getOrDefault(key, List.of());
        }

        /** The keys of the marks an entry is counted in (two for an entry naming two seas); none for null. */
        public Set<String> keysOf(Long entryId) {
            if (entryId == null) {
                return Set.of();
            }
            return entries.entrySet().stream()
                    .filter(at -> at.getValue().stream().anyMatch(line -> line.id() == entryId))
                    .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    public Places of(Dashboard dashboard, DateRange range) {
        long generation = shared.generation();
        View view = new View(dashboard.monitor().id(), dashboard.asOf(), range, generation);
        read.keySet().removeIf(older -> older.generation() != generation);
        if (read.size() > SharedDashboards.MAX_VIEWS) {
            read.clear();
        }
        return read.computeIfAbsent(view, key -> readOnly.execute(status -> read(dashboard, range)));
    }

    private record View(long monitorId, Instant asOf, DateRange range, long generation) {
    }

    private Places read(Dashboard dashboard, DateRange range) {
        long monitorId = dashboard.monitor().id();
        String indicator = dashboard.tiles().isEmpty() ? null : dashboard.tiles().getFirst().indicator().name();
        Map<String, MapMark> marks = new LinkedHashMap<>();
        Map<String, List<EntryLine>> entries = new LinkedHashMap<>();
        int read = 0;
        Instant asOf = dashboard.snapshot() ? dashboard.asOf() : null;
        while (read < MAX_ENTRIES) {
            List<EntryLine> page = dashboards.entries(monitorId, asOf, range, read, DashboardService.MAX_PAGE);
            for (EntryLine line : page) {
                if (line.place() != null) {
                    for (MapMark mark : MapMark.of(line.place(), 1, largest(line, indicator))) {
                        marks.merge(mark.key(), mark, MapMark::plus);
                        entries.computeIfAbsent(mark.key(), key -> new ArrayList<>()).add(line);
                    }
                }
            }
            read += page.size();
            if (page.size() < DashboardService.MAX_PAGE) {
                return new Places(List.copyOf(marks.values()), entries, indicator, false,
                        dashboard.monitor().mapRegion());
            }
        }
        return new Places(List.copyOf(marks.values()), entries, indicator, true, dashboard.monitor().mapRegion());
    }

    private static Integer largest(EntryLine line, String indicator) {
        return line.figures().stream().filter(figure -> figure.indicatorName().equals(indicator))
                .map(figure -> figure.value().high() != null ? figure.value().high() : figure.value().low())
                .max(Integer::compare).orElse(null);
    }
}
