package com.riskdesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;

class PublicAddressTest {

    private static final List<String> LOCAL = List.of("localhost", "127.0.0.1");

    @Test
    void the_configured_public_url_is_the_origin_whatever_host_the_request_names() {
        PublicAddress address = new PublicAddress("https://risk.example.org/monitor-app/", LOCAL);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/monitors");
        request.setServerName("evil.example");

        assertThat(address.origin(request)).isEqualTo("https://risk.example.org/monitor-app");
        assertThat(address.allowsHost("risk.example.org")).isTrue();
        assertThat(address.allowsHost("RISK.example.org")).isTrue();
    }

    @Test
    void without_a_public_url_only_the_allowed_host_names_are_served() {
        PublicAddress address = new PublicAddress("", LOCAL);

        assertThat(address.allowsHost("localhost")).isTrue();
        assertThat(address.allowsHost("evil.example")).isFalse();
        assertThat(address.allowsHost(null)).isFalse();
    }

    @Test
    void without_a_public_url_the_origin_is_what_the_request_reports_including_forwarded_headers_once_applied()
            throws Exception {
        PublicAddress address = new PublicAddress("", LOCAL);
        MockHttpServletRequest direct = new MockHttpServletRequest("GET", "/monitors/venezuela");
        direct.setServerName("localhost");
        direct.setServerPort(8080);
        assertThat(address.origin(direct)).isEqualTo("http://localhost:8080");

        MockHttpServletRequest proxied = new MockHttpServletRequest("GET", "/monitors/venezuela");
        proxied.addHeader("X-Forwarded-Proto", "https");
        proxied.addHeader("X-Forwarded-Host", "risk.example.org");
        proxied.addHeader("X-Forwarded-Port", "443");
        proxied.addHeader("X-Forwarded-Prefix", "/monitor-app");
        AtomicReference<String> origin = new AtomicReference<>();
        new ForwardedHeaderFilter().doFilter(proxied, new MockHttpServletResponse(),
                (request, response) -> origin.set(address.origin((HttpServletRequest) request)));

        assertThat(origin.get()).isEqualTo("https://risk.example.org/monitor-app");
    }

    @Test
    void a_public_url_that_is_no_web_address_stops_the_start() {
        assertThatThrownBy(() -> new PublicAddress("risk.example.org", LOCAL)).hasMessageContaining("app.public-url");
        assertThatThrownBy(() -> new PublicAddress("ftp://risk.example.org", LOCAL))
                .hasMessageContaining("app.public-url");
    }
}
