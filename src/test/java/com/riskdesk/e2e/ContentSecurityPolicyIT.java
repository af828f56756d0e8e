package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Vaadin works under the Content-Security-Policy: the login page, the sign-in, the admin entry form, the staff
 * screen and a live dashboard (chart drawn, push connected) load in real Chromium with no policy violation in the
 * console (nor a Permissions-Policy feature the browser does not know).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.admin.username=csp", "app.admin.password=correct horse battery"})
@Import(TestData.FixedClock.class)
@DirtiesContext
class ContentSecurityPolicyIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);

    private static Browser browser;

    @LocalServerPort
    int port;

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
    void staff_and_public_pages_run_with_no_content_security_policy_violation() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, FIRST_LOAD);
        List<String> console = new ArrayList<>();

        driver.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("csp");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("correct horse battery", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        collect(driver, console);

        driver.get(url("/admin/entries?monitor=venezuela"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entry-headline input")));
        collect(driver, console);

        driver.get(url("/admin/staff"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Staff accounts"));
        collect(driver, console);

        driver.get(url("/monitors/venezuela"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#tile-deaths .tile-number"), "83"));
        wait.until(ExpectedConditions.attributeToBe(By.id("chart-counts"), "data-rendered", "true"));
        collect(driver, console);

        assertThat(console).as("console messages about the policies").noneMatch(line -> line.contains(
                "Content Security Policy") || line.contains("Refused to") || line.contains("Permissions-Policy"));
    }

    private static void collect(WebDriver driver, List<String> console) {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getMessage());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
