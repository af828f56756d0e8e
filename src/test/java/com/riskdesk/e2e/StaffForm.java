package com.riskdesk.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff entry form as a person fills it in Chromium, for the end-to-end tests and the load harness: typing into
 * fields, a date committed with Enter as staff do, and the explicit "Counts" choice every figure needs.
 */
public final class StaffForm {

    private static final Duration STEP = Duration.ofSeconds(20);

    private StaffForm() {
    }

    /** Signs in on the login form that {@code driver} shows now. */
    public static void signIn(WebDriver driver, Duration wait, String username, String password) {
        WebElement user = new WebDriverWait(driver, wait).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, wait).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-login-form")));
    }

    /** Replaces a field's text and leaves it with Tab, as a person does. */
    public static void type(WebDriver driver, String cssSelector, String text) {
        focus(driver, cssSelector).sendKeys(text, Keys.TAB);
    }

    /** Types a date and commits it with Enter (Tab would move into the open calendar). */
    public static void typeDate(WebDriver driver, String cssSelector, String text) {
        focus(driver, cssSelector).sendKeys(text, Keys.ENTER);
        new WebDriverWait(driver, STEP).until(ready -> (Boolean) js(ready,
                "return !document.querySelector('vaadin-date-picker[opened]');"));
    }

    /** Chooses how a figure counts, "Running total" or "This event only", in its select's open list. */
    public static void chooseBasis(WebDriver driver, String indicator, String label) {
        WebElement select = driver.findElement(By.id("basis-" + indicator));
        click(driver, select);
        WebElement option = new WebDriverWait(driver, STEP).until(ready -> ready.findElements(
                        By.cssSelector("vaadin-select-item")).stream()
                .filter(candidate -> candidate.isDisplayed() && candidate.getText().contains(label))
                .findFirst().orElse(null));
        click(driver, option);
        new WebDriverWait(driver, STEP).until(ready -> (Boolean) js(ready,
                "return !document.querySelector('vaadin-select[opened]');"));
    }

    public static void click(WebDriver driver, WebElement element) {
        js(driver, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Focuses a field and empties it. */
    public static WebElement focus(WebDriver driver, String cssSelector) {
        WebElement input = new WebDriverWait(driver, STEP).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(cssSelector)));
        js(driver, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        return input;
    }

    public static Object js(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
