package com.riskdesk.security.ui;

import com.riskdesk.security.ActiveSession;
import com.riskdesk.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A staff member's open sessions on this server (address, first and last seen) and "Sign out everywhere", which
 * ends all of them, on every server, at their next request.
 */
class SessionsDialog extends Dialog {

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    final Grid<ActiveSession> grid = new Grid<>(ActiveSession.class, false);
    final Button signOut = new Button("Sign out everywhere");
    private final Paragraph none = new Paragraph("No open session on this server.");
    private final Supplier<List<ActiveSession>> sessions;

    SessionsDialog(StaffMember member, Supplier<List<ActiveSession>> sessions, Runnable signOutEverywhere) {
        this.sessions = sessions;
        setHeaderTitle("Sessions of " + member.displayName() + " (" + member.username() + ")");
        grid.addColumn(ActiveSession::reference).setHeader("Session").setAutoWidth(true);
        grid.addColumn(ActiveSession::address).setHeader("Address").setAutoWidth(true);
        grid.addColumn(session -> seen(session.firstSeen())).setHeader("Signed in").setAutoWidth(true);
        grid.addColumn(session -> seen(session.lastSeen())).setHeader("Last request").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Open sessions");
        signOut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOut.setAriaLabel("Sign out everywhere: " + member.username());
        signOut.addClickListener(click -> {
            signOutEverywhere.run();
            refresh();
        });
        add(grid, none);
        getFooter().add(new Button("Close", click -> close()), signOut);
        refresh();
    }

    private void refresh() {
        List<ActiveSession> open = sessions.get();
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
        none.setVisible(open.isEmpty());
    }

    private static String seen(Instant at) {
        return SEEN.format(at);
    }
}
