package com.riskdesk.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame around every page: a skip link, the banner, the main landmark and a footer. */
@Layout
@AnonymousAllowed
@CssImport("./styles/app.css")
public class MainLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication) {
        addClassName("app");
        Anchor skip = new Anchor("#content", "Skip to content");
        skip.addClassName("skip-link");

        Anchor home = new Anchor("", "");
        home.addClassName("app-name");
        Span mark = new Span();
        mark.addClassName("app-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        home.add(mark, new Span("Risk Monitor"));
        Header header = new Header(home, staffNavigation(authentication));
        header.addClassName("app-header");

        main.setId("content");
        main.addClassName("app-main");

        Footer footer = new Footer(new Paragraph(
                "Every figure traces to dated entries, each with its source. \"At least\" means the source gave a lower bound."));
        footer.addClassName("app-footer");
        add(skip, header, main, footer);
    }

    /** Signed-in staff get their screens and sign-out; everyone else a discreet sign-in link. */
    private static Nav staffNavigation(AuthenticationContext authentication) {
        Nav nav = new Nav();
        nav.addClassName("staff-nav");
        nav.setAriaLabel("Staff");
        if (!authentication.isAuthenticated()) {
            nav.add(new Anchor("login", "Staff sign-in"));
            return nav;
        }
        nav.add(new Anchor("admin/entries", "Entries"));
        nav.add(new Anchor("admin/import", "Import"));
        nav.add(new Anchor("admin/review", "Review"));
        nav.add(new Anchor("admin/judgements", "Judgements"));
        if (authentication.hasRole("ADMIN")) {
            nav.add(new Anchor("admin/monitors", "Monitors"), new Anchor("admin/staff", "Staff"));
        }
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        nav.add(signOut);
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }
}
