/** The staff screen at /admin/import: upload a CSV, read the dry run, import. */
package com.riskdesk.entry.imports.ui;
