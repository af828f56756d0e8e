package com.riskdesk.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
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

    public MainLayout() {
        addClassName("app");
        Anchor skip = new Anchor("#content", "Skip to content");
        skip.addClassName("skip-link");

        Anchor home = new Anchor("", "");
        home.addClassName("app-name");
        Span mark = new Span();
        mark.addClassName("app-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        home.add(mark, new Span("Risk Monitor"));
        Header header = new Header(home);
        header.addClassName("app-header");

        main.setId("content");
        main.addClassName("app-main");

        Footer footer = new Footer(new Paragraph(
                "Every figure traces to dated entries, each with its source. \"At least\" means the source gave a lower bound."));
        footer.addClassName("app-footer");
        add(skip, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }
}
