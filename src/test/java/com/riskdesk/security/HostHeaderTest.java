package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request naming a Host of the attacker's choosing is refused before anything builds a link on it: the API, the
 * feed, the embed and the dashboard page's {@code og:} tags never carry it (and so no cache keeps it). With an
 * allowed Host, links carry the configured public address. Raw HTTP, since clients will not forge a Host header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.public-url=https://risk.example.org"})
class HostHeaderTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/monitors", "/api/monitors/venezuela/feed.atom", "/embed/monitors/venezuela",
            "/monitors/venezuela", "/page/monitors/venezuela"})
    void a_foreign_host_is_refused_and_never_echoed(String path) {
        String answer = get(path, "evil.example");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("evil.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/monitors", "/api/monitors/venezuela/feed.atom", "/embed/monitors/venezuela",
            "/monitors/venezuela"})
    void links_are_built_on_the_public_url_not_on_the_host_asked_for(String path) {
        // Vaadin's client configuration names the address the browser asked for (an allowed host): not a link.
        String answer = get(path, "localhost:" + port).replaceAll("\"requestURL\":\"[^\"]*\"", "");

        assertThat(answer).startsWith("HTTP/1.1 200").contains("https://risk.example.org/")
                .doesNotContain("http://localhost:" + port + "/");
    }

    private String get(String path, String host) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
