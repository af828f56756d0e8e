package com.riskdesk;

import com.riskdesk.dashboard.ui.DashboardView;
import com.riskdesk.dashboard.ui.MonitorListView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/written.css")
// The public pages a shared link opens come with the first scripts, one round trip fewer; the sign-in page and the
// staff screens (Vaadin's default would load the sign-in form's fields up front) load their parts when opened.
@LoadDependenciesOnStartup({DashboardView.class, MonitorListView.class})
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        // Relative, so it resolves against Vaadin's <base href> under any context path; /favicon.ico redirects here.
        settings.addLink("favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
