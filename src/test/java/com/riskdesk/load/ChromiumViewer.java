package com.riskdesk.load;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser watching the dashboard; it sees the marker when the page's text contains it. */
final class ChromiumViewer {

    private static final Duration POLL = Duration.ofMillis(25);

    private final Chromium chromium;
    private double openMillis = -1;
    private String failure;

    ChromiumViewer(Chromium chromium) {
        this.chromium = chromium;
    }

    void open(URI dashboard, Duration timeout) {
        long start = System.nanoTime();
        try {
            chromium.driver().get(dashboard.toString());
            new WebDriverWait(chromium.driver(), timeout, Duration.ofMillis(50)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tile-deaths")));
            openMillis = (System.nanoTime() - start) / 1e6;
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        }
    }

    boolean open() {
        return openMillis >= 0;
    }

    double openMillis() {
        return openMillis;
    }

    String failure() {
        return failure;
    }

    /** Polls the page until its text holds {@code marker}; the System.nanoTime() it was seen, or 0 past the deadline. */
    long awaitText(String marker, long deadlineNanos) {
        while (System.nanoTime() < deadlineNanos) {
            try {
                Object found = chromium.driver().executeScript(
                        "return document.body && document.body.textContent.includes(arguments[0]);", marker);
                if (Boolean.TRUE.equals(found)) {
                    return System.nanoTime();
                }
            } catch (RuntimeException e) {
                failure = "polling: " + firstLine(e.getMessage());
                return 0;
            }
            sleep(POLL);
        }
        return 0;
    }

    /** Leaving to about:blank fires pagehide, so Flow sends its UNLOAD beacon and the push socket closes. */
    void leave() {
        try {
            chromium.driver().get("about:blank");
        } catch (RuntimeException e) {
            failure = "leave: " + firstLine(e.getMessage());
        }
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
