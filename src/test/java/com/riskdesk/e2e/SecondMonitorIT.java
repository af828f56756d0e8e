package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.SahelMonitor;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A second monitor, defined by staff with its own indicators, kinds and ladder, in a real headless Chromium: its
 * dashboard draws its own tiles in its order and its own chart, and says nothing of the demo monitor. Same setup as
 * {@link DashboardIT}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class SecondMonitorIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(20);

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void the_dashboard_shows_the_monitors_own_tiles_chart_and_kinds_and_nothing_of_another_monitor() throws IOException {
        String slug = "sahel-" + UUID.randomUUID().toString().substring(0, 8);
        TestData.asAdmin(security, () -> {
            long id = monitors.create(SahelMonitor.definition(slug)).id();
            SahelMonitor.entries(id).forEach(entries::record);
            return id;
        });
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1366, 900));

        driver.get("http://localhost:" + port + "/monitors/" + slug);
        new WebDriverWait(driver, FIRST_LOAD).withMessage("the dashboard never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("live-updates")));
        WebElement sinceLast = new WebDriverWait(driver, STEP)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));

        // The tiles written into the page for a first look are hidden once the app has drawn its own.
        List<String> tiles = driver.findElements(By.cssSelector("article.tile")).stream()
                .filter(WebElement::isDisplayed).map(tile -> tile.getDomAttribute("id")).toList();
        assertThat(tiles).containsExactly("tile-attacks", "tile-displaced", "tile-fatalities", "tile-escalation",
                "tile-since-last");
        // Tile labels are shown in capitals by the style sheet.
        assertThat(sinceLast.getText()).containsIgnoringCase("Days since last attack").contains("5 days");
        assertThat(driver.findElement(By.id("tile-fatalities")).getText()).contains("at least", "40");
        WebElement chart = new WebDriverWait(driver, STEP)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-counts")));
        assertThat(chart.findElement(By.xpath("./preceding-sibling::h3")).getText())
                .isEqualTo("Attacks, displaced people and fatalities, running totals");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Communiqué", "Regional offensive");
        SahelMonitor.FOREIGN.forEach(word -> assertThat(page).doesNotContainIgnoringCase(word));
        Path shot = Path.of("target", "e2e-screenshots", "second-monitor-1366.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
