/**
 * Bulk import of entries from CSV (the {@code entries.csv} export's format, or a minimal one): a dry run that says
 * what each row would do and what is wrong with it, then one all-or-nothing transaction recorded as one import.
 */
package com.riskdesk.entry.imports;
