package com.riskdesk.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/** The frame around every page: a skip link, the banner, the main landmark and a footer. */
@Layout
@AnonymousAllowed
@CssImport("./styles/app.css")
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final Main main = new Main();
    private final AuthenticationContext authentication;
    private Locale builtFor;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("app");
        main.setId("content");
        main.addClassName("app-main");
        add(main);
        frame();
    }

    /** The frame in the UI's language; built again when a link switches the language of an open window. */
    private void frame() {
        builtFor = getLocale();
        getChildren().filter(child -> child != main).toList().forEach(this::remove);
        Anchor skip = new Anchor("#content", getTranslation("layout.skip-to-content"));
        skip.addClassName("skip-link");

        Anchor home = new Anchor("", "");
        home.addClassName("app-name");
        Span mark = new Span();
        mark.addClassName("app-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        home.add(mark, new Span(getTranslation("app.name")));
        Header header = new Header(home, staffNavigation());
        header.addClassName("app-header");

        Footer footer = new Footer(new Paragraph(getTranslation("layout.footer")));
        footer.addClassName("app-footer");
        addComponentAsFirst(header);
        addComponentAsFirst(skip);
        add(footer);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!event.getLocale().equals(builtFor)) {
            frame();
        }
    }

    /** Signed-in staff get their screens and sign-out; everyone else a discreet sign-in link. */
    private Nav staffNavigation() {
        Nav nav = new Nav();
        nav.addClassName("staff-nav");
        nav.setAriaLabel(getTranslation("layout.staff-nav"));
        if (!authentication.isAuthenticated()) {
            nav.add(new Anchor("login", getTranslation("layout.sign-in")));
            return nav;
        }
        nav.add(new Anchor("admin/entries", getTranslation("layout.entries")));
        nav.add(new Anchor("admin/import", getTranslation("layout.import")));
        nav.add(new Anchor("admin/review", getTranslation("layout.review")));
        nav.add(new Anchor("admin/judgements", getTranslation("layout.judgements")));
        if (authentication.hasRole("ADMIN")) {
            nav.add(new Anchor("admin/monitors", getTranslation("layout.monitors")),
                    new Anchor("admin/staff", getTranslation("layout.staff")));
        }
        Button signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
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
