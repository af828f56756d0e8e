package com.riskdesk.entry.imports;

/** What is wrong with one row of an import: the file's line, the column as headed in the file, and why. */
public record RowProblem(int line, String column, String message) {
}
