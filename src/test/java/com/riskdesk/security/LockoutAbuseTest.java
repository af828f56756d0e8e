package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An attacker hammering a staff member's user name from elsewhere cannot lock them out: the real user still signs in
 * from their usual address, while guesses from elsewhere pause. Through the real login form, behind a proxy the
 * application trusts (the test's own address), which names each client in X-Forwarded-For.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.trusted-proxies=127.0.0.1/32, ::1")
@Import(TestData.FixedClock.class)
class LockoutAbuseTest {

    private static final String PASSWORD = "alice's own long password";
    private static final String HOME = "198.51.100.7";

    @LocalServerPort
    int port;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    StaffService staff;
    @Autowired
    SecurityAudit audit;

    @Test
    void the_real_user_signs_in_from_their_usual_address_during_an_attack_on_their_name() {
        TestData.asAdmin(security,
                () -> staff.create(new NewStaffMember("alice", "Alice", StaffRole.EDITOR, PASSWORD)));
        assertSignedIn(signIn(HOME, PASSWORD));

        for (int attempt = 0; attempt < LoginThrottle.ACCOUNT_FREE + LoginThrottle.PAIR_FREE; attempt++) {
            assertRefused(signIn("203.0.113." + (attempt % 3), "guess number " + attempt));
        }
        assertRefused(signIn("203.0.113.99", PASSWORD));

        assertSignedIn(signIn(HOME, PASSWORD));
        List<SecurityEvent> audited = TestData.asAdmin(security, () -> audit.events(0, 100)).stream()
                .filter(event -> event.username().equals("alice")).toList();
        assertThat(audited).filteredOn(event -> event.kind() == SecurityEventKind.SIGN_IN)
                .extracting(SecurityEvent::address).containsOnly(HOME).hasSize(2);
        assertThat(audited).filteredOn(event -> event.kind() == SecurityEventKind.SIGN_IN_FAILED)
                .extracting(SecurityEvent::address).allMatch(address -> address.startsWith("203.0.113."))
                .contains("203.0.113.0", "203.0.113.1", "203.0.113.2");
    }

    private HttpResponse<String> signIn(String from, String password) {
        StaffBrowser browser = new StaffBrowser(port);
        String token = browser.csrfToken("/login");
        return browser.post("/login", Map.of("username", "alice", "password", password, "_csrf", token),
                "X-Forwarded-For", from);
    }

    private static void assertSignedIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?error"));
    }
}
