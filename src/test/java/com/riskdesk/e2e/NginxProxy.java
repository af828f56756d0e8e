package com.riskdesk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real nginx (Debian package {@code nginx-light}) in front of app servers, configured from the repository's sample
 * {@code deploy/nginx.conf}: its {@code upstream}, {@code map} and {@code location /} blocks are taken as written, with
 * only the upstream servers' ports replaced and TLS left out, so a test of this proxy tests the sample operators copy.
 */
final class NginxProxy implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Path SAMPLE = Path.of("deploy", "nginx.conf");
    private static final Pattern UPSTREAM_SERVER = Pattern.compile("server 127\\.0\\.0\\.1:\\d+");

    private final Process process;
    private final int port;

    private NginxProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx on a free loopback port, balancing over the app servers on {@code appPorts}. */
    static NginxProxy start(List<Integer> appPorts) throws IOException {
        String sample = Files.readString(SAMPLE);
        Path prefix = Files.createTempDirectory("nginx-");
        int port = freePort();
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    %2$s
                    %3$s
                    server {
                        listen 127.0.0.1:%4$d;
                        %5$s
                        %6$s
                    }
                }
                """.formatted(prefix, withPorts(block(sample, "upstream risk_monitor"), appPorts),
                block(sample, "map $http_upgrade $connection_upgrade"), port,
                line(sample, "client_max_body_size"), block(sample, "location /")));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c", "nginx.conf",
                "-g", "daemon off;" + (isRoot() ? " user root;" : ""))
                .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        NginxProxy proxy = new NginxProxy(process, port);
        proxy.awaitListening(Duration.ofSeconds(20), prefix);
        return proxy;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The block that starts with {@code head} and ends at its matching brace. */
    static String block(String config, String head) {
        int start = config.indexOf(head + " {");
        if (start < 0) {
            throw new IllegalStateException(SAMPLE + " has no block '" + head + " {'");
        }
        int depth = 0;
        for (int i = config.indexOf('{', start); i < config.length(); i++) {
            char c = config.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return config.substring(start, i + 1);
            }
        }
        throw new IllegalStateException(SAMPLE + ": block '" + head + "' is not closed");
    }

    private static String line(String config, String directive) {
        return config.lines().map(String::strip).filter(l -> l.startsWith(directive + " ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(SAMPLE + " has no " + directive));
    }

    /** The sample's upstream with its servers, in order, on the given ports. */
    static String withPorts(String upstream, List<Integer> ports) {
        Matcher servers = UPSTREAM_SERVER.matcher(upstream);
        StringBuilder result = new StringBuilder();
        int next = 0;
        while (servers.find()) {
            if (next >= ports.size()) {
                throw new IllegalStateException("the sample names more upstream servers than " + ports);
            }
            servers.appendReplacement(result, "server 127.0.0.1:" + ports.get(next++));
        }
        if (next != ports.size()) {
            throw new IllegalStateException("the sample names " + next + " upstream servers, not " + ports.size());
        }
        return servers.appendTail(result).toString();
    }

    private void awaitListening(Duration timeout, Path prefix) throws IOException {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("stdout.log"))
                        + readIfThere(prefix.resolve("error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within " + timeout);
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
