package com.riskdesk.base.ui;

import com.riskdesk.base.i18n.Languages;
import com.vaadin.flow.component.UI;

/**
 * Puts a link in the browser's address bar without adding a history entry, exactly as written. Flow's
 * {@code History.replaceState} takes a {@code Location}, whose query parameters are a map: it would re-order them by
 * hash and percent-encode the {@code :} of a date-time, so the address bar would stop matching the short, ordered
 * links the app hands out. This sends the same browser calls Flow does, with the path untouched.
 */
public final class AddressBar {

    private AddressBar() {
    }

    /**
     * {@code path} is relative to the application root, e.g. {@code monitors/sahel?from=2025-11-01}; a window in
     * another language than English keeps it in the address ({@code &lang=es}), so the address shared is read in it.
     */
    public static void replace(UI ui, String relative) {
        String path = Languages.withLanguage(relative, ui.getLocale());
        if (ui.getSession().getService().getDeploymentConfiguration().isReactEnabled()) {
            // The React router owns the history: let it update its own location, without a server round trip.
            ui.getPage().executeJs("window.dispatchEvent(new CustomEvent('vaadin-navigate',"
                    + " { detail: { state: null, url: $0, replace: true, callback: false } }));", path);
        } else {
            ui.getPage().executeJs("setTimeout(() => { window.history.replaceState(null, '', $0);"
                    + " window.dispatchEvent(new CustomEvent('vaadin-navigated')); })", path);
        }
    }
}
