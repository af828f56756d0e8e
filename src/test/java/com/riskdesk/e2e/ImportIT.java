package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.api.ApiFixtures;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Bulk import in a real headless Chromium: a staff member signs in at /admin/import, uploads a CSV with a bad row and
 * reads the dry run's problem by line and column (nothing can be imported), uploads the fixed file, imports it, sees
 * the progress end in the result and the import in the history; the public API then lists the entries. And a
 * 50,000-row file through the same screen, with its progress shown while it is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.admin.username=desk", "app.admin.password=correct horse battery"})
@Import(TestData.FixedClock.class)
@DirtiesContext
class ImportIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String HEADER = "date,kind,headline,source_outlet,source_title,confidence,Deaths\r\n";

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    SecurityContextHolderStrategy security;
    @TempDir
    Path files;

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
    void a_staff_member_uploads_a_csv_reads_the_dry_run_and_imports_every_row() throws Exception {
        ApiFixtures.Created monitor = new ApiFixtures(monitors, entries, security).monitor("import");
        Path bad = write("bad.csv", HEADER
                + "2025-11-03,STRIKE,Boat struck in an imported row,Wire,Report,Confirmed,3 (this event)\r\n"
                + "2025-11-04,STRIKE,Second imported strike,Wire,Report,Confirmed,at least 4\r\n");
        Path good = write("good.csv", HEADER
                + "2025-11-03,STRIKE,Boat struck in an imported row,Wire,Report,Confirmed,3 (this event)\r\n"
                + "2025-11-04,STRIKE,Second imported strike,Wire,Report,Confirmed,at least 4 (this event)\r\n");

        WebDriver driver = open(monitor);

        upload(driver, bad);
        WebDriverWait step = new WebDriverWait(driver, STEP);
        step.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "1 problem"));
        assertThat(driver.findElement(By.id("import-summary")).getText())
                .contains("bad.csv", "1 row to add", "Nothing can be imported");
        step.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-problems"), "running total"));
        assertThat(driver.findElement(By.id("import-problems")).getText()).contains("3", "Deaths");
        assertThat(driver.findElement(By.id("import-start")).getDomAttribute("disabled")).isNotNull();

        upload(driver, good);
        step.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "2 rows to add"));
        assertThat(driver.findElement(By.id("import-summary")).getText()).contains("good.csv", "0 problems");
        step.until(ExpectedConditions.elementToBeClickable(By.id("import-start"))).click();

        step.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Imported 2 entries"));
        assertThat(driver.findElement(By.id("import-status")).getText()).contains("from good.csv", "import #");
        step.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-history"), "good.csv"));
        assertThat(driver.findElement(By.id("import-history")).getText()).contains("desk");
        assertThat(publicEntries(monitor.slug())).contains("Boat struck in an imported row", "Second imported strike");
    }

    @Test
    void fifty_thousand_rows_upload_and_import_with_progress_shown() throws Exception {
        ApiFixtures.Created monitor = new ApiFixtures(monitors, entries, security).monitor("large");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50_000; i++) {
            csv.append(LocalDate.of(2025, 10, 1).plusDays(i % 100)).append(",STRIKE,Synthetic strike ").append(i)
                    .append(",Wire,Report,Single-source report,").append(i % 3).append(" (this event)\r\n");
        }
        Path large = write("large.csv", csv.toString());

        WebDriver driver = open(monitor);
        upload(driver, large);
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-summary"), "50000 rows to add"));
        driver.findElement(By.id("import-start")).click();

        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(100)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "of 50000 entries written"));
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-status"), "Imported 50000 entries"));
        assertThat(new ApiFixtures(monitors, entries, security).asAdmin(
                () -> entries.count(EntryFilter.all(monitor.id())))).isEqualTo(50_000);
    }

    /** Signs in on the way to the monitor's import screen. */
    private WebDriver open(ApiFixtures.Created monitor) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/admin/import?monitor=" + monitor.slug()));
        WebDriverWait wait = new WebDriverWait(driver, FIRST_LOAD);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("desk");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("correct horse battery", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        return driver;
    }

    /** Hands the file to the upload's own file input, as choosing it in the file dialog does. */
    private static void upload(WebDriver driver, Path file) {
        WebElement upload = driver.findElement(By.id("import-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private Path write(String name, String csv) throws IOException {
        return Files.writeString(files.resolve(name), csv, StandardCharsets.UTF_8);
    }

    private String publicEntries(String slug) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create(url("/api/monitors/" + slug + "/entries.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
