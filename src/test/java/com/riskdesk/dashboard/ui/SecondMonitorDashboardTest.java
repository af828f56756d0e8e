package com.riskdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.SahelMonitor;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard of a monitor defined unlike the demo: its definition decides the tiles, charts and kinds shown. */
@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class SecondMonitorDashboardTest extends SpringBrowserlessTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;

    MonitorDetails sahel;

    @BeforeEach
    void createSahel() {
        sahel = monitors.create(SahelMonitor.definition("sahel"));
        SahelMonitor.entries(sahel.id()).forEach(entries::record);
    }

    @Test
    void tiles_follow_the_definition_in_its_order_ending_with_days_since_the_last_attack() {
        DashboardView view = navigate("monitors/sahel", DashboardView.class);

        assertThat(tileIds(view)).containsExactly("tile-attacks", "tile-displaced", "tile-fatalities",
                "tile-escalation", "tile-since-last");
        assertThat(text(tile("since-last"))).contains("Days since last attack", "5", "days",
                "Last attack recorded 10 Jan 2026");
        assertThat(text(tile("escalation"))).contains("Step 2", "of 3", "Regional offensive");
    }

    @Test
    void a_definition_that_leads_with_the_escalation_step_and_counts_no_kind_shows_that_order_without_days_since() {
        MonitorDetails reordered = monitors.create(SahelMonitor.escalationFirst("sahel-steps-first"));
        SahelMonitor.entries(reordered.id()).forEach(entries::record);

        DashboardView view = navigate("monitors/sahel-steps-first", DashboardView.class);

        assertThat(tileIds(view)).containsExactly("tile-escalation", "tile-fatalities", "tile-attacks",
                "tile-displaced");
        assertThat(text(view)).doesNotContain("Days since");
    }

    @Test
    void charts_are_titled_from_the_indicators_and_entries_carry_the_monitors_kinds() {
        DashboardView view = navigate("monitors/sahel", DashboardView.class);

        assertThat(find(H3.class).all().stream().map(H3::getText).toList())
                .contains("Attacks, displaced people and fatalities, running totals", "Escalation ladder");
        assertThat(text(view)).contains("Communiqué", "Attack", "Escalation step");
        SahelMonitor.FOREIGN.forEach(word -> assertThat(text(view)).doesNotContainIgnoringCase(word));
    }

    @Test
    void a_hidden_indicator_loses_its_tile_and_chart_line_and_no_kind_counted_means_no_days_since_tile() {
        MonitorDefinition before = sahel.definition();
        List<Indicator> indicators = before.indicators().stream()
                .map(indicator -> indicator.code().equals("displaced") ? new Indicator(indicator.code(),
                        indicator.name(), indicator.unit(), indicator.description(), indicator.counting(), true)
                        : indicator)
                .toList();
        monitors.update(sahel.id(), sahel.version(), new MonitorDefinition(before.slug(), before.name(),
                before.summary(), before.startDate(), indicators, before.ladder(), before.kinds(), null));

        DashboardView view = navigate("monitors/sahel", DashboardView.class);

        assertThat(tileIds(view)).containsExactly("tile-attacks", "tile-fatalities", "tile-escalation");
        assertThat(find(H3.class).all().stream().map(H3::getText).toList())
                .contains("Attacks and fatalities, running totals");
    }

    private List<String> tileIds(DashboardView view) {
        return find(TileCard.class).all().stream().map(card -> card.getId().orElse("")).toList();
    }

    private Component tile(String id) {
        return find(Component.class).id("tile-" + id);
    }

    private static String text(Component component) {
        return RenderedText.of(component);
    }
}
