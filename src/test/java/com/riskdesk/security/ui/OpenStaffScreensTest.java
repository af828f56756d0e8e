package com.riskdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.StaffMember;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Open windows of a staff member whose access an admin revokes close at once with a message, pushed. */
@IntegrationTest
@WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
class OpenStaffScreensTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffService staff;
    @Autowired
    OpenStaffScreens screens;

    @Test
    void disabling_an_account_covers_its_open_window_with_the_signed_out_message() {
        StaffMember member = staff.create(new NewStaffMember("ursula", "Ursula", StaffRole.EDITOR, PASSWORD));
        screens.track("ursula", UI.getCurrent());

        staff.setEnabled(member.id(), false);
        roundTrip();

        SignedOutDialog dialog = find(SignedOutDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("so this session has ended");
        assertThat(screens.openScreens("ursula")).isZero();
    }

    @Test
    void a_change_to_someone_else_leaves_the_window_alone() {
        StaffMember other = staff.create(new NewStaffMember("victor", "Victor", StaffRole.EDITOR, PASSWORD));
        screens.track("wanda", UI.getCurrent());

        staff.changeRole(other.id(), StaffRole.ADMIN);
        roundTrip();

        assertThat(find(SignedOutDialog.class).exists()).isFalse();
        assertThat(screens.openScreens("wanda")).isEqualTo(1);
    }
}
