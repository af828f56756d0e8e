package com.riskdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with HTTP 404, for any address that leads nowhere, including an unknown monitor. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        addClassName("not-found");
        add(new H1(getTranslation("not-found.title")), message, new Anchor("", getTranslation("not-found.all-monitors")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // Flow's own message for an unknown route is English and says nothing to a reader: ours replaces it.
        boolean ours = parameter.hasCustomMessage() && !parameter.getCustomMessage().startsWith("Couldn't find route");
        message.setText(ours ? parameter.getCustomMessage() : getTranslation("not-found.nothing-here"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.page-title");
    }
}
