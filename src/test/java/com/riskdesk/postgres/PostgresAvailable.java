package com.riskdesk.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a PostgreSQL test where the server binaries are installed. Without them it is skipped with the reason, on a
 * developer's machine only: in CI ({@code CI=true}) it runs and fails, so a missing package cannot pass unnoticed.
 */
public final class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresServer.binaries().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL server binaries found");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is required (the test will fail)");
        }
        return ConditionEvaluationResult.disabled("Skipped: " + PostgresServer.missingMessage());
    }
}
