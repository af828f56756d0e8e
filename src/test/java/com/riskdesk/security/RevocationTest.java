package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Revoked access ends at the very next request of every open session: disabling, demoting, a password reset and
 * "sign out everywhere". Against the real server, signed in through the real login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.FixedClock.class)
class RevocationTest {

    private static final String PASSWORD = "a long enough password";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    StaffService staff;
    @Autowired
    StaffSessions sessions;

    @Test
    void a_disabled_editors_open_session_is_refused_at_its_next_request() {
        StaffMember editor = account(StaffRole.EDITOR);
        StaffBrowser browser = signedIn(editor);
        assertThat(browser.get("/admin/entries").statusCode()).isEqualTo(200);

        TestData.asAdmin(security, () -> run(() -> staff.setEnabled(editor.id(), false)));

        assertSentToSignIn(browser.get("/admin/entries"));
    }

    @Test
    void a_demoted_admins_open_session_no_longer_reaches_the_admin_screens() {
        StaffMember admin = account(StaffRole.ADMIN);
        StaffBrowser browser = signedIn(admin);
        assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(200);

        TestData.asAdmin(security, () -> run(() -> staff.changeRole(admin.id(), StaffRole.EDITOR)));

        assertSentToSignIn(browser.get("/admin/staff"));
        StaffBrowser again = signedIn(admin);
        assertThat(again.get("/admin/entries").statusCode()).as("signs in again with the new role").isEqualTo(200);
    }

    @Test
    void a_password_reset_ends_the_sessions_signed_in_with_the_old_one() {
        StaffMember editor = account(StaffRole.EDITOR);
        StaffBrowser browser = signedIn(editor);

        TestData.asAdmin(security, () -> run(() -> staff.resetPassword(editor.id(), "another long password")));

        assertSentToSignIn(browser.get("/admin/entries"));
    }

    @Test
    void admins_see_a_members_open_sessions_and_sign_them_out_everywhere() {
        StaffMember editor = account(StaffRole.EDITOR);
        StaffBrowser laptop = signedIn(editor);
        StaffBrowser phone = signedIn(editor);
        laptop.get("/admin/entries");
        phone.get("/admin/entries");

        assertThat(TestData.asAdmin(security, () -> sessions.sessionsOf(editor.id()))).hasSize(2)
                .allSatisfy(session -> assertThat(session.address()).isEqualTo("127.0.0.1"));

        TestData.asAdmin(security, () -> run(() -> sessions.signOutEverywhere(editor.id())));

        assertThat(TestData.asAdmin(security, () -> sessions.sessionsOf(editor.id()))).isEmpty();
        assertSentToSignIn(laptop.get("/admin/entries"));
        assertSentToSignIn(phone.get("/admin/entries"));
        assertThat(signedIn(editor).get("/admin/entries").statusCode()).isEqualTo(200);
    }

    @Test
    void enabling_or_keeping_a_role_ends_no_session() {
        StaffMember editor = account(StaffRole.EDITOR);
        StaffBrowser browser = signedIn(editor);

        TestData.asAdmin(security, () -> run(() -> staff.changeRole(editor.id(), StaffRole.EDITOR)));
        TestData.asAdmin(security, () -> run(() -> staff.setEnabled(editor.id(), true)));

        assertThat(browser.get("/admin/entries").statusCode()).isEqualTo(200);
    }

    private StaffBrowser signedIn(StaffMember member) {
        StaffBrowser browser = new StaffBrowser(port);
        HttpResponse<String> signIn = browser.signIn(member.username(), PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private StaffMember account(StaffRole role) {
        String name = "revoked" + NAMES.incrementAndGet();
        return TestData.asAdmin(security, () -> staff.create(new NewStaffMember(name, name, role, PASSWORD)));
    }

    static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
