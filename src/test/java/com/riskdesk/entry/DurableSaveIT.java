package com.riskdesk.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A save the application acknowledged survives the process being killed (SIGKILL, like kill -9) right after:
 * the child JVM records an entry, and is killed the instant it reports the save; the database file must then
 * hold the entry. H2 delays writes by default (WRITE_DELAY), which would lose it; the application's URL turns
 * that off.
 */
class DurableSaveIT {

    private static final int ROUNDS = 3;

    @Test
    void an_acknowledged_save_survives_kill_dash_nine() throws Exception {
        Path dataDir = Files.createTempDirectory("durable-save");
        List<Long> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.add(saveThenKill(dataDir));
        }

        String url = "jdbc:h2:file:" + dataDir.resolve("risk-monitor") + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("select id from entry order by id")) {
            List<Long> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getLong(1));
            }
            assertThat(stored).containsAll(acknowledged);
        }
    }

    private static long saveThenKill(Path dataDir) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurableSaveChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder log = new StringBuilder();
            while ((line = output.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("SAVED ")) {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                    return Long.parseLong(line.substring("SAVED ".length()).trim());
                }
            }
            throw new AssertionError("The child never acknowledged a save:\n" + log);
        } finally {
            child.destroyForcibly();
        }
    }
}
