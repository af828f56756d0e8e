package com.riskdesk.security.ui;

import com.riskdesk.base.ui.Notices;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.security.StaffMember;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import com.riskdesk.security.StaffSessions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/**
 * Admins manage staff accounts here: create one, disable or enable it, reset its password, switch its role, see its
 * open sessions and sign it out everywhere.
 * The service refuses what would break a rule (such as leaving no active admin); its reason is shown translated.
 */
@Route("admin/staff")
@RolesAllowed("ADMIN")
public class StaffView extends Div implements HasDynamicTitle {

    private final StaffDates dates = StaffDates.ofCurrentUser(getLocale());

    private final StaffService staff;
    private final StaffSessions sessions;
    final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    final NewStaffForm form = new NewStaffForm();

    StaffView(StaffService staff, StaffSessions sessions) {
        this.staff = staff;
        this.sessions = sessions;
        addClassName("staff-admin");
        grid.addColumn(StaffMember::username).setHeader(getTranslation("staff.username")).setKey("username").setAutoWidth(true);
        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.display-name")).setKey("displayName").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(this::roleLabel).setHeader(getTranslation("staff.role")).setKey("role").setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("staff.status")).setKey("enabled").setAutoWidth(true);
        grid.addColumn(this::created).setHeader(getTranslation("staff.created")).setKey("created").setAutoWidth(true);
        // Wide enough for the English buttons on one line; longer words (Spanish) wrap instead of scrolling the grid.
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.actions")).setKey("actions")
                .setWidth("24rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("staff.title"));
        grid.setAllRowsVisible(true);
        form.addCreateListener(create -> attempt(() -> {
            StaffMember created = staff.create(create.member());
            form.clear();
            Notices.done(getTranslation("staff.created-account", created.username()));
        }));
        Section newAccount = new Section(new H2(getTranslation("staff.new-account")), form);
        newAccount.addClassName("staff-new-account");
        add(new H1(getTranslation("staff.title")), new Anchor("admin/audit", getTranslation("staff.audit-link")), grid,
                newAccount);
        refresh();
    }

    private Div actions(StaffMember member) {
        String who = ": " + member.username();
        Button enable = action(getTranslation(member.enabled() ? "staff.disable" : "staff.enable"), who,
                () -> attempt(() -> staff.setEnabled(member.id(), !member.enabled())));
        StaffRole other = member.role() == StaffRole.ADMIN ? StaffRole.EDITOR : StaffRole.ADMIN;
        Button role = action(getTranslation("staff.make." + other.name()), who,
                () -> attempt(() -> staff.changeRole(member.id(), other)));
        Button reset = action(getTranslation("staff.reset-password"), who, () -> openReset(member));
        Button open = action(getTranslation("staff.sessions"), who, () -> openSessions(member));
        Div actions = new Div(enable, role, reset, open);
        actions.addClassName("staff-actions");
        return actions;
    }

    private void openSessions(StaffMember member) {
        new SessionsDialog(member, () -> sessions.sessionsOf(member.id()), () -> {
            sessions.signOutEverywhere(member.id());
            Notices.done(getTranslation("staff.signed-out-everywhere", member.username()));
        }).open();
    }

    private void openReset(StaffMember member) {
        ResetPasswordDialog dialog = new ResetPasswordDialog(member);
        dialog.addResetListener(reset -> {
            try {
                staff.resetPassword(member.id(), reset.password());
                reset.getSource().close();
                Notices.done(getTranslation("staff.password-set", member.username()));
            } catch (IllegalArgumentException refused) {
                reset.getSource().refuse(Problems.text(refused));
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
            Notices.error(Problems.text(refused));
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

    private String roleLabel(StaffMember member) {
        return getTranslation("staff.role." + member.role().name());
    }

    private String status(StaffMember member) {
        return getTranslation(member.enabled() ? "staff.active" : "staff.disabled");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.page-title");
    }

    private String created(StaffMember member) {
        Instant at = member.createdAt();
        return at == null ? "" : dates.formatUtc(at);
    }
}
