package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.review.ReviewService;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Review before publishing in Chromium: an admin requires review, an editor's entry is a draft the public dashboard
 * and API do not show, its author cannot publish it, and another staff member publishes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.admin.username=desk", "app.admin.password=correct horse battery"})
@Import(TestData.FixedClock.class)
@DirtiesContext
@ExtendWith(KeepsSecurityStrategy.class)
class ReviewIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final String PASSWORD = "editor horse battery";
    private static final String HEADLINE = "Reviewed strike report (end-to-end test)";

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;
    @Autowired
    EntryService entries;
    @Autowired
    ReviewService review;
    @Autowired
    MonitorService monitors;
    @Autowired
    StaffService staff;

    @Test
    void an_editors_entry_stays_a_draft_until_another_staff_member_publishes_it() throws Exception {
        long monitorId = TestData.asAdmin(() -> {
            staff.create(new NewStaffMember("ed", "Ed Itor", StaffRole.EDITOR, PASSWORD));
            staff.create(new NewStaffMember("rita", "Rita Viewer", StaffRole.EDITOR, PASSWORD));
            return monitors.create(TestData.monitor("reviewed")).id();
        });

        signIn("/admin/entries?monitor=reviewed", "desk", "correct horse battery", "#review-required");
        click(find("#review-required"));
        waitForText("#review-switch", "turned on by desk");
        assertThat(TestData.asAdmin(() -> review.setting(monitorId).required())).isTrue();

        signIn("/admin/entries?monitor=reviewed", "ed", PASSWORD, "#entry-headline input");
        StaffForm.typeDate(driver(), "#entry-date input", "12/2/2025");
        StaffForm.type(driver(), "#entry-headline input", HEADLINE);
        StaffForm.type(driver(), "#entry-outlet input", "Test Wire");
        StaffForm.type(driver(), "#entry-title input", "Test report");
        StaffForm.chooseBasis(driver(), "strikes", "This event only");
        StaffForm.type(driver(), "#figure-strikes input", "3");
        click(find("#entry-save"));
        waitForText(".entry-form", "Saved as a draft for review");
        assertThat(text(".entry-form")).doesNotContain("Saved entry #");

        assertThat(publicApi()).doesNotContain(HEADLINE);
        driver().get(url("/monitors/reviewed"));
        waitForText(".app-main", "Test reviewed");
        assertThat(text(".app-main")).doesNotContain(HEADLINE);

        driver().get(url("/admin/review"));
        clickRow(HEADLINE);
        waitForText("#review-detail", "Waiting for another staff member to review it");
        assertThat(driver().findElements(By.id("review-publish"))).as("no publishing one's own draft").isEmpty();

        signIn("/admin/review", "rita", PASSWORD, "#review-grid");
        clickRow(HEADLINE);
        waitForText("#review-effect", "Strikes");
        assertThat(text("#review-changes")).contains("Headline: (none) → " + HEADLINE);
        click(find("#review-publish"));
        waitForText("#review-status", "published as entry #");

        assertThat(TestData.asAdmin(() -> entries.count(EntryFilter.all(monitorId)))).isEqualTo(1);
        assertThat(publicApi()).contains(HEADLINE);
        driver().get(url("/monitors/reviewed"));
        waitForText(".app-main", HEADLINE);
    }

    private String publicApi() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("/api/monitors/reviewed/entries.json"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private void signIn(String path, String username, String password, String readySelector) {
        driver().get(url("/favicon.svg"));
        driver().manage().deleteAllCookies();
        driver().get(url(path));
        StaffForm.signIn(driver(), FIRST_LOAD, username, password);
        new WebDriverWait(driver(), FIRST_LOAD).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(readySelector)));
    }

    private void clickRow(String text) {
        waitForText("#review-grid", text);
        WebElement cell = driver().findElements(By.cssSelector("#review-grid vaadin-grid-cell-content")).stream()
                .filter(candidate -> candidate.getText().contains(text)).findFirst().orElseThrow();
        click(cell);
    }

    private void click(WebElement element) {
        StaffForm.click(driver(), element);
    }

    private String text(String cssSelector) {
        return (String) StaffForm.js(driver(), "return document.querySelector(arguments[0])?.textContent || '';",
                cssSelector);
    }

    private void waitForText(String cssSelector, String text) {
        new WebDriverWait(driver(), STEP).withMessage(() -> cssSelector + " never said \"" + text + "\"; it says: "
                        + text(cssSelector))
                .until(driver -> text(cssSelector).contains(text));
    }

    private WebElement find(String cssSelector) {
        return new WebDriverWait(driver(), STEP).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(cssSelector)));
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
