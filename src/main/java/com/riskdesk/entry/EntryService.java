package com.riskdesk.entry;

import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EntryService {

    private final EntryRepository entries;
    private final MonitorService monitors;
    private final Clock clock;

    EntryService(EntryRepository entries, MonitorService monitors, Clock clock) {
        this.entries = entries;
        this.monitors = monitors;
        this.clock = clock;
    }

    /** Validates and stores an entry, stamped with the time it was recorded; returns its id. */
    @Transactional
    public long record(NewEntry entry) {
        MonitorDetails monitor = monitors.findById(entry.monitorId())
                .orElseThrow(() -> new InvalidEntryException(Map.of("monitorId", "No such monitor")));
        Map<String, String> problems = EntryRules.problems(entry, monitor, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        return entries.save(Entry.record(entry, clock.instant())).id();
    }
}
