package com.riskdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.base.ui.AccessDeniedView;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.StaffMember;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
class StaffViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffService staff;

    @Test
    void an_admin_creates_an_account_through_the_form_and_sees_it_in_the_grid() {
        StaffView view = navigate(StaffView.class);

        test(find(TextField.class).withLabel("User name").single()).setValue("alice");
        test(find(TextField.class).withLabel("Display name").single()).setValue("Alice Example");
        test(find(Select.class).withLabel("Role").single()).selectItem("Admin");
        test(find(PasswordField.class).withLabel("Initial password").single()).setValue(PASSWORD);
        test(find(Button.class).withText("Create account").single()).click();

        GridTester<?, StaffMember> grid = test(view.grid);
        int row = rowOf(grid, "alice");
        assertThat(grid.getCellText(row, 1)).isEqualTo("Alice Example");
        assertThat(grid.getCellText(row, 2)).isEqualTo("Admin");
        assertThat(grid.getCellText(row, 3)).isEqualTo("Active");
        assertThat(grid.getCellText(row, 4)).isEqualTo(new StaffDates(UI.getCurrent().getLocale()).formatUtc(TestData.NOW))
                .endsWith(", 12:00 UTC");
        assertThat(staff.all()).filteredOn(member -> member.username().equals("alice")).singleElement()
                .extracting(StaffMember::role).isEqualTo(StaffRole.ADMIN);
        assertThat(view.form.password.getValue()).isEmpty();
        assertThat(notices()).contains("Created the account alice");
    }

    @Test
    void a_password_the_service_refuses_is_reported_and_no_account_is_made() {
        StaffView view = navigate(StaffView.class);

        test(find(TextField.class).withLabel("User name").single()).setValue("bob");
        test(find(PasswordField.class).withLabel("Initial password").single()).setValue("short");
        test(find(Button.class).withText("Create account").single()).click();

        assertThat(notices()).contains("A password is " + NewStaffMember.PASSWORD_MIN + " to");
        assertThat(find(Notification.class).first().getThemeNames()).contains("error");
        assertThat(staff.all()).extracting(StaffMember::username).doesNotContain("bob");
        assertThat(view.form.username.getValue()).isEqualTo("bob");
    }

    @Test
    void an_admin_disables_and_enables_an_account_from_the_grid() {
        staff.create(new NewStaffMember("carol", "Carol", StaffRole.EDITOR, PASSWORD));
        StaffView view = navigate(StaffView.class);

        clickAction(view, "carol", "Disable");
        assertThat(test(view.grid).getCellText(rowOf(test(view.grid), "carol"), 3)).isEqualTo("Disabled");

        clickAction(view, "carol", "Enable");
        assertThat(test(view.grid).getCellText(rowOf(test(view.grid), "carol"), 3)).isEqualTo("Active");
    }

    @Test
    void an_admin_changes_a_role_from_the_grid() {
        staff.create(new NewStaffMember("dave", "Dave", StaffRole.EDITOR, PASSWORD));
        StaffView view = navigate(StaffView.class);

        clickAction(view, "dave", "Make admin");

        assertThat(test(view.grid).getCellText(rowOf(test(view.grid), "dave"), 2)).isEqualTo("Admin");
        assertThat(staff.all()).filteredOn(member -> member.username().equals("dave")).singleElement()
                .extracting(StaffMember::role).isEqualTo(StaffRole.ADMIN);
    }

    @Test
    void disabling_the_last_active_admin_is_refused_with_a_clear_message() {
        StaffMember last = staff.create(new NewStaffMember("heidi", "Heidi", StaffRole.ADMIN, PASSWORD));
        staff.all().stream()
                .filter(member -> member.role() == StaffRole.ADMIN && member.enabled() && member.id() != last.id())
                .forEach(member -> staff.setEnabled(member.id(), false));
        StaffView view = navigate(StaffView.class);

        clickAction(view, "heidi", "Disable");

        assertThat(notices()).contains("At least one active admin must remain").doesNotContain("Exception");
        assertThat(test(view.grid).getCellText(rowOf(test(view.grid), "heidi"), 3)).isEqualTo("Active");
    }

    @Test
    void a_password_reset_that_is_too_short_is_refused_at_the_field_and_a_good_one_is_set() {
        staff.create(new NewStaffMember("erin", "Erin", StaffRole.EDITOR, PASSWORD));
        StaffView view = navigate(StaffView.class);

        clickAction(view, "erin", "Reset password…");
        roundTrip();
        ResetPasswordDialog dialog = find(ResetPasswordDialog.class).single();
        test(dialog.password).setValue("short");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("A password is " + NewStaffMember.PASSWORD_MIN);

        test(dialog.password).setValue("a much longer new password");
        test(dialog.confirm).click();

        roundTrip();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(ResetPasswordDialog.class).exists()).isFalse();
        assertThat(notices()).contains("Set a new password for erin");
    }

    @Test
    void an_admin_opens_a_members_sessions_and_signs_them_out_everywhere() {
        staff.create(new NewStaffMember("sven", "Sven", StaffRole.EDITOR, PASSWORD));
        StaffView view = navigate(StaffView.class);

        clickAction(view, "sven", "Sessions…");
        roundTrip();
        SessionsDialog dialog = find(SessionsDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("No open session on this server.");
        test(dialog.signOut).click();

        assertThat(notices()).contains("Signed sven out everywhere");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_is_told_only_admins_manage_staff_accounts_instead_of_the_staff_screen() {
        UI.getCurrent().navigate("admin/staff");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class).isNotInstanceOf(StaffView.class);
        assertThat(find(NewStaffForm.class).exists()).isFalse();
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively())
                .contains("Only admins can manage staff accounts").doesNotContain("Page not found");
    }

    private void clickAction(StaffView view, String username, String text) {
        GridTester<?, StaffMember> grid = test(view.grid);
        Component actions = grid.getCellComponent(rowOf(grid, username), "actions");
        test(find(Button.class, actions).withText(text).single()).click();
    }

    private String notices() {
        StringBuilder text = new StringBuilder();
        find(Notification.class).all().forEach(notification -> text.append(test(notification).getText()).append('\n'));
        return text.toString();
    }

    private static int rowOf(GridTester<?, StaffMember> grid, String username) {
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + username);
    }
}
