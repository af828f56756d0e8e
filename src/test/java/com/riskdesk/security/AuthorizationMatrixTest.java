package com.riskdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who reaches what: anonymous, editor and admin against every Vaadin route, every API address and every
 * server-written page, over HTTP against the real server, signed in through the real login form. Every route
 * Vaadin knows must appear here, so a new screen cannot slip past the matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class AuthorizationMatrixTest {

    private static final String PASSWORD = "a long enough password";
    /** Route template → the address the matrix asks for. */
    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("", "/"),
            Map.entry("monitors/:slug", "/monitors/venezuela"),
            Map.entry("login", "/login"),
            Map.entry("admin/entries", "/admin/entries"),
            Map.entry("admin/import", "/admin/import?monitor=venezuela"),
            Map.entry("admin/review", "/admin/review"),
            Map.entry("admin/judgements", "/admin/judgements?monitor=venezuela"),
            Map.entry("admin/monitors", "/admin/monitors"),
            Map.entry("admin/monitors/new", "/admin/monitors/new"),
            Map.entry("admin/monitors/:slug/edit", "/admin/monitors/venezuela/edit"),
            Map.entry("admin/staff", "/admin/staff"),
            Map.entry("admin/audit", "/admin/audit"));
    private static final Map<Who, StaffBrowser> BROWSERS = new EnumMap<>(Who.class);

    enum Who { ANONYMOUS, EDITOR, ADMIN }

    /** What each may do: PUBLIC for all, EDITOR for editors and admins, ADMIN for admins only. */
    enum Need { PUBLIC, EDITOR, ADMIN }

    @LocalServerPort
    int port;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    StaffService staff;
    @Autowired
    WebApplicationContext context;

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({
            "/, PUBLIC, text/html",
            "/monitors/venezuela, PUBLIC, text/html",
            "/page/monitors/venezuela, PUBLIC, text/html",
            "/embed/monitors/venezuela, PUBLIC, text/html",
            "/monitors/venezuela/methodology, PUBLIC, text/html",
            "/api/monitors, PUBLIC, application/json",
            "/api/monitors/venezuela, PUBLIC, application/json",
            "/api/monitors/venezuela/summary, PUBLIC, application/json",
            "/api/monitors/venezuela/judgements, PUBLIC, application/json",
            "/api/monitors/venezuela/judgements.csv, PUBLIC, text/csv",
            "/api/monitors/venezuela/entries.json, PUBLIC, application/json",
            "/api/monitors/venezuela/entries.csv, PUBLIC, text/csv",
            "/api/monitors/venezuela/entries.geojson, PUBLIC, application/geo+json",
            "/api/monitors/venezuela/feed.atom, PUBLIC, application/atom+xml",
            "/api/monitors/venezuela/preview.png, PUBLIC, image/png",
            "/admin/entries, EDITOR, text/html",
            "/admin/import?monitor=venezuela, EDITOR, text/html",
            "/admin/review, EDITOR, text/html",
            "/admin/judgements?monitor=venezuela, EDITOR, text/html",
            "/admin/monitors, ADMIN, text/html",
            "/admin/monitors/new, ADMIN, text/html",
            "/admin/monitors/venezuela/edit, ADMIN, text/html",
            "/admin/staff, ADMIN, text/html",
            "/admin/audit, ADMIN, text/html",
    })
    void each_role_reaches_exactly_what_it_may(String path, Need need, String accept) {
        for (Who who : Who.values()) {
            HttpResponse<String> response = browser(who).get(path, "Accept", accept);
            String as = who + " " + path;
            if (allowed(who, need)) {
                assertThat(response.statusCode()).as(as).isEqualTo(200);
            } else if (who == Who.ANONYMOUS) {
                RevocationTest.assertSentToSignIn(response);
            } else {
                assertThat(response.statusCode()).as(as).isIn(403, 404);
            }
        }
    }

    @Test
    void the_sign_in_page_is_open_to_anonymous_visitors() {
        assertThat(browser(Who.ANONYMOUS).get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void every_vaadin_route_is_in_the_matrix() {
        List<String> templates = ApplicationRouteRegistry.getInstance(
                        new VaadinServletContext(context.getServletContext())).getRegisteredRoutes().stream()
                .map(RouteData::getTemplate).toList();

        assertThat(ROUTES.keySet()).containsExactlyInAnyOrderElementsOf(templates);
    }

    private static boolean allowed(Who who, Need need) {
        return switch (need) {
            case PUBLIC -> true;
            case EDITOR -> who != Who.ANONYMOUS;
            case ADMIN -> who == Who.ADMIN;
        };
    }

    private synchronized StaffBrowser browser(Who who) {
        return BROWSERS.computeIfAbsent(who, role -> {
            StaffBrowser browser = new StaffBrowser(port);
            if (role != Who.ANONYMOUS) {
                String name = "matrix-" + role.name().toLowerCase();
                TestData.asAdmin(security, () -> staff.create(new NewStaffMember(name, name,
                        role == Who.ADMIN ? StaffRole.ADMIN : StaffRole.EDITOR, PASSWORD)));
                browser.signIn(name, PASSWORD);
            }
            return browser;
        });
    }
}
