package com.riskdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.SecurityEvent;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    StaffService staff;

    @Test
    @WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
    void admins_see_account_changes_and_the_failed_sign_in_summary() {
        staff.create(new NewStaffMember("kim", "Kim", StaffRole.EDITOR, "a long enough password"));

        AuditView view = navigate(AuditView.class);

        assertThat(view.summary.getText()).startsWith("Failed sign-ins in the last hour: 0");
        GridTester<?, SecurityEvent> grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        assertThat(grid.getCellText(0, 1)).isEqualTo("Account created");
        assertThat(grid.getCellText(0, 2)).isEqualTo("kim");
        assertThat(grid.getCellText(0, 3)).isEqualTo("boss");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void editors_do_not_reach_the_audit() {
        UI.getCurrent().navigate("admin/audit");

        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
