package com.riskdesk.base.startup;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the embedded database's two common start-up failures into one line each, with what to do: the database
 * file is locked by another running copy of the application, or its folder cannot be written. Other database
 * failures are left to Spring Boot's own report.
 */
class DatabaseStartupFailure extends AbstractFailureAnalyzer<SQLException> {

    /** H2's "Database may be already in use". */
    static final int LOCKED = 90020;
    /** H2's I/O errors, "Error while creating file", "Database is read only", "Access denied". */
    static final Set<Integer> UNWRITABLE = Set.of(90028, 90031, 90062, 90097, 90096);

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String detail = firstLine(cause.getMessage());
        if (cause.getErrorCode() == LOCKED) {
            return new FailureAnalysis("The database is in use by another process (is the application already "
                    + "running with the same app.data-dir?): " + detail,
                    "Stop the other copy of the application, or start this one with --app.data-dir=<another folder>.",
                    cause);
        }
        if (UNWRITABLE.contains(cause.getErrorCode())) {
            return new FailureAnalysis("The database folder cannot be written: " + detail,
                    "Give the application's user write access to app.data-dir, or start with "
                            + "--app.data-dir=<a writable folder>.", cause);
        }
        return null;
    }

    /** The message's first line, without H2's error code suffix. */
    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }
}
