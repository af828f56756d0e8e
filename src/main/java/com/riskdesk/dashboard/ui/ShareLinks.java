package com.riskdesk.dashboard.ui;

import com.riskdesk.base.i18n.Languages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;

/**
 * "Copy link" controls: the live link, and a link to this exact view pinned to the moment of copying (it shows the
 * same numbers later, whatever staff record meanwhile). The copied address is also shown, for copying by hand.
 */
class ShareLinks extends Div {

    private final Span copied = new Span();

    ShareLinks(Supplier<String> livePath, Supplier<String> pinnedPath) {
        addClassName("share-links");
        Button live = new Button(getTranslation("share.copy-live"), click -> copy(livePath.get()));
        Button pinned = new Button(getTranslation("share.copy-pinned"), click -> copy(pinnedPath.get()));
        live.setId("copy-live-link");
        pinned.setId("copy-pinned-link");
        live.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        pinned.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copied.addClassName("share-copied");
        copied.setId("copied-link");
        copied.getElement().setAttribute("role", "status");
        add(pinned, live, copied);
    }

    /** The link copied keeps the window's language, when it is not English ({@code lang=es}). */
    private void copy(String relative) {
        String path = Languages.withLanguage(relative, getLocale());
        getElement().executeJs("""
                const url = new URL($0, document.baseURI).href;
                if (navigator.clipboard) { navigator.clipboard.writeText(url).catch(() => {}); }
                return url;""", path)
                .then(String.class, url -> copied.setText(getTranslation("share.copied", url)));
    }
}
