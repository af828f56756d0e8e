package com.riskdesk.base.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The database the app runs on, and the little SQL that differs between them. Everything else is written once, in
 * SQL that H2 and PostgreSQL 15+ both run (PostgresSmokeIT runs the main flows on PostgreSQL).
 * <p>Index hints: H2's planner picks an index by the columns a WHERE constrains, not by the ORDER BY it could stop
 * early on, so the dashboard's live queries name the index they are shaped for ({@code use index}, H2 only;
 * DashboardBenchmark measures it). PostgreSQL's cost-based planner finds those indexes itself and has no hints.
 */
@Component
public class SqlDialect {

    private final DataSource dataSource;
    private volatile Database database;

    public SqlDialect(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public enum Database {
        H2("H2"), POSTGRESQL("PostgreSQL"), OTHER("another database");

        private final String label;

        Database(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Database database() {
        Database known = database;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = of(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not tell which database the app runs on", e);
            }
            database = known;
        }
        return known;
    }

    /** The hint that makes the table before it read through {@code index}, or nothing where none is needed. */
    public String indexHint(String index) {
        return database() == Database.H2 ? "use index (" + index + ")" : "";
    }

    static Database of(String productName) {
        return switch (productName) {
            case "H2" -> Database.H2;
            case "PostgreSQL" -> Database.POSTGRESQL;
            default -> Database.OTHER;
        };
    }
}
