package com.riskdesk.api;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.base.ui.NotFoundView;
import com.riskdesk.dashboard.ui.EmbedView;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The embeddable tiles (the page other sites frame), rendered without a browser. */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class EmbedViewTest extends SpringBrowserlessTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void embed_shows_the_tiles_and_links_to_the_full_dashboard_in_a_new_tab() {
        long monitorId = monitors.create(TestData.monitor("framed")).id();
        entries.record(TestData.figures(monitorId, LocalDate.of(2026, 1, 10), Map.of("deaths", cumulative(AT_LEAST, 83))));

        navigate("embed/monitors/framed", EmbedView.class);

        assertThat(text(find(Component.class).id("tile-deaths"))).contains("at least", "83");
        assertThat(text(find(Component.class).id("tile-last-strike"))).contains("5", "days");
        Anchor source = find(Anchor.class).id("embed-source");
        assertThat(source.getText()).isEqualTo("Source: Risk Monitor — open the full dashboard");
        assertThat(source.getHref()).isEqualTo("monitors/framed");
        assertThat(source.getTarget()).hasValue("_blank");
        assertThat(source.getElement().getAttribute("rel")).isEqualTo("noopener");
    }

    @Test
    void embed_as_of_a_past_moment_leaves_out_later_entries() {
        long monitorId = monitors.create(TestData.monitor("framedpast")).id();
        clock.advance(Duration.ofHours(-2));
        entries.record(TestData.figures(monitorId, LocalDate.of(2026, 1, 14), Map.of("deaths", cumulative(EXACT, 10))));
        clock.reset();
        entries.record(TestData.figures(monitorId, LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 20))));

        UI.getCurrent().navigate("embed/monitors/framedpast", QueryParameters.fromString("asOf=2026-01-15T11:00:00Z"));

        assertThat(text(find(Component.class).id("tile-deaths"))).contains("10 in total").doesNotContain("20 in total");
        assertThat(text(find(EmbedView.class).single())).contains("As recorded by 15 Jan 2026, 11:00 UTC");
        assertThat(find(Anchor.class).id("embed-source").getHref())
                .isEqualTo("monitors/framedpast?asOf=2026-01-15T11%3A00%3A00Z");
    }

    @Test
    void an_unreadable_or_future_asOf_shows_the_latest_figures_and_says_so() {
        long monitorId = monitors.create(TestData.monitor("framedodd")).id();
        entries.record(TestData.figures(monitorId, LocalDate.of(2026, 1, 15), Map.of("deaths", cumulative(EXACT, 20))));

        for (String asOf : new String[] {"asOf=last-tuesday", "asOf=2027-01-01T00:00:00Z"}) {
            UI.getCurrent().navigate("embed/monitors/framedodd", QueryParameters.fromString(asOf));

            assertThat(text(find(Component.class).id("tile-deaths"))).as(asOf).contains("20 in total");
            assertThat(text(find(EmbedView.class).single())).as(asOf).contains("could not be shown");
        }
    }

    @Test
    void an_unknown_monitor_gets_the_not_found_page() {
        NotFoundView view = navigate("embed/monitors/atlantis", NotFoundView.class);

        assertThat(text(view)).contains("atlantis");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
