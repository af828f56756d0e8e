package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.web.EmbedHeight;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the embeddable tiles may be framed by other sites; every other page refuses to be framed. */
class EmbedFramingTest extends ApiTestSupport {

    @Test
    void the_embed_may_be_framed_by_any_site() {
        ApiFixtures.Created monitor = fixtures.monitor("embed");
        fixtures.record(TestData.figures(monitor.id(), LocalDate.of(2026, 1, 10), Map.of("deaths", cumulative(AT_LEAST, 83))));

        HttpResponse<String> response = api.get("/embed/monitors/" + monitor.slug(), "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("frame-ancestors *")
                        .contains("script-src " + EmbedHeight.CSP_SOURCE + ";").doesNotContain("'self' 'nonce-"));
        assertThat(response.headers().allValues("X-Frame-Options")).isEmpty();
    }

    @Test
    void other_pages_refuse_to_be_framed() {
        for (String path : new String[] {"/", "/monitors/x", "/login", "/api/monitors"}) {
            HttpResponse<String> response = api.get(path, "Accept", "text/html");

            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
    }
}
