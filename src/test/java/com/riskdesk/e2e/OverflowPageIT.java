package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The server-written overflow dashboard in real headless Chromium, on the demo monitor's real texts: it fits a
 * 390 px phone without sideways scrolling, draws its charts, and opens a tile's sources without any script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class OverflowPageIT {

    @LocalServerPort
    int port;

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback recordFailure = context -> {
        if (browser != null) {
            browser.recordFailure(context, "");
        }
    };

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void on_a_phone_the_page_fits_the_width_and_a_tiles_sources_open_without_script() {
        browser = Browser.start();
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get("http://localhost:" + port + "/page/monitors/venezuela");

        JavascriptExecutor page = (JavascriptExecutor) driver;
        long viewport = (Long) page.executeScript("return document.documentElement.clientWidth;");
        assertThat(viewport).isLessThanOrEqualTo(390);
        assertThat((Long) page.executeScript("return document.documentElement.scrollWidth;"))
                .as("no sideways scrolling").isLessThanOrEqualTo(viewport);
        assertThat((Long) page.executeScript("return document.scripts.length;")).isZero();
        assertThat(driver.findElement(By.id("live-retry")).getAttribute("href"))
                .endsWith("/monitors/venezuela?live=retry");
        WebElement chart = driver.findElement(By.id("chart-counts"));
        assertThat(chart.getSize().getWidth()).isPositive().isLessThanOrEqualTo((int) viewport);
        assertThat(chart.findElements(By.cssSelector("path.series"))).hasSize(2);

        WebElement deaths = driver.findElement(By.id("tile-deaths"));
        WebElement sources = deaths.findElement(By.cssSelector("details li"));
        assertThat(sources.isDisplayed()).isFalse();
        deaths.findElement(By.tagName("summary")).click();
        assertThat(sources.isDisplayed()).isTrue();
        assertThat(sources.getText()).contains("at least 83 in total");
    }

    @Test
    void on_a_wide_screen_the_tiles_share_one_row_above_two_charts_side_by_side() {
        browser = Browser.start();
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/page/monitors/venezuela");

        List<WebElement> tiles = driver.findElements(By.cssSelector(".tiles .tile"));
        assertThat(tiles).hasSize(5);
        assertThat(tiles.stream().map(tile -> tile.getLocation().getY()).distinct()).hasSize(1);
        WebElement totals = driver.findElement(By.id("chart-counts"));
        WebElement ladder = driver.findElement(By.id("chart-escalation"));
        assertThat(ladder.getLocation().getY()).isEqualTo(totals.getLocation().getY());
        assertThat(ladder.getLocation().getX()).isGreaterThan(totals.getLocation().getX());
    }
}
