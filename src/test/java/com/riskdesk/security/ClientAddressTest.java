package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    @Test
    void without_trusted_proxies_x_forwarded_for_is_ignored() {
        ClientAddress clients = new ClientAddress(List.of());

        assertThat(clients.of(request("198.51.100.7", "203.0.113.5"))).isEqualTo("198.51.100.7");
    }

    @Test
    void a_trusted_proxys_x_forwarded_for_names_the_client() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.1"));

        assertThat(clients.of(request("10.1.2.3", "203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(clients.of(request("192.0.2.1", "203.0.113.5, 10.9.9.9"))).as("right-most untrusted hop")
                .isEqualTo("203.0.113.5");
        assertThat(clients.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void a_client_cannot_pass_itself_off_as_someone_else() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8"));

        assertThat(clients.of(request("198.51.100.7", "10.0.0.1"))).as("not sent by a trusted proxy")
                .isEqualTo("198.51.100.7");
        assertThat(clients.of(request("10.1.2.3", "203.0.113.66, 198.51.100.7"))).as("the spoofed first hop loses")
                .isEqualTo("198.51.100.7");
    }

    @Test
    void a_proxy_setting_that_is_no_address_stops_the_start() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example"))).hasMessageContaining("proxy.example");
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
