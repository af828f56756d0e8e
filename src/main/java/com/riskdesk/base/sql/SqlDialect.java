package com.riskdesk.base.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The database the app runs on, and the little SQL that differs between them. Everything else is written once, in
 * SQL that H2 and PostgreSQL 15+ both run (PostgresSmokeIT runs the main flows on PostgreSQL).
 * <p>Index hints, the one difference in the queries themselves: H2's planner picks an index by the columns a WHERE
 * constrains, not by the ORDER BY it could stop early on, so the dashboard's live queries name the index they are
 * shaped for in a comment, {@code from entry e /}{@code * index: entry_monitor_newest *}{@code /}.
 * {@link #withIndexHints} turns each such comment into H2's {@code use index (...)} (DashboardBenchmark measures
 * it); PostgreSQL's cost-based planner finds those indexes itself and runs the text as written, comment and all.
 */
@Component
public class SqlDialect {

    private static final Pattern INDEX_COMMENT = Pattern.compile("/\\* index: (\\w+) \\*/");

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

    /**
     * The query as this database runs it: on H2, every comment {@code index: NAME} (the only thing ever substituted
     * in a query) becomes {@code use index (NAME)} for the table before it; elsewhere the query unchanged.
     */
    public String withIndexHints(String sql) {
        return database() == Database.H2 ? INDEX_COMMENT.matcher(sql).replaceAll("use index ($1)") : sql;
    }

    static Database of(String productName) {
        return switch (productName) {
            case "H2" -> Database.H2;
            case "PostgreSQL" -> Database.POSTGRESQL;
            default -> Database.OTHER;
        };
    }
}
