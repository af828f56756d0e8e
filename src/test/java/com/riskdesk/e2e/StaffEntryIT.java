package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole staff path in two real browsers: a viewer has the Venezuela dashboard open; a staff member signs in,
 * saves an entry through the admin form, and the viewer's deaths tile shows the new figure without a reload. The
 * time from the click on Save to the viewer's update is printed and written to target/staff-save-latency.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.admin.username=desk", "app.admin.password=correct horse battery"})
@Import(TestData.FixedClock.class)
@DirtiesContext
class StaffEntryIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(30);

    private static Browser viewer;
    private static Browser staff;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowsers() {
        viewer = Browser.start();
        staff = Browser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        if (viewer != null) {
            viewer.close();
        }
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void a_staff_member_signs_in_saves_an_entry_and_an_open_dashboard_shows_it_without_reloading() {
        WebDriver watching = viewer.driver();
        LiveUpdateIT.PushLatency push = LiveUpdateIT.PushLatency.watch(watching);
        watching.get(url("/monitors/venezuela"));
        new WebDriverWait(watching, FIRST_LOAD).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#tile-deaths .tile-number"), "83"));
        push.awaitChannel(STEP);

        WebDriver editing = staff.driver();
        editing.get(url("/admin/entries?monitor=venezuela"));
        StaffForm.signIn(editing, FIRST_LOAD, "desk", "correct horse battery");
        new WebDriverWait(editing, FIRST_LOAD).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#entry-headline input")));
        StaffForm.typeDate(editing, "#entry-date input", "12/2/2025");
        StaffForm.type(editing, "#figure-deaths input", "12");
        StaffForm.chooseBasis(editing, "deaths", "This event only");
        StaffForm.type(editing, "#entry-headline input", "Strike reported by the desk in an end-to-end test");
        StaffForm.type(editing, "#entry-outlet input", "Test Wire");
        StaffForm.type(editing, "#entry-title input", "Strike report");

        LiveUpdateIT.PushLatency.Save save = push.save(() -> editing.findElement(By.id("entry-save")).click());
        Duration latency = save.awaitText("#tile-deaths .tile-number", "95");

        new WebDriverWait(editing, STEP).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".entry-form"), "Saved entry #"));
        assertThat(push.text("#tile-deaths")).contains("at least", "95");
        LiveUpdateIT.PushLatency.report(Path.of("target", "staff-save-latency.txt"),
                Map.of("STAFF-SAVE-TO-VIEWER-MS", latency));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
