package com.riskdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin appends its connection indicator ("Connection lost", the loading bar) to {@code <body>}, outside the page's
 * landmarks, where axe reports it as content outside any region. As a {@code status} region it is announced as one,
 * which is what it is. Set on every UI as it starts: the indicator exists by then, or within a few frames.
 */
@Component
class ConnectionIndicatorRole implements VaadinServiceInitListener {

    private static final String MARK = """
            let tries = 0;
            const mark = () => {
              const indicator = (window.Vaadin && window.Vaadin.connectionIndicator)
                  || document.querySelector('vaadin-connection-indicator');
              if (indicator) {
                indicator.setAttribute('role', 'status');
              } else if (tries++ < 60) {
                requestAnimationFrame(mark);
              }
            };
            mark();""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(MARK));
    }
}
