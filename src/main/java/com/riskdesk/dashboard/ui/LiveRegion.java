package com.riskdesk.dashboard.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A visually hidden polite live region: screen readers read out what is put in it once they are idle, without
 * moving focus. It is in the page from the start, as an announcement is only made when an existing region changes.
 */
class LiveRegion extends Div {

    LiveRegion(String id) {
        setId(id);
        addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    void announce(String message) {
        setText(message);
    }
}
