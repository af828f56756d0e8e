package com.riskdesk;

import com.riskdesk.base.ui.ButtonClicks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a browser sends when a viewer clicks a button written in server-side HTML ({@link ButtonClicks}): the click
 * event on the container, with the button's {@code data-} value. Browserless tests have no DOM to click in.
 */
public final class ButtonClick {

    private ButtonClick() {
    }

    public static void on(Component container, String name, long id) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ButtonClicks.value(name), Long.toString(id));
        data.put(ButtonClicks.filter(name), true);
        container.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(container.getElement(), "click", data));
    }
}
