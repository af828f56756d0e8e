package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The headers of every kind of answer, the session cookie's flags and the login form's CSRF protection, against the
 * real server behind a (simulated) HTTPS proxy that Tomcat trusts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "server.forward-headers-strategy=native"})
@Import(TestData.FixedClock.class)
class SecurityHeadersTest {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    StaffService staff;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/monitors/venezuela", "/login", "/admin/entries", "/api/monitors",
            "/api/monitors/venezuela/feed.atom", "/page/monitors/venezuela", "/embed/monitors/venezuela",
            "/favicon.svg", "/styles/written.css", "/api/monitors/no-such-thing", "/no-such-page"})
    void every_answer_carries_the_security_headers(String path) {
        HttpHeaders headers = new StaffBrowser(port).get(path).headers();

        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'", "object-src 'none'"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
    }

    @Test
    void vaadin_pages_allow_only_their_own_inline_scripts_by_nonce() {
        HttpResponse<String> page = new StaffBrowser(port).get("/monitors/venezuela");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'none'").doesNotContain("script-src 'self' 'unsafe-inline'");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).as(policy).contains("<script").contains("nonce=\"" + nonce + "\"");
        assertThat(occurrences(page.body(), "nonce=\"" + nonce + "\"")).as("every script has the nonce")
                .isEqualTo(occurrences(page.body(), "<script"));
    }

    @Test
    void staff_pages_are_never_stored_and_public_answers_keep_their_caching() {
        StaffBrowser browser = new StaffBrowser(port);

        assertThat(browser.get("/login").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(browser.get("/admin/entries").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(browser.get("/api/monitors", "Accept", "application/json").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                value -> assertThat(value).contains("max-age").doesNotContain("no-store"));
        assertThat(browser.get("/embed/monitors/venezuela").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age").doesNotContain("no-store"));
    }

    @Test
    void over_https_through_the_proxy_answers_carry_hsts_and_a_secure_same_site_cookie() {
        HttpResponse<String> page = new StaffBrowser(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void over_plain_http_the_cookie_is_same_site_but_not_secure() {
        HttpResponse<String> page = new StaffBrowser(port).get("/login");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void a_cross_site_sign_in_post_without_the_token_signs_no_one_in() {
        TestData.asAdmin(security,
                () -> staff.create(new NewStaffMember("csrf-victim", "V", StaffRole.EDITOR, PASSWORD)));
        StaffBrowser browser = new StaffBrowser(port);
        browser.get("/login");

        HttpResponse<String> forged = browser.post("/login", Map.of("username", "csrf-victim", "password", PASSWORD),
                "Origin", "https://evil.example");

        assertThat(forged.statusCode()).isEqualTo(403);
        RevocationTest.assertSentToSignIn(browser.get("/admin/entries"));
        assertThat(browser.signIn("csrf-victim", PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.get("/admin/entries").statusCode()).isEqualTo(200);
    }

    @Test
    void redirects_never_carry_the_session_id_in_the_url() {
        HttpResponse<String> redirect = new StaffBrowser(port).get("/admin/entries");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
