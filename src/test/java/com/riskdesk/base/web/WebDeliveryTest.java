package com.riskdesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Text answers travel compressed; the favicon is linked from the page and answers at /favicon.ico too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
class WebDeliveryTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/monitors/venezuela", "/embed/monitors/venezuela", "/api/monitors/venezuela/summary",
            "/api/monitors/venezuela/entries.csv", "/api/monitors/venezuela/feed.atom", "/lumo/lumo.css"})
    void text_answers_are_gzipped_for_browsers_that_accept_it(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
    }

    @Test
    void the_page_head_links_the_svg_favicon() throws Exception {
        String page = new String(get("/monitors/venezuela").body());

        assertThat(page).containsPattern("<link[^>]+rel=\"icon\"[^>]*>").contains("favicon.svg");
    }

    @Test
    void favicon_ico_redirects_to_the_svg_favicon() throws Exception {
        HttpResponse<byte[]> ico = get("/favicon.ico");
        HttpResponse<byte[]> svg = get(WebDelivery.FAVICON);

        assertThat(ico.statusCode()).isEqualTo(301);
        assertThat(ico.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(WebDelivery.FAVICON));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(new String(svg.body())).startsWith("<svg");
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
