package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.Trend;
import com.riskdesk.monitor.MonitorService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The overview in real headless Chromium: the demo monitor (November 2025 judged deteriorated) beside a second monitor
 * judged improved; a choice of filter lands in the address and the address alone reproduces it; the page fits a
 * 390 px phone; the start page's link preview; the dashboard's timeline. Saves screenshots of the overview at 1366 and
 * 390 px, light and dark, to {@code target/e2e-screenshots/overview-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class OverviewIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(60);

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    JudgementService judgements;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void addSecondMonitor() {
        if (monitors.findBySlug("sahel").isPresent()) {
            return;
        }
        TestData.asAdmin(security, () -> {
            long sahel = monitors.create(TestData.monitor("sahel", "West Africa")).id();
            return judgements.record(TestData.judgement(sahel, YearMonth.of(2025, 12), Trend.IMPROVED));
        });
    }

    @Test
    void a_filter_chosen_on_the_overview_is_in_the_address_and_the_address_alone_reproduces_it() {
        WebDriver driver = open("/?sort=trend");
        assertThat(cardNames(driver)).containsExactly("Venezuela", "Test sahel");
        assertThat(text(driver, "monitor-venezuela")).contains("Latin America", "Step 4 of 5",
                "Deaths: at least 83", "Trend, November 2025:", "Deteriorated", "Risk alert:");

        new Select(driver.findElement(By.id("overview-trend"))).selectByValue("improved");
        wait(driver).until(ExpectedConditions.urlContains("trend=improved"));
        assertThat(driver.getCurrentUrl()).endsWith("/?sort=trend&trend=improved");
        assertThat(cardNames(driver)).containsExactly("Test sahel");

        WebDriver again = open("/?sort=trend&trend=improved");
        assertThat(cardNames(again)).containsExactly("Test sahel");
        assertThat(new Select(again.findElement(By.id("overview-trend"))).getFirstSelectedOption().getText())
                .isEqualTo("Improved");
    }

    @Test
    void the_overview_fits_a_phone_and_is_captured_light_and_dark_at_both_widths() {
        for (String scheme : List.of("light", "dark")) {
            colorScheme(scheme);
            for (int width : List.of(1366, 390)) {
                browser.driver().manage().window().setSize(new Dimension(width, 1000));
                WebDriver driver = open("/");
                JavascriptExecutor page = (JavascriptExecutor) driver;
                long viewport = (Long) page.executeScript("return document.documentElement.clientWidth;");
                assertThat((Long) page.executeScript("return document.documentElement.scrollWidth;"))
                        .as("no sideways scrolling at %d px, %s", width, scheme).isLessThanOrEqualTo(viewport);
                browser.screenshot(Path.of("target", "e2e-screenshots", "overview-" + width + "-" + scheme + ".png"));
            }
        }
        colorScheme("light");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void the_dashboard_shows_its_trend_judgements_as_a_timeline() {
        WebDriver driver = open("/monitors/venezuela");
        WebElement timeline = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("judgements")));

        assertThat(timeline.getText()).contains("Trend judgements", "November 2025", "Deteriorated",
                "foreign terrorist organisations", "venezuela-crisis-2025-11-30.txt");
    }

    @Test
    void the_start_page_carries_link_preview_tags() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?trend=deteriorated")).build(),
                HttpResponse.BodyHandlers.ofString());
        Document page = Jsoup.parse(response.body());

        assertThat(page.title()).isEqualTo("Monitors · Risk Monitor");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Monitors · Risk Monitor");
        assertThat(page.select("meta[property=og:description]").attr("content"))
                .isEqualTo("1 monitor. Venezuela (Latin America): deteriorated in November 2025, risk alert.");
        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/?trend=deteriorated");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    private WebDriver open(String path) {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, FIRST_LOAD).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(path.startsWith("/monitors/") ? "#judgements" : ".monitor-card")));
        return driver;
    }

    private static List<String> cardNames(WebDriver driver) {
        return driver.findElements(By.cssSelector(".monitor-card h2")).stream().map(WebElement::getText).toList();
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Tells the page the system prefers {@code scheme}; Lumo follows it (the app shell allows light and dark). */
    private static void colorScheme(String scheme) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
