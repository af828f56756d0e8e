package com.riskdesk.entry.imports;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.entry.EntryDiff;
import com.riskdesk.entry.EntryRules;
import com.riskdesk.entry.FieldChange;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.MonitorDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dry run of one file against a monitor's entries. A row <em>matches</em> an existing entry when its {@code id}
 * names one (an exported row), or, without an id, when an entry has the same date, headline and source outlet
 * (case and surrounding spaces aside). A matching row must say what the entry says: it is then left alone, so an
 * export imported again adds nothing; a matching row that differs is a problem (a correction needs its reason, in the
 * entries screen). Every other row adds an entry, checked by the same rules as the entry form ({@link EntryRules}).
 */
final class ImportPlanner {

    private final MonitorDetails monitor;
    private final LocalDate today;
    private final Map<Long, NewEntry> existing;
    private final Map<String, Long> existingByKey = new HashMap<>();

    ImportPlanner(MonitorDetails monitor, LocalDate today, Map<Long, NewEntry> existing) {
        this.monitor = monitor;
        this.today = today;
        this.existing = existing;
        existing.forEach((id, entry) -> existingByKey.putIfAbsent(key(entry), id));
    }

    ImportPlan plan(String fileName, String text) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text);
        } catch (CsvReader.MalformedCsvException e) {
            return refused(fileName, new RowProblem(e.line(), "", "import.problem.quote", e.line()));
        }
        if (records.size() < 2) {
            return refused(fileName, new RowProblem(1, "", "import.problem.no-rows"));
        }
        ImportColumns columns = new ImportColumns(monitor, records.getFirst());
        if (!columns.headerProblems.isEmpty()) {
            return new ImportPlan(monitor.id(), fileName, List.of(), columns.headerProblems);
        }
        List<PlannedRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> linesByKey = new HashMap<>();
        Map<Long, Integer> linesById = new HashMap<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            ImportColumns.Row row = columns.read(record);
            Map<String, Message> found = new LinkedHashMap<>();
            row.unreadable().forEach((key, message) -> found.put(columns.columnName(key), message));
            EntryRules.problems(row.entry(), monitor, today)
                    .forEach((key, message) -> found.putIfAbsent(columns.columnName(key), message));
            if (found.isEmpty()) {
                match(row, columns, linesByKey, linesById, rows, found);
            }
            found.forEach((column, message) -> problems.add(new RowProblem(row.line(), column, message)));
        }
        return new ImportPlan(monitor.id(), fileName, rows, problems);
    }

    private void match(ImportColumns.Row row, ImportColumns columns, Map<String, Integer> linesByKey,
                       Map<Long, Integer> linesById, List<PlannedRow> rows, Map<String, Message> found) {
        String key = key(row.entry());
        if (row.id() != null) {
            Integer earlier = linesById.putIfAbsent(row.id(), row.line());
            if (earlier != null) {
                found.put(columns.columnName(ImportColumns.ID), Message.of("import.problem.id-twice", row.id(), earlier));
            } else if (!existing.containsKey(row.id())) {
                found.put(columns.columnName(ImportColumns.ID),
                        Message.of("import.problem.no-entry", row.id(), monitor.name()));
            } else {
                matchExisting(row, row.id(), columns, rows, found);
            }
            return;
        }
        Long sameKey = existingByKey.get(key);
        Integer earlier = linesByKey.putIfAbsent(key, row.line());
        if (sameKey != null) {
            matchExisting(row, sameKey, columns, rows, found);
        } else if (earlier != null) {
            found.put(columns.columnName(ImportColumns.HEADLINE),
                    Message.of("import.problem.same-as-line", earlier));
        } else {
            rows.add(new PlannedRow(row.line(), row.entry(), null));
        }
    }

    private void matchExisting(ImportColumns.Row row, long id, ImportColumns columns, List<PlannedRow> rows,
                               Map<String, Message> found) {
        List<FieldChange> differences = EntryDiff.between(normalized(existing.get(id)), normalized(row.entry()));
        if (differences.isEmpty()) {
            rows.add(new PlannedRow(row.line(), row.entry(), id));
            return;
        }
        String column = columns.columnName(row.id() != null ? ImportColumns.ID : ImportColumns.HEADLINE);
        found.put(column, Message.of("import.problem.differs", id,
                differences.stream().map(FieldChange::describe)
                        .reduce((listed, next) -> Message.of("entry.change.list", listed, next)).orElseThrow()));
    }

    private ImportPlan refused(String fileName, RowProblem problem) {
        return new ImportPlan(monitor.id(), fileName, List.of(), List.of(problem));
    }

    private static String key(NewEntry entry) {
        return entry.occurredOn() + "\u0000" + fold(entry.headline()) + "\u0000"
                + (entry.source() == null ? "" : fold(entry.source().outlet()));
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Text stripped and blank as none, on both sides, so a round trip through a spreadsheet still matches. */
    private static NewEntry normalized(NewEntry entry) {
        Source source = entry.source();
        return new NewEntry(entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                entry.escalationLevel(), clean(entry.headline()), new Source(clean(source.outlet()),
                clean(source.title()), clean(source.url()), source.publishedOn()), entry.confidence(),
                clean(entry.notes()), entry.figures());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
