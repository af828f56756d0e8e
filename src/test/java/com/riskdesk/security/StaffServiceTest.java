package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
class StaffServiceTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffService staff;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_new_account_keeps_only_a_bcrypt_hash_of_its_password() {
        StaffMember created = staff.create(new NewStaffMember("alice", "Alice A.", StaffRole.EDITOR, PASSWORD));

        StaffAccount stored = accounts.findById(created.id()).orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, stored.passwordHash())).isTrue();
        assertThat(created.enabled()).isTrue();
        assertThat(created.createdAt()).isEqualTo(TestData.NOW);
        assertThat(staff.all()).extracting(StaffMember::username).contains("alice");
    }

    @Test
    void a_password_shorter_than_the_minimum_is_refused() {
        String shortPassword = "x".repeat(NewStaffMember.PASSWORD_MIN - 1);

        assertThatThrownBy(() -> staff.create(new NewStaffMember("bob", "Bob", StaffRole.EDITOR, shortPassword)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NewStaffMember.PASSWORD_MIN + " to " + NewStaffMember.PASSWORD_MAX);
        assertThat(accounts.findByUsername("bob")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "  ten chars  ", "\t\tpassw0rd\t\t\t"})
    void a_password_that_is_short_once_trimmed_is_refused(String padded) {
        assertThatThrownBy(() -> staff.create(new NewStaffMember("ivy", "Ivy", StaffRole.EDITOR, padded)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not counting spaces at either end");
        assertThat(accounts.findByUsername("ivy")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Qwertyuiop123", "  correcthorsebatterystaple "})
    void a_common_password_is_refused_whatever_its_case(String common) {
        assertThatThrownBy(() -> staff.create(new NewStaffMember("jack", "Jack", StaffRole.EDITOR, common)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too common");
        assertThat(accounts.findByUsername("jack")).isEmpty();
    }

    @Test
    void a_reset_password_replaces_the_hash_and_a_short_one_is_refused() {
        StaffMember member = staff.create(new NewStaffMember("carol", "Carol", StaffRole.EDITOR, PASSWORD));

        staff.resetPassword(member.id(), "another long password");

        assertThat(passwords.matches("another long password",
                accounts.findById(member.id()).orElseThrow().passwordHash())).isTrue();
        assertThatThrownBy(() -> staff.resetPassword(member.id(), "short"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_user_name_that_is_taken_is_refused() {
        staff.create(new NewStaffMember("dave", "Dave", StaffRole.EDITOR, PASSWORD));

        assertThatThrownBy(() -> staff.create(new NewStaffMember("dave", "Another Dave", StaffRole.ADMIN, PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dave' is taken");
        assertThat(staff.all()).filteredOn(member -> member.username().equals("dave")).singleElement()
                .extracting(StaffMember::displayName).isEqualTo("Dave");
    }

    @Test
    void the_last_active_admin_can_be_neither_disabled_nor_demoted() {
        StaffMember last = onlyOneActiveAdminLeft();

        assertThatThrownBy(() -> staff.setEnabled(last.id(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one active admin must remain");
        assertThatThrownBy(() -> staff.changeRole(last.id(), StaffRole.EDITOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one active admin must remain");
        StaffAccount stored = accounts.findById(last.id()).orElseThrow();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.role()).isEqualTo(StaffRole.ADMIN);
    }

    @Test
    void an_admin_can_be_disabled_and_demoted_while_another_active_admin_remains() {
        StaffMember other = staff.create(new NewStaffMember("erin", "Erin", StaffRole.ADMIN, PASSWORD));

        staff.changeRole(other.id(), StaffRole.EDITOR);
        staff.setEnabled(other.id(), false);

        StaffAccount stored = accounts.findById(other.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo(StaffRole.EDITOR);
        assertThat(stored.enabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_is_denied_every_staff_administration_method() {
        StaffAccount member = accounts.save(new StaffAccount(null, "frank", "Frank", passwords.encode(PASSWORD),
                StaffRole.EDITOR, true, TestData.NOW, 0, null));

        List<ThrowingCallable> adminOnly = List.of(
                () -> staff.all(),
                () -> staff.create(new NewStaffMember("grace", "Grace", StaffRole.ADMIN, PASSWORD)),
                () -> staff.resetPassword(member.id(), "a password the editor chose"),
                () -> staff.changeRole(member.id(), StaffRole.ADMIN),
                () -> staff.setEnabled(member.id(), false));

        adminOnly.forEach(call -> assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class));
        StaffAccount stored = accounts.findById(member.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo(StaffRole.EDITOR);
        assertThat(stored.enabled()).isTrue();
        assertThat(passwords.matches(PASSWORD, stored.passwordHash())).isTrue();
        assertThat(accounts.findByUsername("grace")).isEmpty();
    }

    /** Disables every active admin but one (the start-up admin may exist) and returns the one left. */
    private StaffMember onlyOneActiveAdminLeft() {
        StaffMember keep = staff.create(new NewStaffMember("heidi", "Heidi", StaffRole.ADMIN, PASSWORD));
        staff.all().stream()
                .filter(member -> member.role() == StaffRole.ADMIN && member.enabled() && member.id() != keep.id())
                .forEach(member -> staff.setEnabled(member.id(), false));
        assertThat(staff.all()).filteredOn(member -> member.role() == StaffRole.ADMIN && member.enabled())
                .extracting(StaffMember::username).containsExactly("heidi");
        return keep;
    }
}
