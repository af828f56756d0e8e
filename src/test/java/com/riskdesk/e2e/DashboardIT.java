package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The Venezuela demo dashboard in a real headless Chromium: tiles, charts drawn by ECharts, the sources popover,
 * titles and the not-found page. The clock is fixed at {@link TestData#NOW} (15 Jan 2026), so "days since the
 * last strike" is known.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class DashboardIT {

    /** The first dev-mode load unpacks the dev bundle and starts the UI; give it time on a slow machine. */
    private static final Duration FIRST_LOAD = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(20);

    private static Browser browser;

    @LocalServerPort
    int port;

    @RegisterExtension
    final AfterTestExecutionCallback recordFailure = context -> {
        if (browser != null) {
            browser.recordFailure(context, "");
        }
    };

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void tiles_show_the_briefing_figures() {
        openDashboard();

        assertThat(tileText("tile-boats_struck")).contains("at least").contains("21");
        assertThat(tileText("tile-deaths")).contains("at least").contains("83");
        assertThat(tileText("tile-escalation")).contains("Step 4").contains("of 5").contains("Offer to Maduro to leave");
        // Last strike dated "on or before 30 Nov 2025"; 15 Jan 2026 is 46 days later, a lower bound.
        assertThat(tileText("tile-since-last")).contains("at least").contains("46").contains("days");
    }

    @Test
    void charts_are_drawn_by_echarts() {
        openDashboard();

        for (String id : List.of("chart-counts", "chart-escalation")) {
            By chart = By.id(id);
            waiting(STEP).withMessage("<risk-chart id=" + id + "> never set data-rendered=true")
                    .until(ExpectedConditions.attributeToBe(chart, "data-rendered", "true"));
            WebElement element = driver().findElement(chart);
            waiting(STEP).withMessage("<risk-chart id=" + id + "> has no ECharts SVG with drawn paths")
                    .until(d -> !element.findElements(By.cssSelector("svg path")).isEmpty());
            assertThat(element.findElements(By.cssSelector("svg"))).as("SVG in " + id).isNotEmpty();
            assertThat(drawnPaths(element)).as("paths with a 'd' in " + id).isPositive();
            assertThat(element.getSize().getHeight()).as("height of " + id).isPositive();
        }
    }

    @Test
    void the_tiles_written_into_the_page_are_shown_while_the_app_scripts_are_still_loading() {
        HasCdp devTools = (HasCdp) driver();
        // The app's scripts never arrive: what a reader sees until they have loaded and drawn the dashboard.
        devTools.executeCdpCommand("Network.enable", Map.of());
        devTools.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/VAADIN/*")));
        try {
            driver().get(url("/monitors/venezuela"));
            WebElement deaths = waiting(FIRST_LOAD).withMessage("the written tiles were never shown")
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prerender [data-tile=deaths]")));
            assertThat(deaths.getText()).contains("at least", "83");
            assertThat(driver().findElements(By.id("live-updates"))).as("the app's own controls").isEmpty();
        } finally {
            devTools.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    @Test
    void page_title_names_the_monitor() {
        openDashboard();

        waiting(STEP).until(ExpectedConditions.titleIs("Venezuela · Risk Monitor"));
        assertThat(driver().getTitle()).isEqualTo("Venezuela · Risk Monitor");
    }

    @Test
    void unknown_monitor_shows_page_not_found() {
        driver().get(url("/monitors/no-such-monitor"));

        waiting(FIRST_LOAD).withMessage("no 'Page not found' heading")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertThat(driver().findElement(By.tagName("body")).getText())
                .contains("Page not found")
                .contains("no-such-monitor");
        assertThat(driver().getTitle()).isEqualTo("Page not found · Risk Monitor");
    }

    @Test
    void http_status_of_unknown_monitor_is_404_and_of_a_bad_period_200() throws Exception {
        // Until dev mode is ready (e.g. while it rebuilds a stale dev bundle) every page answers 200 with a
        // "please wait" page, so load the dashboard in the browser first.
        openDashboard();

        assertThat(status("/monitors/no-such-monitor")).isEqualTo(404);
        assertThat(status("/monitors/venezuela?period=zzz")).isEqualTo(200);
        assertThat(status("/monitors/venezuela")).isEqualTo(200);
    }

    @Test
    void sources_of_the_deaths_tile_open_in_place_and_show_their_entry() {
        openDashboard();

        WebElement tile = driver().findElement(By.id("tile-deaths"));
        WebElement summary = tile.findElement(By.cssSelector(".tile-sources > summary"));
        assertThat(summary.getText()).endsWith("Sources (1)");
        WebElement list = tile.findElement(By.cssSelector(".source-list"));
        assertThat(list.isDisplayed()).isFalse();
        waiting(STEP).until(ExpectedConditions.elementToBeClickable(summary)).click();

        waiting(STEP).withMessage("the sources never opened").until(ExpectedConditions.visibilityOf(list));
        assertThat(list.getText())
                .contains("Figures reported for deaths")
                .contains("at least 83")
                .contains("Team briefing");

        list.findElement(By.cssSelector(".source-show-entry")).click();
        WebElement selected = waiting(STEP).withMessage("the entry was never shown")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("selected-entry")));
        assertThat(selected.getText()).contains("Team briefing");
        waiting(STEP).until(ExpectedConditions.urlMatches("[?&]entry=\\d+"));
    }

    /** Opens the dashboard and waits for the app itself (the tiles are readable earlier, written into the page). */
    private void openDashboard() {
        driver().get(url("/monitors/venezuela"));
        waiting(FIRST_LOAD).withMessage("the dashboard never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("live-updates")));
        waiting(STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));
    }

    @Test
    void the_tiles_are_in_the_page_itself_readable_before_any_script_runs() throws Exception {
        String page;
        try (HttpClient client = HttpClient.newHttpClient()) {
            page = client.send(HttpRequest.newBuilder(URI.create(url("/monitors/venezuela?period=7d"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        org.jsoup.nodes.Element prerender = org.jsoup.Jsoup.parse(page).getElementById("prerender");
        assertThat(prerender).as("tiles written into the page").isNotNull();
        assertThat(prerender.select("[data-tile=deaths]").text()).contains("at least 83", "in the last 7 days");
        assertThat(prerender.select("[data-tile=escalation]").text()).contains("Step 4", "of 5");

        openDashboard();
        assertThat(driver().findElement(By.id("prerender")).isDisplayed()).as("hidden once the app has drawn").isFalse();
    }

    private String tileText(String id) {
        WebElement tile = waiting(STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        return tile.getText();
    }

    private long drawnPaths(WebElement chart) {
        Object count = ((JavascriptExecutor) driver()).executeScript(
                "return [...arguments[0].querySelectorAll('svg path')]"
                        + ".filter(p => (p.getAttribute('d') || '').length > 2).length;", chart);
        return ((Number) count).longValue();
    }

    private int status(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html")
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver(), timeout, Duration.ofMillis(200));
    }
}
