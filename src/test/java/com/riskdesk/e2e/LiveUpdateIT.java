package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Server push in a real headless Chromium: an entry saved while the Venezuela dashboard is open reaches it without
 * a reload, and the time it takes is measured and written to {@code target/live-update-latency.txt}.
 * The context is discarded afterwards, as the saved entry would change the demo figures other tests expect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
@DirtiesContext
class LiveUpdateIT {

    /** The first dev-mode load may rebuild a stale dev bundle (npm install and Vite, minutes on a slow machine). */
    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final Path LATENCY_FILE = Path.of("target", "live-update-latency.txt");

    private static Browser viewer;

    @LocalServerPort
    int port;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;

    @RegisterExtension
    final AfterTestExecutionCallback recordFailure = context -> {
        if (viewer != null) {
            viewer.recordFailure(context, "");
        }
    };

    @BeforeAll
    static void startBrowser() {
        viewer = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (viewer != null) {
            viewer.close();
        }
    }

    @Test
    void an_entry_saved_by_staff_reaches_an_open_dashboard_without_reload() {
        PushLatency push = PushLatency.watch(viewer.driver());
        viewer.driver().get(url("/monitors/venezuela"));
        new WebDriverWait(viewer.driver(), FIRST_LOAD, Duration.ofMillis(200))
                .withMessage("the dashboard tiles never appeared")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));
        assertThat(push.text("#tile-deaths .tile-number")).isEqualTo("83");
        push.awaitChannel(STEP);
        long venezuela = monitors.findBySlug("venezuela").orElseThrow().id();
        // A first change without figures warms up the path (class loading, JIT) so the measurement below is of
        // push delivery; its own time is reported too.
        String entriesBefore = push.text("#entries");
        Duration first = push.save(() -> TestData.asAdmin(() -> entries.record(new NewEntry(venezuela, EntryKind.valueOf("STATEMENT"),
                LocalDate.of(2025, 12, 4), DatePrecision.DAY, null, "A statement (end-to-end test)", TestData.SOURCE,
                Confidence.OFFICIAL_CLAIM, null, Map.of())))).awaitTrue("the entry list to grow",
                "return document.getElementById('entries')?.textContent.trim() !== arguments[0];", entriesBefore);
        entriesBefore = push.text("#entries");

        PushLatency.Save save = push.save(() -> TestData.asAdmin(() -> entries.record(
                new NewEntry(venezuela, EntryKind.valueOf("CASUALTY_REPORT"), LocalDate.of(2025, 12, 5), DatePrecision.DAY,
                        null, "Deaths reported at 90 (end-to-end test)", TestData.SOURCE, Confidence.SINGLE_SOURCE,
                        null, Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 90))))));
        Duration tile = save.awaitText("#tile-deaths .tile-number", "90");
        Duration details = save.awaitTrue("the counts chart and the entry list to include the new entry",
                "return (document.getElementById('chart-counts')?.getAttribute('aria-label') || '')"
                        + ".includes('Deaths at least 90')"
                        + " && document.getElementById('entries')?.textContent.trim() !== arguments[0];",
                entriesBefore);

        PushLatency.report(LATENCY_FILE, Map.of("LIVE-UPDATE-LATENCY-MS", tile, "LIVE-UPDATE-DETAILS-MS", details,
                "LIVE-UPDATE-FIRST-CHANGE-MS", first));
        assertThat(push.text("#tile-deaths")).contains("at least");
        assertThat(push.text("#dashboard-updates")).contains("deaths now at least 90");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Measures how long a saved change takes to show on a page that is already open: from the moment the save
     * returns until the page shows it, polled every {@link #POLL}. A marker set on {@code window} before the save
     * must survive, proving the page was updated in place and not reloaded. Reusable for saves made any way (a
     * service call, or a form in a second browser).
     */
    static final class PushLatency {

        static final Duration POLL = Duration.ofMillis(20);
        static final Duration GIVE_UP = Duration.ofSeconds(10);

        /** Counts the page's open Vaadin push WebSockets (their URL carries {@code v-r=push}). */
        private static final String SOCKET_WATCH = """
                (() => {
                  const Native = window.WebSocket;
                  window.__pushSockets = 0;
                  window.WebSocket = class extends Native {
                    constructor(url, protocols) {
                      super(url, protocols);
                      if (String(url).includes('v-r=push')) {
                        this.addEventListener('open', () => window.__pushSockets++);
                        this.addEventListener('close', () => window.__pushSockets--);
                      }
                    }
                  };
                })();
                """;

        private final WebDriver driver;

        private PushLatency(WebDriver driver) {
            this.driver = driver;
        }

        /** Call before loading the page, so its push WebSocket can be seen opening. */
        static PushLatency watch(WebDriver driver) {
            if (driver instanceof HasCdp cdp) {
                cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOCKET_WATCH));
            }
            return new PushLatency(driver);
        }

        /**
         * Waits until the push WebSocket is open, so a measurement times delivery rather than the page's start-up.
         * Push still works without it (e.g. over long polling), so a timeout only prints a warning.
         */
        void awaitChannel(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (js().executeScript("return window.__pushSockets || 0;") instanceof Number open
                        && open.intValue() > 0) {
                    return;
                }
                sleep(POLL);
            }
            System.err.println("[e2e] No open push WebSocket seen within " + timeout.toSeconds()
                    + " s; measuring anyway");
        }

        /** Marks the page, runs {@code save} and starts the clock when it returns. */
        Save save(Runnable save) {
            String marker = UUID.randomUUID().toString();
            js().executeScript("window.__liveUpdateMarker = arguments[0];", marker);
            save.run();
            return new Save(marker, System.nanoTime());
        }

        /** The text of the first element matching {@code cssSelector}, trimmed; null when there is none. */
        String text(String cssSelector) {
            return (String) js().executeScript(
                    "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;",
                    cssSelector);
        }

        /** Prints each {@code NAME=milliseconds} line and writes them to {@code file}. */
        static void report(Path file, Map<String, Duration> measured) {
            StringBuilder lines = new StringBuilder();
            new TreeMap<>(measured).forEach((name, duration) ->
                    lines.append(name).append('=').append(duration.toMillis()).append(System.lineSeparator()));
            System.out.print(lines);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, lines);
            } catch (IOException e) {
                System.err.println("[e2e] Could not write " + file + ": " + e);
            }
        }

        private JavascriptExecutor js() {
            return (JavascriptExecutor) driver;
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** One save, timed from when it returned. */
        final class Save {

            private final String marker;
            private final long savedAt;

            private Save(String marker, long savedAt) {
                this.marker = marker;
                this.savedAt = savedAt;
            }

            /** Time from the save until the element at {@code cssSelector} reads {@code expected}. */
            Duration awaitText(String cssSelector, String expected) {
                return awaitTrue("'" + cssSelector + "' to read '" + expected + "'",
                        "const e = document.querySelector(arguments[0]);"
                                + " return !!e && e.textContent.trim() === arguments[1];", cssSelector, expected);
            }

            /** Time from the save until {@code script} (a function body given {@code args}) returns true. */
            Duration awaitTrue(String what, String script, Object... args) {
                while (System.nanoTime() - savedAt < GIVE_UP.toNanos()) {
                    boolean arrived = Boolean.TRUE.equals(js().executeScript(script, args));
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - savedAt);
                    if (arrived) {
                        assertThat(js().executeScript("return window.__liveUpdateMarker;"))
                                .as("the window marker set before the save (gone after a reload)").isEqualTo(marker);
                        return elapsed;
                    }
                    sleep(POLL);
                }
                throw new AssertionError("Waited " + GIVE_UP.toSeconds() + " s after the save for " + what);
            }
        }
    }
}
