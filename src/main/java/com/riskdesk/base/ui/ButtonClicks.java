package com.riskdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.function.LongConsumer;

/**
 * One click listener for many buttons inside HTML written on the server ({@link WrittenHtml}): a button names what
 * it acts on in a {@code data-} attribute, and the listener on their container gets that id. One listener per
 * section instead of a button component per entry keeps an open dashboard light.
 */
public final class ButtonClicks {

    private ButtonClicks() {
    }

    /** The JavaScript expression for the clicked button of {@code data-name}, as sent with the event. */
    public static String button(String name) {
        return "event.target.closest('button[data-" + name + "]')";
    }

    /** The event data key carrying the clicked button's {@code data-name} value. */
    public static String value(String name) {
        return button(name) + ".getAttribute('data-" + name + "')";
    }

    /** The filter the event passes only when such a button was clicked. */
    public static String filter(String name) {
        return button(name) + " != null";
    }

    /** Calls {@code handler} with the numeric {@code data-name} of the button clicked within {@code container}. */
    public static DomListenerRegistration listen(Component container, String name, LongConsumer handler) {
        return container.getElement().addEventListener("click", event -> {
            String id = event.getEventData().path(value(name)).asString("");
            if (id.matches("\\d{1,18}")) {
                handler.accept(Long.parseLong(id));
            }
        }).addEventData(value(name)).setFilter(filter(name));
    }
}
