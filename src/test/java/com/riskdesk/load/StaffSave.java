package com.riskdesk.load;

import com.riskdesk.e2e.StaffForm;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff path in a real Chromium: signed in once, then one entry saved per step through /admin/entries. */
final class StaffSave {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Chromium chromium;
    private final URI form;

    StaffSave(Chromium chromium, URI root) {
        this.chromium = chromium;
        this.form = root.resolve("admin/entries?monitor=venezuela");
    }

    void signIn(String username, String password) {
        WebDriver driver = chromium.driver();
        driver.get(form.toString());
        StaffForm.signIn(driver, WAIT, username, password);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#entry-headline input")));
    }

    /** When Save was clicked, on the monotonic clock and on the wall clock the app shares on this machine. */
    record Click(long nanos, Instant at) {
    }

    /** Fills a fresh form and clicks Save; returns when it was clicked. Waits (bounded) for the form to confirm. */
    Click save(String headline, int deaths) {
        WebDriver driver = chromium.driver();
        driver.get(form.toString());
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#entry-headline input")));
        // The briefing's day, typed as an en-US browser writes dates (the form has no default date).
        StaffForm.typeDate(driver, "#entry-date input", "11/30/2025");
        StaffForm.type(driver, "#figure-deaths input", Integer.toString(deaths));
        StaffForm.chooseBasis(driver, "deaths", "This event only");
        StaffForm.type(driver, "#entry-headline input", headline);
        StaffForm.type(driver, "#entry-outlet input", "Load Wire");
        StaffForm.type(driver, "#entry-title input", "Load harness report");
        WebElement save = driver.findElement(By.id("entry-save"));
        Click click = new Click(System.nanoTime(), Instant.now());
        save.click();
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".entry-form"), "Saved entry #"));
        } catch (RuntimeException e) {
            System.err.println("[load] The form did not confirm the save: " + ChromiumViewer.firstLine(e.getMessage()));
        }
        return click;
    }
}
