package com.riskdesk.benchmark;

import com.riskdesk.postgres.PostgresAvailable;
import com.riskdesk.postgres.PostgresProperties;
import com.riskdesk.postgres.PostgresServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard benchmark ({@link DashboardReadBenchmark}) on PostgreSQL: a fresh database on the tests' throwaway
 * server (fsync off there, which speeds up the bulk load, not the timed reads).
 */
@ExtendWith(PostgresAvailable.class)
class DashboardBenchmarkPostgres extends DashboardReadBenchmark {

    @DynamicPropertySource
    static void scratchDatabase(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry, PostgresServer.shared().newDatabase());
        scratch(registry);
    }

    @Override
    String database() {
        return "PostgreSQL " + jdbc.queryForObject("show server_version", String.class);
    }

    @Override
    void beforeBulkLoad() {
        // Nothing to switch off: the bulk insert is a few statements per 50,000 entries.
    }

    /** Planner statistics for the new rows, and the load written out before anything is timed. */
    @Override
    void afterBulkLoad() {
        jdbc.execute("analyze");
        jdbc.execute("checkpoint");
    }
}
