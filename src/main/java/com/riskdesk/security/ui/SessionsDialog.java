package com.riskdesk.security.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.security.ActiveSession;
import com.riskdesk.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A staff member's open sessions on this server (address, first and last seen) and "Sign out everywhere", which
 * ends all of them, on every server, at their next request.
 */
class SessionsDialog extends Dialog {

    final Grid<ActiveSession> grid = new Grid<>(ActiveSession.class, false);
    final Button signOut = new Button(getTranslation("sessions.sign-out-everywhere"));
    private final Paragraph none = new Paragraph(getTranslation("sessions.none"));
    private final StaffDates dates = StaffDates.ofCurrentUser(getLocale());
    private final Supplier<List<ActiveSession>> sessions;

    SessionsDialog(StaffMember member, Supplier<List<ActiveSession>> sessions, Runnable signOutEverywhere) {
        this.sessions = sessions;
        setHeaderTitle(getTranslation("sessions.title", member.displayName(), member.username()));
        grid.addColumn(ActiveSession::reference).setHeader(getTranslation("sessions.session")).setAutoWidth(true);
        grid.addColumn(ActiveSession::address).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(session -> seen(session.firstSeen())).setHeader(getTranslation("sessions.signed-in")).setAutoWidth(true);
        grid.addColumn(session -> seen(session.lastSeen())).setHeader(getTranslation("sessions.last-request")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("sessions.grid"));
        signOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOut.setAriaLabel(getTranslation("sessions.sign-out-everywhere") + ": " + member.username());
        signOut.addClickListener(click -> {
            signOutEverywhere.run();
            refresh();
        });
        add(grid, none);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()), signOut);
        refresh();
    }

    private void refresh() {
        List<ActiveSession> open = sessions.get();
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
        none.setVisible(open.isEmpty());
    }

    private String seen(Instant at) {
        return dates.formatUtcToTheSecond(at);
    }
}
