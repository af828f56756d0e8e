package com.riskdesk.security.ui;

import com.riskdesk.security.ScriptNonce;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Marks the scripts of Vaadin's page (its bootstrap, the first server response written into the page, the
 * CSRF form helper) with the response's {@link ScriptNonce}, so the Content-Security-Policy lets them run and
 * nothing else inline.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                ScriptNonce.of(request.getHttpServletRequest()).ifPresent(
                        nonce -> page.getDocument().getElementsByTag("script").forEach(
                                script -> script.attr("nonce", nonce)));
            }
        });
    }
}
