package com.riskdesk.dashboard.ui;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.TestData;
import com.riskdesk.UserInput;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.ui.NativeCheckbox;
import com.riskdesk.base.ui.RiskChart;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.live.LiveDashboards;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Live updates of an open dashboard. Not transactional on purpose: the live dashboards hear of a change only after
 * its transaction commits, which a rolled-back test transaction never does. Each test therefore makes its own
 * monitors, and the context (with its in-memory database) is thrown away afterwards.
 * <p>
 * Changes arrive on a fan-out thread, and the view hands the change to its UI with {@code ui.access}.
 * Browserless tests hold the session lock on the test thread; such tasks run at the simulated client round trip
 * that every component lookup ({@code find(...)}) performs, so the tests poll with lookups until they ran.
 */
@IntegrationTest
@DirtiesContext
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class LiveUpdatesTest extends SpringBrowserlessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final AtomicInteger MONITORS = new AtomicInteger();

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    LiveDashboards live;
    @Autowired
    JudgementService judgements;

    String slug;
    long monitorId;

    @BeforeEach
    void createMonitorWithDeaths() {
        slug = "live-" + MONITORS.incrementAndGet();
        monitorId = monitors.create(TestData.monitor(slug)).id();
        recordDeaths(monitorId, 1, 83);
    }

    @Test
    void an_open_dashboard_shows_a_new_entry_of_its_monitor_without_reload() {
        DashboardView view = navigate("monitors/" + slug, DashboardView.class);
        assertThat(deathsTile()).contains("at least 83");

        recordDeaths(monitorId, 5, 90);

        awaitUntil(() -> deathsTile().contains("at least 90"), "the deaths tile to show 90");
        awaitUntil(() -> text(find(DashboardView.class).single()).contains("Entries (2)"),
                "the entry list to show the new entry");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(find(RiskChart.class).id("chart-counts").getElement().getProperty("spec")).contains("\"value\":90");
    }

    @Test
    void the_change_is_announced_in_a_polite_live_region() {
        navigate("monitors/" + slug, DashboardView.class);
        Component region = find(Component.class).id("dashboard-updates");
        assertThat(region.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(region.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(region.getClassNames()).contains("visually-hidden");
        assertThat(text(region)).isEmpty();

        recordDeaths(monitorId, 5, 90);

        awaitUntil(() -> !text(find(Component.class).id("dashboard-updates")).isEmpty(), "an announcement");
        assertThat(text(find(Component.class).id("dashboard-updates")))
                .isEqualTo("Updated 12:00 UTC: new entry; deaths now at least 90.");
    }

    @Test
    void a_new_trend_judgement_is_announced_with_its_period_and_trend() {
        navigate("monitors/" + slug, DashboardView.class);

        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 11), Trend.DETERIORATED));

        awaitUntil(() -> text(find(Component.class).id("dashboard-updates")).contains("trend judgement"),
                "the judgement to be announced");
        assertThat(text(find(Component.class).id("dashboard-updates")))
                .isEqualTo("Updated 12:00 UTC: monitor updated; trend judgement for November 2025: Deteriorated.");
        assertThat(text(find(JudgementTimeline.class).single())).contains("November 2025", "Deteriorated");
    }

    @Test
    void a_dashboard_of_another_monitor_does_not_change() throws InterruptedException {
        String otherSlug = "live-" + MONITORS.incrementAndGet();
        long other = monitors.create(TestData.monitor(otherSlug)).id();
        recordDeaths(other, 1, 10);
        navigate("monitors/" + otherSlug, DashboardView.class);
        assertThat(live.following(other)).isEqualTo(1);
        assertThat(live.following(monitorId)).isZero();

        CountDownLatch delivered = new CountDownLatch(1);
        LiveDashboards.Seat probe = live.open(monitorId, changes -> delivered.countDown());
        try {
            recordDeaths(monitorId, 5, 90);
            assertThat(delivered.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("broadcast to monitor A").isTrue();
        } finally {
            probe.close();
        }
        settle();

        assertThat(deathsTile()).contains("at least 10").doesNotContain("90");
        assertThat(text(find(Component.class).id("dashboard-updates"))).isEmpty();
    }

    @Test
    void a_paused_dashboard_counts_changes_and_shows_them_when_resumed() {
        navigate("monitors/" + slug, DashboardView.class);
        UserInput.set(liveUpdates(), !liveUpdates().getValue());
        assertThat(liveUpdates().getValue()).isFalse();
        assertThat(pausedNote()).isEqualTo("Paused — no updates waiting");

        recordDeaths(monitorId, 5, 90);
        awaitUntil(() -> pausedNote().equals("Paused — 1 update waiting"), "the paused note to count the change");
        settle();
        assertThat(deathsTile()).contains("at least 83").doesNotContain("90");
        assertThat(showsUpdatesButton()).isTrue();

        UserInput.set(liveUpdates(), !liveUpdates().getValue());

        assertThat(deathsTile()).contains("at least 90");
        assertThat(find(Span.class).withClassName("live-updates-note").all()).as("paused note").isEmpty();
        assertThat(text(find(Component.class).id("dashboard-updates")))
                .isEqualTo("Updated 12:00 UTC: 1 change; deaths now at least 90.");
    }

    @Test
    void show_updates_brings_a_paused_dashboard_up_to_date_and_keeps_it_paused() {
        UI.getCurrent().navigate("monitors/" + slug, QueryParameters.fromString("period=7d"));
        UserInput.set(liveUpdates(), !liveUpdates().getValue());
        recordDeaths(monitorId, 5, 90);
        recordDeaths(monitorId, 6, 95);
        awaitUntil(() -> pausedNote().equals("Paused — 2 updates waiting"), "two waiting updates");

        test(showUpdates()).click();

        assertThat(deathsTile()).contains("at least 95");
        assertThat(liveUpdates().getValue()).isFalse();
        assertThat(pausedNote()).isEqualTo("Paused — no updates waiting");
        assertThat(showsUpdatesButton()).isFalse();
        assertThat(deathsTile()).as("the viewer's period is kept").contains("in the last 7 days");
    }

    @Test
    void an_entry_without_figures_leaves_the_charts_as_they_are() {
        navigate("monitors/" + slug, DashboardView.class);
        RiskChart counts = find(RiskChart.class).id("chart-counts");

        entries.record(new NewEntry(monitorId, EntryKind.valueOf("STATEMENT"), LocalDate.of(2025, 12, 7), DatePrecision.DAY, null,
                "A statement without figures", TestData.SOURCE, Confidence.OFFICIAL_CLAIM, null, Map.of()));

        awaitUntil(() -> text(find(DashboardView.class).single()).contains("Entries (2)"),
                "the entry list to show the statement");
        assertThat(find(RiskChart.class).id("chart-counts")).isSameAs(counts);
        assertThat(text(find(Component.class).id("dashboard-updates")))
                .isEqualTo("Updated 12:00 UTC: new entry.");
    }

    @Test
    void a_closed_dashboard_stops_listening() {
        navigate("monitors/" + slug, DashboardView.class);
        assertThat(live.following(monitorId)).isEqualTo(1);

        navigate("", MonitorListView.class);

        assertThat(live.following(monitorId)).isZero();
    }

    @Test
    void entries_opened_with_show_more_stay_open_through_a_live_update() {
        for (int day = 2; day <= EntryList.PAGE_SIZE + 5; day++) {
            recordDeaths(monitorId, day, 83 + day);
        }
        navigate("monitors/" + slug, DashboardView.class);
        test(find(Button.class).withText("Show more entries").single()).click();
        int opened = find(ListItem.class).withClassName("entry").all().size();
        assertThat(opened).isEqualTo(EntryList.PAGE_SIZE + 5);

        recordDeaths(monitorId, 31, 200);

        awaitUntil(() -> text(find(DashboardView.class).single()).contains("Entries (" + (opened + 1) + ")"),
                "the entry list to show the new entry");
        assertThat(find(ListItem.class).withClassName("entry").all()).hasSize(opened + 1);
    }

    /** A running total of deaths, "at least", reported on the given day of December 2025. */
    private void recordDeaths(long monitor, int dayOfDecember, int atLeast) {
        entries.record(TestData.figures(monitor, LocalDate.of(2025, 12, dayOfDecember),
                Map.of("deaths", cumulative(AT_LEAST, atLeast))));
    }

    private String deathsTile() {
        return text(find(Component.class).id("tile-deaths"));
    }

    private NativeCheckbox liveUpdates() {
        return find(NativeCheckbox.class).id("live-updates");
    }

    private String pausedNote() {
        return find(Span.class).withClassName("live-updates-note").single().getText();
    }

    /** Lookups find visible components only. */
    private boolean showsUpdatesButton() {
        return !find(Button.class).withClassName("live-updates-show").all().isEmpty();
    }

    private Button showUpdates() {
        return find(Button.class).withClassName("live-updates-show").single();
    }

    /** Polls with component lookups, each of which runs the UI tasks queued by {@code ui.access} meanwhile. */
    private void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            pause(20);
        }
    }

    /** Gives a wrongly delivered update time to arrive, then runs whatever the UI queue holds. */
    private void settle() {
        pause(300);
        find(Component.class).id("tile-deaths");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(Component component) {
        return RenderedText.of(component);
    }
}
