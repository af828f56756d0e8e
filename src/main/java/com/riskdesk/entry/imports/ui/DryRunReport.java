package com.riskdesk.entry.imports.ui;

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
    private final H3 problemsHeading = new H3("Problems");
    private final H3 rowsHeading = new H3("Rows");

    DryRunReport() {
        setId("import-dry-run");
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(RowProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(false);
        problems.setHeight("16rem");
        problems.setAriaLabel("Problems, by line");
        rows.setId("import-rows");
        rows.addColumn(PlannedRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.adds() ? "Add" : "Matches entry #" + row.matchedEntryId())
                .setHeader("Import will").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.entry().datePrecision().describe(row.entry().occurredOn()))
                .setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.entry().headline()).setHeader("Headline").setFlexGrow(1);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows.setHeight("20rem");
        rows.setAriaLabel("Rows of the file");
        add(new H2("Dry run"), summary, problemsHeading, problems, rowsHeading, rows);
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

    static String describe(ImportPlan plan) {
        String counts = plan.fileName() + ": " + plan.toAdd() + " " + (plan.toAdd() == 1 ? "row" : "rows")
                + " to add, " + plan.matched() + " matching entries already recorded (left as they are), "
                + plan.problems().size() + " " + (plan.problems().size() == 1 ? "problem" : "problems") + ".";
        if (!plan.problems().isEmpty()) {
            return counts + " Nothing can be imported until every problem is fixed in the file.";
        }
        return plan.toAdd() == 0 ? counts + " There is nothing to import." : counts + " Ready to import.";
    }
}
