package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
class SecurityAuditTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    SecurityAudit audit;
    @Autowired
    StaffService staff;
    @Autowired
    StaffSessions sessions;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_account_change_is_recorded_with_the_admin_who_made_it() {
        StaffMember member = staff.create(new NewStaffMember("audited", "Audited", StaffRole.EDITOR, PASSWORD));
        staff.changeRole(member.id(), StaffRole.ADMIN);
        staff.setEnabled(member.id(), false);
        staff.setEnabled(member.id(), true);
        staff.resetPassword(member.id(), "another long password");
        sessions.signOutEverywhere(member.id());

        assertThat(audit.events(0, 100)).filteredOn(event -> event.username().equals("audited"))
                .allSatisfy(event -> assertThat(event.actor()).isEqualTo("boss"))
                .extracting(SecurityEvent::kind, SecurityEvent::detail).containsExactly(
                        tuple(SecurityEventKind.SIGNED_OUT_EVERYWHERE, null),
                        tuple(SecurityEventKind.PASSWORD_RESET, null),
                        tuple(SecurityEventKind.ACCOUNT_ENABLED, null),
                        tuple(SecurityEventKind.ACCOUNT_DISABLED, null),
                        tuple(SecurityEventKind.ROLE_CHANGED, "Editor → Admin"),
                        tuple(SecurityEventKind.ACCOUNT_CREATED, "Editor"));
    }

    @Test
    void a_burst_of_failed_sign_ins_stands_out_as_a_spike_against_the_day_before() {
        clock.advance(Duration.ofDays(30));
        for (int hour = 0; hour < 6; hour++) {
            audit.signIn("someone", "192.0.2.1", false);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(audit.failedSignIns().spike()).as("one failure an hour is no spike").isFalse();

        for (int i = 0; i < FailedSignIns.SPIKE_MIN; i++) {
            audit.signIn("admin", "203.0.113.9", false);
        }

        FailedSignIns failed = audit.failedSignIns();
        assertThat(failed.lastHour()).isEqualTo(FailedSignIns.SPIKE_MIN);
        assertThat(failed.perHour()).hasSize(SecurityAudit.HOURS).element(1).isEqualTo(1L);
        assertThat(failed.spike()).isTrue();
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void only_admins_read_the_audit() {
        assertThatThrownBy(() -> audit.events(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(audit::failedSignIns).isInstanceOf(AccessDeniedException.class);
    }
}
