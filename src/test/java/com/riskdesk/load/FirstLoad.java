package com.riskdesk.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the first open of a dashboard link in cold headless Chromium (a fresh profile, so an empty cache, for
 * every load), interleaved with the server-written embed of the same monitor as a yardstick:
 * bytes over the wire and requests of the dashboard's first load (Chrome's performance log), and the time from
 * navigation start until the deaths tile shows its number, for both pages. Prints each run and the medians.
 * <p>
 * Usage: {@code FirstLoad BASE_URL [RUNS] [SLUG]}; run by {@code scripts/first-load.sh} against the production jar.
 * Chromium and chromedriver come from {@code CHROME_BIN} / {@code CHROMEDRIVER} (default Debian's paths).
 */
public final class FirstLoad {

    /**
     * Installed before any page script: notes {@code performance.now()} (milliseconds since navigation start) the
     * moment the deaths tile holds a digit, whether the parser (embed) or Vaadin's client (dashboard) put it there.
     */
    private static final String READABLE_PROBE = """
            (() => {
              const readable = () => {
                const tile = document.getElementById('tile-deaths');
                const number = tile && (tile.querySelector('.tile-number') || tile);
                return number && /\\d/.test(number.textContent);
              };
              const observer = new MutationObserver(() => {
                if (window.__tilesReadable === undefined && readable()) {
                  window.__tilesReadable = performance.now();
                  observer.disconnect();
                }
              });
              observer.observe(document, {childList: true, subtree: true, characterData: true});
            })();
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Held so the level sticks: Selenium's warning that it has no CDP classes for this Chromium is noise here. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private FirstLoad() {
    }

    record Load(long bytes, int requests, double readableMillis, List<Resource> resources) {
    }

    record Resource(String url, String type, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FirstLoad BASE_URL [RUNS (default 10)] [SLUG (default venezuela)]");
            System.exit(2);
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        String base = args[0].replaceAll("/+$", "");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String slug = args.length > 2 ? args[2] : "venezuela";
        String dashboard = base + "/monitors/" + slug;
        String embed = base + "/embed/monitors/" + slug;

        // One unrecorded pair warms the server (JIT, caches) so that run 1 is not an outlier of the server's start.
        load(dashboard);
        load(embed);

        List<Load> dashboards = new ArrayList<>();
        List<Load> embeds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            boolean dashboardFirst = run % 2 == 1;
            Load first = load(dashboardFirst ? dashboard : embed);
            Load second = load(dashboardFirst ? embed : dashboard);
            Load d = dashboardFirst ? first : second;
            Load e = dashboardFirst ? second : first;
            dashboards.add(d);
            embeds.add(e);
            System.out.printf("run %2d  dashboard %7.1f ms %8d B %3d req   embed %7.1f ms %7d B %2d req%n", run,
                    d.readableMillis(), d.bytes(), d.requests(), e.readableMillis(), e.bytes(), e.requests());
        }

        double dashboardMs = median(dashboards.stream().mapToDouble(Load::readableMillis).toArray());
        double embedMs = median(embeds.stream().mapToDouble(Load::readableMillis).toArray());
        double bytes = median(dashboards.stream().mapToDouble(Load::bytes).toArray());
        double requests = median(dashboards.stream().mapToDouble(Load::requests).toArray());
        System.out.println();
        System.out.println("Largest responses of the last dashboard load:");
        dashboards.getLast().resources().stream().sorted(Comparator.comparingLong(Resource::bytes).reversed())
                .limit(10).forEach(r -> System.out.printf("  %8d B  %-10s %s%n", r.bytes(), r.type(), r.url()));
        System.out.println();
        System.out.printf("dashboard first load (median of %d): %.0f bytes over the wire (%.1f KB), %.0f requests%n",
                runs, bytes, bytes / 1024, requests);
        System.out.printf("tiles readable (median): dashboard %.0f ms, embed %.0f ms, ratio dashboard/embed %.2f%n",
                dashboardMs, embedMs, dashboardMs / embedMs);
    }

    static Load load(String url) throws IOException {
        Path profile = Files.createTempDirectory("first-load-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", READABLE_PROBE));
            driver.get(url);
            Object readable = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> driver.executeScript("return window.__tilesReadable"));
            // Let what the page fetches after the tiles (charts, fonts, lazy chunks) finish: the first load is all of it.
            quietNetwork(driver);
            return traffic(driver, ((Number) readable).doubleValue());
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    private static void quietNetwork(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object idle = driver.executeScript("""
                    const entries = performance.getEntriesByType('resource');
                    const last = entries.reduce((latest, e) => Math.max(latest, e.responseEnd), 0);
                    return document.readyState === 'complete' && performance.now() - last > 1000;""");
            return Boolean.TRUE.equals(idle);
        });
    }

    /** Sums {@code encodedDataLength} (headers and body as received) of every finished http(s) request. */
    private static Load traffic(ChromeDriver driver, double readableMillis) {
        Map<String, String> urls = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<Resource> resources = new ArrayList<>();
        long bytes = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            JsonNode params = message.path("params");
            String id = params.path("requestId").asString("");
            switch (method) {
                case "Network.requestWillBeSent" -> urls.put(id, params.path("request").path("url").asString(""));
                case "Network.responseReceived" -> types.put(id, params.path("type").asString(""));
                case "Network.loadingFinished" -> {
                    String url = urls.getOrDefault(id, "");
                    if (url.startsWith("http")) {
                        long length = params.path("encodedDataLength").asLong(0);
                        bytes += length;
                        resources.add(new Resource(url, types.getOrDefault(id, ""), length));
                    }
                }
                default -> {
                }
            }
        }
        return new Load(bytes, resources.size(), readableMillis, resources);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
