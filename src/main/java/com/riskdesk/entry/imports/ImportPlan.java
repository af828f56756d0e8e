package com.riskdesk.entry.imports;

import java.util.List;

/**
 * The dry run of an import: every data row with what importing would do with it, and every problem found with its
 * line and column. Nothing is written while {@link #problems()} is not empty.
 */
public record ImportPlan(long monitorId, String fileName, List<PlannedRow> rows, List<RowProblem> problems) {

    public ImportPlan {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public long toAdd() {
        return rows.stream().filter(PlannedRow::adds).count();
    }

    public long matched() {
        return rows.size() - toAdd();
    }

    public boolean canImport() {
        return problems.isEmpty() && toAdd() > 0;
    }
}
