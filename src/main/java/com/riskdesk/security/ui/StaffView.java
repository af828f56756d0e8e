package com.riskdesk.security.ui;

import com.riskdesk.base.ui.Notices;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.security.StaffMember;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import com.riskdesk.security.StaffSessions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;

/**
 * Admins manage staff accounts here: create one, disable or enable it, reset its password, switch its role, see its
 * open sessions and sign it out everywhere.
 * The service refuses what would break a rule (such as leaving no active admin); its message is shown as is.
 */
@Route("admin/staff")
@PageTitle("Staff accounts · Staff · Risk Monitor")
@RolesAllowed("ADMIN")
public class StaffView extends Div {

    private final StaffDates dates = StaffDates.ofCurrentUser(getLocale());

    private final StaffService staff;
    private final StaffSessions sessions;
    final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    final NewStaffForm form = new NewStaffForm();

    StaffView(StaffService staff, StaffSessions sessions) {
        this.staff = staff;
        this.sessions = sessions;
        addClassName("staff-admin");
        grid.addColumn(StaffMember::username).setHeader("User name").setKey("username").setAutoWidth(true);
        grid.addColumn(StaffMember::displayName).setHeader("Display name").setKey("displayName").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(StaffView::roleLabel).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(StaffView::status).setHeader("Status").setKey("enabled").setAutoWidth(true);
        grid.addColumn(this::created).setHeader("Created").setKey("created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.setAriaLabel("Staff accounts");
        grid.setAllRowsVisible(true);
        form.addCreateListener(create -> attempt(() -> {
            StaffMember created = staff.create(create.member());
            form.clear();
            Notices.done("Created the account " + created.username());
        }));
        Section newAccount = new Section(new H2("New account"), form);
        newAccount.addClassName("staff-new-account");
        add(new H1("Staff accounts"), new Anchor("admin/audit", "Security audit: sign-ins and account changes"), grid,
                newAccount);
        refresh();
    }

    private Div actions(StaffMember member) {
        String who = ": " + member.username();
        Button enable = action(member.enabled() ? "Disable" : "Enable", who,
                () -> attempt(() -> staff.setEnabled(member.id(), !member.enabled())));
        StaffRole other = member.role() == StaffRole.ADMIN ? StaffRole.EDITOR : StaffRole.ADMIN;
        Button role = action("Make " + other.label().toLowerCase(Locale.ENGLISH), who,
                () -> attempt(() -> staff.changeRole(member.id(), other)));
        Button reset = action("Reset password…", who, () -> openReset(member));
        Button open = action("Sessions…", who, () -> openSessions(member));
        Div actions = new Div(enable, role, reset, open);
        actions.addClassName("staff-actions");
        return actions;
    }

    private void openSessions(StaffMember member) {
        new SessionsDialog(member, () -> sessions.sessionsOf(member.id()), () -> {
            sessions.signOutEverywhere(member.id());
            Notices.done("Signed " + member.username() + " out everywhere");
        }).open();
    }

    private void openReset(StaffMember member) {
        ResetPasswordDialog dialog = new ResetPasswordDialog(member);
        dialog.addResetListener(reset -> {
            try {
                staff.resetPassword(member.id(), reset.password());
                reset.getSource().close();
                Notices.done("Set a new password for " + member.username());
            } catch (IllegalArgumentException refused) {
                reset.getSource().refuse(refused.getMessage());
            }
        });
        dialog.open();
    }

    /** Runs a change and reloads the grid; a refusal from the service is shown as a message, never a trace. */
    private void attempt(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (IllegalArgumentException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(staff.all());
    }

    /** Visible text first in the accessible name ("Disable: alice"), as WCAG 2.5.3 asks. */
    private static Button action(String text, String who, Runnable run) {
        Button button = new Button(text, click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text + who);
        return button;
    }

    private static String roleLabel(StaffMember member) {
        return member.role().label();
    }

    private static String status(StaffMember member) {
        return member.enabled() ? "Active" : "Disabled";
    }

    private String created(StaffMember member) {
        Instant at = member.createdAt();
        return at == null ? "" : dates.formatUtc(at);
    }
}
