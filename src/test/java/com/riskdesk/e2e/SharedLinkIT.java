package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Sharing a view in real headless Chromium: a viewer picks a chart, a start date and an entry, copies the link to
 * this view, and a second browser with a fresh profile opens it and sees the same view. Then staff record a later
 * entry and correct the selected one: the pinned link still shows what the first viewer saw, and the live link shows
 * the change. The context is discarded afterwards, as the saved entries change the demo figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
@DirtiesContext
class SharedLinkIT {

    /** The first dev-mode load may rebuild a stale dev bundle (npm install and Vite, minutes on a slow machine). */
    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final String CUMULATIVE_HEADLINE = "At least 21 boats attacked";

    @LocalServerPort
    int port;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    TestClock clock;

    private Browser sender;
    private Browser recipient;

    @RegisterExtension
    final AfterTestExecutionCallback recordFailure = context -> {
        if (sender != null) {
            sender.recordFailure(context, "sender");
        }
        if (recipient != null) {
            recipient.recordFailure(context, "recipient");
        }
    };

    @Test
    void a_copied_link_reproduces_the_view_in_a_fresh_browser_and_stays_pinned_after_later_changes() {
        sender = Browser.start();
        WebDriver first = sender.driver();
        first.get(url("/monitors/venezuela"));
        waiting(first, FIRST_LOAD).withMessage("the dashboard tiles never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));

        // Change the view: the running-totals chart only, entries from 1 Nov 2025, one entry selected.
        waiting(first, STEP).until(ExpectedConditions.elementToBeClickable(By.id("chart-tab-totals"))).click();
        waiting(first, STEP).withMessage("the escalation chart is still shown")
                .until(ExpectedConditions.numberOfElementsToBe(By.id("chart-escalation"), 0));
        // The browser's own date input: its typed format follows the machine's locale, so the date is chosen the
        // way its picker sets it, a value and a change event.
        ((JavascriptExecutor) first).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                first.findElement(By.id("range-from")), "2025-11-01");
        waiting(first, STEP).withMessage("the entry list never followed the start date")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "from 1 Nov 2025"));
        WebElement cumulative = entryContaining(first, CUMULATIVE_HEADLINE);
        String entryId = cumulative.getAttribute("id").substring("entry-".length());
        cumulative.findElement(By.cssSelector(".entry-select")).click();
        waiting(first, STEP).withMessage("the selected entry panel never appeared")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("selected-entry"), CUMULATIVE_HEADLINE));

        // The address follows every choice, and a reload keeps the view.
        waiting(first, STEP).withMessage("the address never carried the chosen view")
                .until(ExpectedConditions.urlContains("entry=" + entryId));
        assertThat(first.getCurrentUrl()).endsWith("/monitors/venezuela?from=2025-11-01&chart=totals&entry=" + entryId);
        first.navigate().refresh();
        waiting(first, FIRST_LOAD).until(ExpectedConditions.visibilityOfElementLocated(By.id("selected-entry")));
        assertThat(first.findElements(By.id("chart-escalation"))).isEmpty();

        View seen = View.of(first);
        first.findElement(By.id("copy-pinned-link")).click();
        String pinned = waiting(first, STEP).withMessage("no link was copied")
                .until(driver -> {
                    String text = driver.findElement(By.id("copied-link")).getText();
                    return text.startsWith("Copied: ") ? text.substring("Copied: ".length()) : null;
                });
        assertThat(pinned).isEqualTo(url("/monitors/venezuela?from=2025-11-01&chart=totals&entry=" + entryId
                + "&asOf=" + TestData.NOW));

        // A fresh browser (its own profile: no cookies, no session) opens the link and sees the same view.
        recipient = Browser.start();
        WebDriver second = recipient.driver();
        View opened = open(second, pinned);
        assertThat(opened).isEqualTo(seen.asSnapshot());
        assertThat(second.findElement(By.id("snapshot-banner")).getText()).contains("Snapshot");

        // Staff record a later entry and correct the selected one.
        clock.advance(Duration.ofHours(2));
        long venezuela = monitors.findBySlug("venezuela").orElseThrow().id();
        TestData.asAdmin(() -> entries.record(new NewEntry(venezuela, EntryKind.valueOf("CASUALTY_REPORT"), LocalDate.of(2025, 12, 5),
                DatePrecision.DAY, null, "Deaths reported at 90 (end-to-end test)", TestData.SOURCE,
                Confidence.SINGLE_SOURCE, null, Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 90)))));
        EntryDetails selected = TestData.asAdmin(() -> entries.find(Long.parseLong(entryId)));
        TestData.asAdmin(() -> {
            entries.correct(selected.id(), selected.version(), new NewEntry(venezuela,
                selected.content().kind(), selected.content().occurredOn(), selected.content().datePrecision(),
                selected.content().escalationLevel(), "Corrected: at least 22 boats (end-to-end test)",
                selected.content().source(), selected.content().confidence(), selected.content().notes(),
                Map.of("boats_struck", Figure.cumulative(Qualifier.AT_LEAST, 22),
                        "deaths", Figure.cumulative(Qualifier.AT_LEAST, 83))), "End-to-end correction");
            return null;
        });

        // The pinned link still shows exactly what was shared; the live link shows the changes.
        assertThat(open(second, pinned)).isEqualTo(opened);
        View live = open(second, pinned.substring(0, pinned.indexOf("&asOf=")));
        assertThat(live.deaths()).isEqualTo("90");
        assertThat(live.boats()).isEqualTo("22");
        assertThat(live.selectedEntry()).contains("Corrected: at least 22 boats");
        assertThat(second.findElements(By.id("snapshot-banner"))).allSatisfy(
                banner -> assertThat(banner.isDisplayed()).isFalse());
    }

    @AfterEach
    void closeBrowsersAndResetClock() {
        clock.reset();
        for (Browser browser : new Browser[] {sender, recipient}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    /** What a viewer sees of the view: the tiles' figures, the chosen chart and dates, the selected entry. */
    private record View(String boats, String deaths, String escalation, String tab, boolean escalationChart,
                        String from, String entriesHeading, String selectedEntry, boolean snapshot) {

        static View of(WebDriver driver) {
            return new View(text(driver, "#tile-boats_struck .tile-number"), text(driver, "#tile-deaths .tile-number"),
                    text(driver, "#tile-escalation"), text(driver, ".chart-tab[aria-selected=true]"),
                    !driver.findElements(By.id("chart-escalation")).isEmpty(),
                    driver.findElement(By.id("range-from")).getDomProperty("value"),
                    text(driver, "#entries"), text(driver, "#selected-entry"),
                    driver.findElements(By.id("snapshot-banner")).stream().anyMatch(WebElement::isDisplayed));
        }

        View asSnapshot() {
            return new View(boats, deaths, escalation, tab, escalationChart, from, entriesHeading, selectedEntry, true);
        }

        private static String text(WebDriver driver, String css) {
            return driver.findElement(By.cssSelector(css)).getText().trim();
        }
    }

    private View open(WebDriver driver, String link) {
        driver.get(link);
        waiting(driver, FIRST_LOAD).withMessage("the dashboard at " + link + " never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));
        waiting(driver, STEP).until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-counts")));
        return View.of(driver);
    }

    private static WebElement entryContaining(WebDriver driver, String headline) {
        return waiting(driver, STEP).withMessage("no entry reads \"" + headline + "\"")
                .until(d -> d.findElements(By.cssSelector(".entries .entry")).stream()
                        .filter(entry -> entry.getText().contains(headline))
                        .findFirst().orElse(null));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200));
    }
}
