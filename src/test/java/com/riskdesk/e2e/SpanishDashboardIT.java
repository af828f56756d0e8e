package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The Venezuela demo dashboard opened with {@code lang=es} in real headless Chromium: the page says it is Spanish,
 * the tiles speak Spanish around the figures staff entered, and every link a reader takes away (copied, shared,
 * the address after choosing a chart, the methodology) keeps {@code lang=es}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class SpanishDashboardIT {

    /** The first dev-mode load unpacks the dev bundle and starts the UI; give it time on a slow machine. */
    private static final Duration FIRST_LOAD = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(20);

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;

    @Test
    void the_dashboard_in_spanish_keeps_its_language_in_every_link_a_reader_takes_away() {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/monitors/venezuela?lang=es");
        waiting(driver, FIRST_LOAD).withMessage("the dashboard tiles never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(driver.findElement(By.id("tile-deaths")).getText()).contains("al menos", "83")
                .doesNotContain("at least");
        assertThat(driver.findElement(By.id("tile-escalation")).getText()).contains("Nivel 4", "de 5",
                "Offer to Maduro to leave");
        assertThat(driver.findElement(By.id("tile-since-last")).getText()).contains("al menos", "46", "días");
        assertThat(driver.findElement(By.id("methodology-link")).getText()).isEqualTo("Cómo se elaboran estas cifras");
        assertThat(driver.findElement(By.id("methodology-link")).getAttribute("href"))
                .endsWith("/monitors/venezuela/methodology?lang=es");

        driver.findElement(By.id("copy-pinned-link")).click();
        assertThat(copiedLink(driver)).contains("/monitors/venezuela?").contains("asOf=").endsWith("&lang=es");
        driver.findElement(By.id("copy-live-link")).click();
        waiting(driver, STEP).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("copied-link"), "asOf=")));
        assertThat(copiedLink(driver)).endsWith("/monitors/venezuela?lang=es");

        waiting(driver, STEP).until(ExpectedConditions.elementToBeClickable(By.id("chart-tab-totals"))).click();
        waiting(driver, STEP).withMessage("the address never carried the chosen chart")
                .until(ExpectedConditions.urlContains("chart=totals"));
        assertThat(driver.getCurrentUrl()).endsWith("/monitors/venezuela?chart=totals&lang=es");
        assertThat(driver.findElement(By.id("chart-tab-totals")).getText()).isEqualTo("Totales");
        // ECharts writes the time axis in the page's language: "oct", "nov", not "Oct", "Nov".
        waiting(driver, STEP).until(ExpectedConditions.attributeToBe(By.id("chart-counts"), "data-rendered", "true"));
        String axis = driver.findElement(By.cssSelector("#chart-counts svg")).getAttribute("textContent");
        assertThat(axis).contains("oct", "nov").doesNotContain("Oct", "Nov", "Dec");
    }

    @Test
    void the_overview_in_spanish_links_to_spanish_dashboards() {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/?lang=es");
        waiting(driver, FIRST_LOAD).withMessage("the overview never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("monitor-venezuela")));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Monitores");
        driver.findElement(By.cssSelector("#monitor-venezuela h2 a")).click();
        waiting(driver, FIRST_LOAD).until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-escalation")));
        assertThat(driver.getCurrentUrl()).endsWith("/monitors/venezuela?lang=es");
        assertThat(driver.findElement(By.id("tile-escalation")).getText()).contains("Nivel 4");
    }

    private static String copiedLink(WebDriver driver) {
        return waiting(driver, STEP).withMessage("no link was copied").until(d -> {
            String text = d.findElement(By.id("copied-link")).getText();
            return text.startsWith("Copiado: ") ? text.substring("Copiado: ".length()) : null;
        });
    }

    private static WebDriverWait waiting(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
