package com.riskdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorService;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's view of a running server, over real HTTP: health probes anyone may ask, and metrics that need the
 * ops token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.ops.token=" + OpsHttp.TOKEN, "app.admin.username=" + OperatingEndpointsTest.ADMIN,
                "app.admin.password=" + OperatingEndpointsTest.PASSWORD})
class OperatingEndpointsTest {

    static final String ADMIN = "ops-admin";
    static final String PASSWORD = "a long admin passphrase";

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;

    private OpsHttp http;

    @BeforeEach
    void client() {
        http = new OpsHttp(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_probes_are_public_up_without_details_and_create_no_session(String path) throws Exception {
        HttpResponse<String> response = http.get(path, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_signed_in_admin_sees_the_health_details_but_no_metrics() throws Exception {
        assertThat(http.signIn(ADMIN, PASSWORD)).doesNotContain("error");

        HttpResponse<String> health = http.get("/actuator/health/readiness", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"readinessState\"", "\"db\"", "\"database\":\"H2\"");
        assertThat(http.get("/actuator/prometheus", null).statusCode()).as("metrics need the token").isEqualTo(403);
    }

    @Test
    void prometheus_answers_401_without_the_token_or_with_a_wrong_one() throws Exception {
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "not-the-token").statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/backup", null).statusCode()).isEqualTo(401);
        assertThat(http.post("/actuator/backup", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator", null).statusCode()).isEqualTo(401);
    }

    @Test
    void prometheus_with_the_token_shows_http_live_overflow_save_sign_in_pool_and_jvm_figures() throws Exception {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("scraped")).id());
        TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, TestData.TODAY.minusDays(1),
                Map.of("deaths", Figure.increment(Qualifier.EXACT, 2)))));
        assertThat(http.get("/page/monitors/scraped", null).statusCode()).isEqualTo(200);
        assertThat(http.signIn(ADMIN, "not the passphrase")).endsWith("/login?error");

        HttpResponse<String> response = http.get("/actuator/prometheus", OpsHttp.TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body())
                .contains("http_server_requests_seconds_count{")
                .contains("riskdesk_live_dashboards_open ")
                .contains("riskdesk_live_dashboards_limit ")
                .contains("riskdesk_live_deliveries_seconds_count ")
                .contains("riskdesk_overflow_page_views_total{forwarded=\"false\"} 1.0")
                .contains("riskdesk_entry_saves_total{action=\"recorded\"} 1.0")
                .contains("riskdesk_sign_in_failures_total{reason=\"bad_credentials\"} 1.0")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }
}
