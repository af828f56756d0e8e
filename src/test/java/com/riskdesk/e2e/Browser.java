package com.riskdesk.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for end-to-end tests, driven through an explicitly given chromedriver so Selenium never
 * looks for or downloads one. Paths default to Debian's packages ({@code chromium}, {@code chromium-driver}) and
 * can be overridden with the system property or environment variable {@code CHROME_BIN} and {@code CHROMEDRIVER}.
 * Each browser gets a fresh profile directory, removed again by {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    private static final String DEFAULT_BINARY = "/usr/bin/chromium";
    private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless Chromium with a 1366×900 window. */
    public static Browser start() {
        String binary = setting("CHROME_BIN", DEFAULT_BINARY);
        String driverPath = setting("CHROMEDRIVER", DEFAULT_DRIVER);
        requireExecutable(binary, "CHROME_BIN", "chromium");
        requireExecutable(driverPath, "CHROMEDRIVER", "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG of the current page to {@code file}; never throws, a failed screenshot only prints why. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            System.err.println("[e2e] Screenshot saved to " + file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] Could not save a screenshot to " + file + ": " + e);
        }
    }

    /** Full-page PNGs of a driver's page (through the DevTools protocol, so the whole scroll height is in it). */
    public record Screenshots(ChromeDriver driver) {

        public void save(Path file) {
            try {
                Files.createDirectories(file.getParent());
                Object data = driver.executeCdpCommand("Page.captureScreenshot",
                        java.util.Map.of("captureBeyondViewport", true, "format", "png")).get("data");
                Files.write(file, java.util.Base64.getDecoder().decode(String.valueOf(data)));
            } catch (IOException | RuntimeException e) {
                System.err.println("[e2e] Could not save a screenshot to " + file + ": " + e);
            }
        }
    }

    /**
     * After a failed test, leaves what is needed to see why: the page's address, a screenshot under
     * {@code target/e2e-screenshots} named after the test (and {@code role}, when a test drives several browsers)
     * and the page's console. Does nothing when the test passed.
     */
    public void recordFailure(ExtensionContext context, String role) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + (role.isEmpty() ? "" : "-" + role);
        try {
            System.err.println("[e2e] " + name + " failed at " + driver.getCurrentUrl());
        } catch (RuntimeException e) {
            System.err.println("[e2e] " + name + " failed; the browser does not answer: " + e);
        }
        screenshot(SCREENSHOTS.resolve(name + ".png"));
        dumpConsole();
    }

    /** Writes what the page logged to its console (errors, warnings) to standard error. */
    public void dumpConsole() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                System.err.println("[e2e] console " + entry.getLevel() + ": " + entry.getMessage());
            }
        } catch (RuntimeException e) {
            System.err.println("[e2e] Could not read the browser console: " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void requireExecutable(String path, String setting, String debianPackage) {
        if (!new File(path).canExecute()) {
            throw new IllegalStateException(path + " is missing or not executable. Install the Debian package '"
                    + debianPackage + "' or point " + setting + " (system property or environment variable) at it.");
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
