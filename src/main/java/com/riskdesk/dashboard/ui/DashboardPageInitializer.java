package com.riskdesk.dashboard.ui;

import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Shapes the first HTML response of a dashboard address, before any JavaScript runs: an unknown monitor gets
 * HTTP 404 (the not-found view then renders client-side), a known one gets its title and description.
 */
@Component
class DashboardPageInitializer implements VaadinServiceInitListener {

    private static final Pattern DASHBOARD_PATH = Pattern.compile("/monitors/([^/]*)/?");

    private final MonitorService monitors;

    DashboardPageInitializer(MonitorService monitors) {
        this.monitors = monitors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::shape);
    }

    private void shape(IndexHtmlResponse page) {
        String path = page.getVaadinRequest().getPathInfo();
        Matcher dashboard = DASHBOARD_PATH.matcher(path == null ? "" : path);
        if (!dashboard.matches()) {
            return;
        }
        monitors.findBySlug(dashboard.group(1)).ifPresentOrElse(monitor -> {
            page.getDocument().title(monitor.name() + " · Risk Monitor");
            page.getDocument().head().appendElement("meta").attr("name", "description").attr("content",
                    monitor.summary());
        }, () -> {
            page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            page.getDocument().title("Page not found · Risk Monitor");
        });
    }
}
