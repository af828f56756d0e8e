package com.riskdesk.entry.imports.ui;

import com.riskdesk.base.ui.Problems;
import com.riskdesk.entry.imports.ImportPlan;
import com.riskdesk.entry.imports.PlannedRow;
import com.riskdesk.entry.imports.RowProblem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What a dry run found: how many rows add or match entries, every problem by line and column, and each row. */
class DryRunReport extends Div {

    final Paragraph summary = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);
    final Grid<PlannedRow> rows = new Grid<>(PlannedRow.class, false);
    private final H3 problemsHeading = new H3(getTranslation("import.problems"));
    private final H3 rowsHeading = new H3(getTranslation("import.rows"));

    DryRunReport() {
        setId("import-dry-run");
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(RowProblem::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> Problems.text(problem.reason())).setHeader(getTranslation("import.problem")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(false);
        problems.setHeight("16rem");
        problems.setAriaLabel(getTranslation("import.problems-grid"));
        rows.setId("import-rows");
        rows.addColumn(PlannedRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.adds() ? getTranslation("import.add") : getTranslation("import.matches", row.matchedEntryId()))
                .setHeader(getTranslation("import.will")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.entry().datePrecision().describe(row.entry().occurredOn()))
                .setHeader(getTranslation("import.date")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.entry().headline()).setHeader(getTranslation("review.headline")).setFlexGrow(1);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.setHeight("20rem");
        rows.setAriaLabel(getTranslation("import.rows-grid"));
        add(new H2(getTranslation("import.dry-run")), summary, problemsHeading, problems, rowsHeading, rows);
        setVisible(false);
    }

    void show(ImportPlan plan) {
        setVisible(true);
        summary.setText(describe(plan));
        problems.setItems(plan.problems());
        problemsHeading.setVisible(!plan.problems().isEmpty());
        problems.setVisible(!plan.problems().isEmpty());
        rows.setItems(plan.rows());
        rowsHeading.setVisible(!plan.rows().isEmpty());
        rows.setVisible(!plan.rows().isEmpty());
    }

    String describe(ImportPlan plan) {
        String counts = getTranslation("import.counts", plan.fileName(), plan.toAdd(), plan.matched(),
                plan.problems().size());
        if (!plan.problems().isEmpty()) {
            return counts + " " + getTranslation("import.fix-first");
        }
        return counts + " " + getTranslation(plan.toAdd() == 0 ? "import.nothing-to-import" : "import.ready");
    }
}
