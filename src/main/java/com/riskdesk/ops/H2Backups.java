package com.riskdesk.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Online backups of the H2 file store while the app runs: H2's {@code BACKUP TO} copies the store as of one
 * consistent moment into a zip (saves go on meanwhile). Each is named by the moment it was taken (UTC), written
 * beside its final name and moved there when complete, so a listed backup is never half written. For PostgreSQL,
 * use {@code pg_dump} instead (README).
 */
@Service
public class H2Backups {

    static final String PREFIX = "risk-monitor-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(H2Backups.class);

    private final DataSource dataSource;
    private final Path folder;
    private final Clock clock;

    H2Backups(DataSource dataSource, OpsProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.folder = properties.backupDir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Writes a backup of the store as it is now and returns its file. */
    public synchronized Path backUp() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new IllegalStateException("Online backups are for the H2 store; back up " + product
                        + " with its own tools (pg_dump for PostgreSQL)");
            }
            Files.createDirectories(folder);
            Path target = freeName(PREFIX + STAMP.format(clock.instant()));
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up the store to {} ({} bytes)", target, Files.size(target));
            return target;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup failed", e);
        }
    }

    /** The backups in the folder, oldest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(PREFIX)
                    && file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two backups within one second get -2, -3, ... so neither overwrites the other. */
    private Path freeName(String stem) {
        Path candidate = folder.resolve(stem + SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "-" + n + SUFFIX);
        }
        return candidate;
    }
}
