package com.riskdesk.base.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseStartupFailureTest {

    private final DatabaseStartupFailure analyzer = new DatabaseStartupFailure();

    @Test
    void a_data_folder_that_cannot_be_written_is_said_in_one_line_with_what_to_do(@TempDir Path temp)
            throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("occupied"), "a file where the folder should be");
        SQLException failure = openFails("jdbc:h2:file:" + notAFolder.resolve("data/risk-monitor"));

        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("dataSource", "failed", failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("The database folder cannot be written")
                .contains(notAFolder.toString()).doesNotContain("\n").doesNotContainPattern("\\[\\d+-\\d+]");
        assertThat(analysis.getAction()).contains("--app.data-dir=");
    }

    @Test
    void a_database_locked_by_another_copy_of_the_application_is_said_in_one_line() {
        SQLException locked = new SQLException("Database may be already in use: \"/srv/data/risk-monitor.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-240]", "90020",
                DatabaseStartupFailure.LOCKED);

        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("dataSource", "failed", locked));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("in use by another process", "/srv/data/risk-monitor.mv.db")
                .doesNotContain("\n").doesNotContain("[90020");
        assertThat(analysis.getAction()).contains("Stop the other copy", "--app.data-dir=");
    }

    @Test
    void other_database_failures_are_left_to_spring_boots_report() {
        SQLException syntax = new SQLException("Syntax error", "42000", 42000);

        assertThat(analyzer.analyze(new BeanCreationException("dataSource", "failed", syntax))).isNull();
    }

    private static SQLException openFails(String url) {
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            throw new AssertionError("Opened " + url);
        } catch (SQLException expected) {
            return expected;
        }
    }
}
