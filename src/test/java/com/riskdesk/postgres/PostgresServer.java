package com.riskdesk.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests: Debian's {@code postgresql} package ({@code initdb} into a temporary
 * folder, {@code pg_ctl} on a free loopback port; as the {@code postgres} user when the tests run as root), started
 * once per JVM and removed when it ends. Each test context takes a fresh database of its own ({@link #newDatabase()}).
 * <p>Where the binaries are: {@code PG_BIN} (a folder holding {@code initdb}, {@code pg_ctl}), else the newest
 * {@code /usr/lib/postgresql/N/bin}. Without them the PostgreSQL tests are skipped ({@link PostgresAvailable}), except
 * in CI ({@code CI=true}), where {@code .ci/run} installs the package and a missing server is a failure.
 */
public final class PostgresServer {

    public static final String USER = "postgres";
    private static PostgresServer shared;

    private final Path folder;
    private final Path bin;
    private final int port;

    private PostgresServer(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException(missingMessage()));
            shared = start(bin);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-test-stop"));
        }
        return shared;
    }

    /** Where {@code initdb} and {@code pg_ctl} are, if anywhere. */
    static Optional<Path> binaries() {
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(PostgresServer::hasServer);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin")).filter(PostgresServer::hasServer)
                    .max(Comparator.comparingInt(PostgresServer::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String missingMessage() {
        return "No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or PG_BIN: "
                + "install Debian's postgresql package (apt-get install postgresql) to run the PostgreSQL tests";
    }

    private static boolean hasServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer start(Path bin) {
        try {
            Path folder = Files.createTempDirectory("postgres-test-");
            PostgresServer server = new PostgresServer(folder, bin, freePort());
            if (runsAsRoot()) {
                run(List.of("chown", USER, folder.toString()));
            }
            server.runAsOwner(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", USER,
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            // Durability off: a test server loses nothing worth keeping, and the suite runs faster.
            server.runAsOwner(bin.resolve("pg_ctl").toString(), "-D", server.data().toString(), "-w", "-t", "60",
                    "-l", folder.resolve("server.log").toString(), "-o",
                    "-p " + server.port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database on this server; its JDBC URL. */
    public String newDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + url("postgres"), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path bin() {
        return bin;
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void stop() {
        try {
            runAsOwner(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "stop");
        } catch (RuntimeException e) {
            System.err.println("[postgres] stopping the test server failed: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    private void runAsOwner(String... command) {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
