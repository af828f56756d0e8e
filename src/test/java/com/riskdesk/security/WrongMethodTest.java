package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The read-only API answers a write with 405 and the methods it allows, not with a sign-in redirect. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
class WrongMethodTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /api/monitors",
            "PUT, /api/monitors/venezuela/summary",
            "DELETE, /api/monitors/venezuela/entries.csv",
            "PATCH, /api/monitors/venezuela/feed.atom",
            "POST, /embed/monitors/venezuela",
    })
    void a_write_to_the_read_only_api_is_405_with_allow(String method, String path) {
        HttpResponse<String> response = new StaffBrowser(port).call(method, path);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("GET").doesNotContain(method));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
