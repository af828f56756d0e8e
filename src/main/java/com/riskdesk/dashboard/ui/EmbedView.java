package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A monitor's tiles alone, for other sites to frame ({@code <iframe src=".../embed/monitors/{slug}">}), with a link
 * to the full dashboard. The only route that may be framed (see SecurityConfiguration). {@code ?asOf=} shows the
 * tiles as recorded by a past moment; a time that cannot be read, or lies ahead, shows the latest figures and says so.
 */
@Route(value = "embed/monitors/:slug", autoLayout = false)
@AnonymousAllowed
public class EmbedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String AS_OF = "asOf";
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final DashboardService dashboards;
    private String title = "Risk Monitor";

    EmbedView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("embed");
        getStyle().set("padding", "var(--lumo-space-s)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(AS_OF)
                .filter(value -> !value.isBlank());
        Instant asOf = asked.flatMap(EmbedView::parse).orElse(null);
        boolean unreadable = asked.isPresent() && asOf == null;
        Optional<Dashboard> dashboard;
        try {
            dashboard = dashboards.dashboard(slug, DashboardService.DEFAULT_PERIOD_DAYS, asOf);
        } catch (IllegalArgumentException future) {
            asOf = null;
            unreadable = true;
            dashboard = dashboards.dashboard(slug, DashboardService.DEFAULT_PERIOD_DAYS, null);
        }
        if (dashboard.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no monitor called \"" + slug + "\".");
            return;
        }
        show(dashboard.get(), unreadable);
    }

    private void show(Dashboard dashboard, boolean unreadable) {
        removeAll();
        title = dashboard.monitor().name() + " · Risk Monitor";
        H1 name = new H1(dashboard.monitor().name());
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-s)");
        add(name);
        if (dashboard.snapshot()) {
            add(note("embed-as-of", "As recorded by " + MOMENT.format(dashboard.readAt())));
        } else if (unreadable) {
            add(note("embed-as-of", "The time asked for could not be shown; these are the latest figures."));
        }
        add(new DashboardTiles(dashboard), sourceLink(dashboard));
    }

    /** "Source: Risk Monitor — open the full dashboard", opening the same moment in a new tab. */
    private static Footer sourceLink(Dashboard dashboard) {
        QueryParameters query = dashboard.snapshot()
                ? new QueryParameters(Map.of(AS_OF, List.of(dashboard.readAt().toString())))
                : QueryParameters.empty();
        String href = "monitors/" + dashboard.monitor().slug()
                + (dashboard.snapshot() ? "?" + query.getQueryString() : "");
        Anchor link = new Anchor(href, "Source: Risk Monitor — open the full dashboard");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        link.setId("embed-source");
        Footer footer = new Footer(link);
        footer.addClassName("embed-source");
        footer.getStyle().set("margin-top", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        return footer;
    }

    private static Paragraph note(String className, String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        note.getStyle().set("margin", "0 0 var(--lumo-space-s)").set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    /** An ISO-8601 date-time with an offset or zone, as the public API accepts it ("+" may arrive as a space). */
    static Optional<Instant> parse(String value) {
        if (value.length() > 80) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip().replace(' ', '+'), DateTimeFormatter.ISO_DATE_TIME)
                    .toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
