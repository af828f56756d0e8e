package com.riskdesk.entry.imports;

/** An import was refused as a whole, because of the problems its dry run lists; nothing was written. */
public class ImportRefusedException extends RuntimeException {

    private final transient ImportPlan plan;

    public ImportRefusedException(ImportPlan plan) {
        super(plan.problems().isEmpty() ? "Nothing to import: every row matches an entry already recorded"
                : "Import refused: " + plan.problems().size() + " problem(s), first " + plan.problems().getFirst());
        this.plan = plan;
    }

    public ImportPlan plan() {
        return plan;
    }
}
