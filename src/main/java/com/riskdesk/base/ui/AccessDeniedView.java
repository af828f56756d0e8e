package com.riskdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, with HTTP 403 and inside the app's frame, when a signed-in staff member opens a screen their role does not
 * include (an editor at the staff accounts): says who may, and leads back to the staff home, instead of pretending
 * the page does not exist.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final Paragraph message = new Paragraph();

    public AccessDeniedView() {
        addClassName("access-denied");
        add(new H1(getTranslation("access-denied.title")), message,
                new Anchor("admin", getTranslation("access-denied.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        message.setText(getTranslation(explain(event.getLocation().getPath())));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The key of the text saying who may use the screen at {@code path}. */
    static String explain(String path) {
        if (path.startsWith("admin/staff")) {
            return "access-denied.staff";
        }
        if (path.startsWith("admin/monitors")) {
            return "access-denied.monitors";
        }
        return "access-denied.other";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.page-title");
    }
}
