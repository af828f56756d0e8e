package com.riskdesk.entry.imports;

import com.riskdesk.entry.DayRollup;
import com.riskdesk.entry.EntriesChanged;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.entry.review.ReviewRequiredException;
import com.riskdesk.entry.review.ReviewService;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.CurrentStaff;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of a monitor's entries from CSV. {@link #dryRun} says what importing would do and lists every problem;
 * {@link #importFile} reads the file again, and writes every row in one transaction or, while any row has a problem,
 * none. An import is kept in history as one import by the staff member, which each added entry's revision names.
 */
@Service
public class ImportService {

    /** Past this many distinct days the monitor's rollups are rebuilt whole, which is then quicker. */
    private static final int REFRESH_DAYS_MAX = 500;
    public static final int FILE_NAME_MAX = 255;

    private final MonitorService monitors;
    private final ImportStore store;
    private final DayRollup rollup;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewService review;

    ImportService(MonitorService monitors, ImportStore store, DayRollup rollup, ApplicationEventPublisher events,
                  Clock clock, ReviewService review) {
        this.review = review;
        this.monitors = monitors;
        this.store = store;
        this.rollup = rollup;
        this.events = events;
        this.clock = clock;
    }

    /** What importing {@code csv} (UTF-8) into the monitor would do; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public ImportPlan dryRun(long monitorId, String fileName, byte[] csv) {
        return plan(monitor(monitorId), fileName, csv);
    }

    /**
     * Imports every row that adds an entry, all in this one transaction; {@code progress} hears how many entries are
     * written so far (out of {@link ImportPlan#toAdd()}). Throws {@link ImportRefusedException}, writing nothing, when
     * the file has any problem or adds nothing, and {@link ReviewRequiredException} when an editor imports into a
     * monitor that requires review (an import would publish without it).
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ImportRecord importFile(long monitorId, String fileName, byte[] csv, IntConsumer progress) {
        MonitorDetails monitor = monitor(monitorId);
        if (review.changesNeedReview(monitorId)) {
            throw new ReviewRequiredException();
        }
        // Two imports of one monitor one after the other: the second plans against the first one's entries.
        store.lockMonitor(monitorId);
        ImportPlan plan = plan(monitor, fileName, csv);
        if (!plan.canImport()) {
            throw new ImportRefusedException(plan);
        }
        List<NewEntry> added = plan.rows().stream().filter(PlannedRow::adds).map(PlannedRow::entry).toList();
        Instant now = clock.instant();
        String by = CurrentStaff.username().orElse("system");
        String name = name(fileName);
        long importId = store.recordImport(monitorId, now, by, name, added.size(), (int) plan.matched());
        List<Long> ids = store.write(importId, added, now, by, "Imported from " + name, progress);
        Set<LocalDate> days = new TreeSet<>();
        added.forEach(entry -> days.add(entry.occurredOn()));
        if (days.size() > REFRESH_DAYS_MAX) {
            rollup.rebuild(monitorId);
        } else {
            rollup.refresh(monitorId, days);
        }
        events.publishEvent(new EntriesChanged(monitorId, ids.getLast(), RevisionAction.RECORDED));
        return new ImportRecord(importId, monitorId, now, by, name, added.size(), (int) plan.matched());
    }

    /** The monitor's imports, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<ImportRecord> history(long monitorId, int limit) {
        return store.imports(monitorId, Math.max(1, Math.min(limit, 200)));
    }

    private ImportPlan plan(MonitorDetails monitor, String fileName, byte[] csv) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            return new ImportPlan(monitor.id(), name(fileName), List.of(), List.of(new RowProblem(1, "",
                    "import.problem.not-utf8")));
        }
        return new ImportPlanner(monitor, LocalDate.now(clock), store.entries(monitor.id())).plan(name(fileName), text);
    }

    private MonitorDetails monitor(long monitorId) {
        return monitors.findById(monitorId).orElseThrow(() -> new IllegalArgumentException("No monitor " + monitorId));
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        return name.length() > FILE_NAME_MAX ? name.substring(0, FILE_NAME_MAX) : name;
    }
}
