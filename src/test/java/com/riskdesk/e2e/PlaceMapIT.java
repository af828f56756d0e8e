package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The dashboard's map in real headless Chromium: drawn only once scrolled into view, with the demo's places (the
 * Caribbean Sea, the Eastern Pacific and Venezuela: three shaded areas, no dot, as the briefing gives no
 * coordinates), a table of places matching it, and a selected place that round-trips through the link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class PlaceMapIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(120);
    private static final Duration STEP = Duration.ofSeconds(20);

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;

    @Test
    void the_map_paints_the_demo_areas_and_its_table_matches_them() {
        WebElement map = openMap("/monitors/venezuela");

        assertThat(map.findElements(By.cssSelector("svg [data-kind='area']"))).hasSize(3)
                .allSatisfy(area -> assertThat(area.getRect().getWidth()).isPositive());
        assertThat(map.findElements(By.cssSelector("svg [data-kind='point']"))).isEmpty();
        List<String> tablePlaces = driver().findElements(By.cssSelector(".place-table tbody th")).stream()
                .map(WebElement::getText).toList();
        List<String> mapPlaces = map.findElements(By.cssSelector("svg a[data-place]")).stream()
                .map(link -> link.getAttribute("aria-label").replaceFirst(":.*", "")).toList();
        assertThat(tablePlaces).containsExactlyInAnyOrderElementsOf(mapPlaces)
                .contains("in the Caribbean Sea", "in the Eastern Pacific Ocean", "in Venezuela");
        assertThat(driver().findElement(By.cssSelector(".place-table")).getText()).contains("in the Caribbean Sea area 2");
    }

    @Test
    void selecting_a_place_lists_its_entries_and_the_link_reproduces_the_selection() {
        openMap("/monitors/venezuela");

        driver().findElement(By.cssSelector(".place-table a[data-place='venezuela']")).click();
        waiting(STEP).withMessage("the place's entries never showed")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".place-entries-heading"),
                        "Entries in Venezuela (1)"));
        waiting(STEP).until(ExpectedConditions.urlContains("place=venezuela"));
        assertThat(driver().findElement(By.cssSelector(".place-entries")).getText())
                .contains("the airspace above and surrounding Venezuela (in Venezuela)");
        String link = driver().getCurrentUrl();

        WebElement map = openMap(link.substring(link.indexOf("/monitors/")));

        assertThat(map.findElements(By.cssSelector("svg a.pm-sel[data-place='venezuela']"))).hasSize(1);
        assertThat(driver().findElement(By.cssSelector(".place-entries-heading")).getText())
                .isEqualTo("Entries in Venezuela (1)");
    }

    @Test
    void selecting_an_entry_marks_its_place_on_the_map_and_in_the_table_and_the_link_keeps_it() {
        openMap("/monitors/venezuela");

        String entryId = airspaceEntryId();
        driver().findElement(By.cssSelector(".entry-select[data-entry='" + entryId + "']")).click();
        waiting(STEP).withMessage("the entry's place was never marked on the map")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg a.pm-hl[data-place='venezuela']")));
        waiting(STEP).until(ExpectedConditions.urlContains("entry=" + entryId));
        assertThat(driver().findElements(By.cssSelector("svg a.pm-hl"))).as("only the airspace entry's place").hasSize(1);
        assertThat(driver().findElement(By.cssSelector(".place-table tr.highlighted")).getText())
                .contains("in Venezuela (the selected entry)");
        String link = driver().getCurrentUrl();

        WebElement map = openMap(link.substring(link.indexOf("/monitors/")));

        assertThat(map.findElement(By.cssSelector("svg a.pm-hl")).getAttribute("aria-label"))
                .isEqualTo("in Venezuela: 1 entry (country); place of the selected entry");
    }

    @Test
    void screenshots_at_desktop_and_phone_width_in_light_and_dark() {
        ChromeDriver chrome = (ChromeDriver) driver();
        openMap("/monitors/venezuela");
        String entryId = airspaceEntryId();
        for (String scheme : List.of("light", "dark")) {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int width : List.of(1366, 390)) {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
                WebElement map = openMap("/monitors/venezuela?place=caribbean-sea&entry=" + entryId);
                assertThat(map.getRect().getWidth()).as("no wider than the page").isLessThanOrEqualTo(width);
                assertThat((Long) ((JavascriptExecutor) chrome).executeScript(
                        "return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(width);
                new Browser.Screenshots(chrome).save(Path.of("target", "e2e-screenshots",
                        "map-" + width + "-" + scheme + ".png"));
            }
        }
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    /** The entry the briefing places in Venezuela's airspace, as the dashboard lists it. */
    private String airspaceEntryId() {
        return driver().findElements(By.cssSelector(".entry-select")).stream()
                .filter(button -> button.getAttribute("aria-label").contains("airspace above and surrounding"))
                .findFirst().orElseThrow().getAttribute("data-entry");
    }

    private WebElement openMap(String path) {
        driver().get("http://localhost:" + port + path);
        waiting(FIRST_LOAD).withMessage("the dashboard never drew")
                .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-map")));
        WebElement frame = driver().findElement(By.cssSelector("#dashboard-map .place-map-frame"));
        assertThat(frame.getAttribute("data-state")).as("not drawn before it is in view").isEqualTo("waiting");
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()", frame);
        waiting(STEP).withMessage("the map never drew once in view")
                .until(ExpectedConditions.attributeToBe(frame, "data-state", "drawn"));
        return frame;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver(), timeout);
    }
}
