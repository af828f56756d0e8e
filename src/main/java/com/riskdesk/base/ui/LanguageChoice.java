package com.riskdesk.base.ui;

import com.riskdesk.base.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sets each UI's language: a link's {@code lang=es} (kept for the rest of the session, so the next tab speaks it
 * too), else the browser's {@code Accept-Language}, else English. Runs before a view is built, so views read the
 * language in their constructors; the page's {@code <html lang>} follows.
 */
@Component
class LanguageChoice implements VaadinServiceInitListener {

    private static final String CHOSEN = LanguageChoice.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(initial(VaadinRequest.getCurrent(), ui.getSession()));
            ui.addBeforeEnterListener(this::fromLink);
        });
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                page.getDocument().getElementsByTag("html")
                        .attr("lang", Languages.of(request.getHttpServletRequest()).getLanguage());
            }
        });
    }

    private static Locale initial(VaadinRequest request, VaadinSession session) {
        Optional<Locale> chosen = Optional.ofNullable(session == null ? null : (Locale) session.getAttribute(CHOSEN));
        return chosen.or(() -> Optional.ofNullable(request).flatMap(
                        current -> Languages.fromParameter(current.getParameter(Languages.PARAMETER))))
                .or(() -> Optional.ofNullable(request).flatMap(
                        current -> Languages.fromAcceptLanguage(current.getHeader("Accept-Language"))))
                .orElse(Languages.ENGLISH);
    }

    private void fromLink(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(Languages.PARAMETER, List.of());
        values.stream().findFirst().flatMap(Languages::fromParameter).ifPresent(language -> {
            UI ui = event.getUI();
            if (ui.getSession() != null) {
                ui.getSession().setAttribute(CHOSEN, language);
            }
            if (!language.equals(ui.getLocale())) {
                ui.setLocale(language);
                ui.getPage().executeJs("document.documentElement.lang = $0", language.getLanguage());
                if (showsAlready(ui, event.getNavigationTarget())) {
                    // The open view would be kept as it was built, in the old language: build the page anew.
                    ui.getPage().reload();
                }
            }
        });
    }

    private static boolean showsAlready(UI ui, Class<?> target) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(shown -> shown.getClass().equals(target));
    }
}
