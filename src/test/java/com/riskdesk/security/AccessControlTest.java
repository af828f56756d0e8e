package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.ui.DashboardView;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.ui.EntryAdminView;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Who reaches which screen, and that the services refuse changes from anyone not entitled to make them. */
@IntegrationTest
@Transactional
class AccessControlTest extends SpringBrowserlessTest {

    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    StaffService staff;
    @Autowired
    DashboardService dashboards;

    @ParameterizedTest
    @ValueSource(strings = {"admin/entries", "admin/monitors", "admin/staff"})
    void an_anonymous_visitor_is_sent_to_sign_in_from_every_admin_route(String route) {
        UI.getCurrent().navigate(route);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_sees_the_public_dashboards() {
        TestData.asAdmin(() -> monitors.create(TestData.monitor("open")));

        UI.getCurrent().navigate("monitors/open");

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void an_anonymous_caller_changes_nothing() {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("guarded")).id());
        long entryId = TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of())));

        assertThatThrownBy(() -> entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 3), Map.of())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> entries.retract(entryId, 0, "no"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> monitors.create(TestData.monitor("sneaky")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> staff.create(new NewStaffMember("mallory", "M", StaffRole.ADMIN, "long-enough-pass")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(dashboards.dashboard("guarded", 30).orElseThrow().entryCount()).isEqualTo(1);
        assertThat(monitors.findBySlug("sneaky")).isEmpty();
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void an_editor_reaches_the_entries_but_no_admin_only_screen() {
        TestData.asAdmin(() -> monitors.create(TestData.monitor("desk")));

        UI.getCurrent().navigate("admin/entries");
        assertThat(getCurrentView()).isInstanceOf(EntryAdminView.class);

        UI.getCurrent().navigate("admin/staff");
        assertThat(getCurrentView()).isNotInstanceOf(EntryAdminView.class)
                .extracting(view -> view.getClass().getSimpleName()).isNotEqualTo("StaffView");
        UI.getCurrent().navigate("admin/monitors");
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("MonitorAdminView");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void an_editor_cannot_manage_staff_or_monitors_through_the_services() {
        assertThatThrownBy(() -> staff.create(new NewStaffMember("eve", "E", StaffRole.ADMIN, "long-enough-pass")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(staff::all).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitors.create(TestData.monitor("mine"))).isInstanceOf(AccessDeniedException.class);
        assertThat(entries.count(EntryFilter.all(TestData.asAdmin(() ->
                monitors.create(TestData.monitor("visible")).id())))).isZero();
    }
}
