package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous requests for the API, the embed, the favicon and static files leave no HTTP session behind (no
 * {@code Set-Cookie}): a session is held for 30 minutes per visitor. Vaadin pages do need one.
 * Against the real server on a port, so every filter, Spring MVC and the Vaadin servlet take part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
class SessionlessRequestsTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
            "/api/monitors, 200, application/json",
            "/api/monitors/venezuela/summary, 200, application/json",
            "/api/monitors/venezuela/entries.csv, 200, text/csv",
            "/api/monitors/venezuela/feed.atom, 200, application/atom+xml",
            "/api/monitors/no-such-thing, 404, text/html",
            "/embed/monitors/venezuela, 200, text/html",
            "/embed/monitors/no-such-monitor, 404, text/html",
            "/favicon.svg, 200, image/*",
            "/favicon.ico, 301, image/*",
            "/lumo/lumo.css, 200, text/css",
            "/styles/written.css, 200, text/css",
            "/VAADIN/static/push/vaadinPush-min.js, 200, */*",
    })
    void public_answers_create_no_session(String path, int status, String accept) throws Exception {
        HttpResponse<Void> response = get(path, accept);

        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }

    @Test
    void a_dashboard_page_still_gets_its_session() throws Exception {
        HttpResponse<Void> response = get("/monitors/venezuela", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }

    private HttpResponse<Void> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
