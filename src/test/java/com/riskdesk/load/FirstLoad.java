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
 * navigation start until the deaths tile shows its number (shown on screen; also when it was first in the document),
 * for both pages. Prints each run, the medians, and every response of the last dashboard load with its timing.
 * <p>
 * Usage: {@code FirstLoad BASE_URL [RUNS] [SLUG]}; run by {@code scripts/first-load.sh} against the production jar.
 * Chromium and chromedriver come from {@code CHROME_BIN} / {@code CHROMEDRIVER} (default Debian's paths).
 */
public final class FirstLoad {

    /**
     * Installed before any page script: notes {@code performance.now()} (milliseconds since navigation start) the
     * moment the deaths tile's number is in the document ({@code __tilesInDom}, whether the parser or Vaadin's client
     * put it there, shown or not) and the first animation frame in which it is shown ({@code __tilesShown}: the
     * browser runs no frame while stylesheets still block rendering, and a hidden copy does not count). Tiles are the
     * embed's and the app's {@code #tile-deaths}, or the copy written into the dashboard's page
     * ({@code #prerender [data-tile=deaths]}).
     */
    private static final String READABLE_PROBE = """
            (() => {
              const numbers = () => [...document.querySelectorAll('#tile-deaths, #prerender [data-tile="deaths"]')]
                .map((tile) => tile.querySelector('.tile-number') || tile)
                .filter((number) => /\\d/.test(number.textContent));
              const observer = new MutationObserver(() => {
                if (window.__tilesInDom === undefined && numbers().length) {
                  window.__tilesInDom = performance.now();
                  observer.disconnect();
                }
              });
              observer.observe(document, {childList: true, subtree: true, characterData: true});
              const frame = () => {
                if (numbers().some((number) => number.checkVisibility({visibilityProperty: true}))) {
                  window.__tilesShown = performance.now();
                } else {
                  requestAnimationFrame(frame);
                }
              };
              requestAnimationFrame(frame);
            })();
            """;
    /** The page's own milestones from the Navigation Timing API, in ms since navigation start. */
    private static final String MILESTONES = """
            const n = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            const ms = (v) => v === undefined ? '-' : Math.round(v);
            return `first byte ${ms(n.responseStart)}, last byte ${ms(n.responseEnd)},`
              + ` DOM interactive ${ms(n.domInteractive)}, first contentful paint ${ms(paint && paint.startTime)},`
              + ` tile number in the DOM ${ms(window.__tilesInDom)}, shown ${ms(window.__tilesShown)}`;""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Held so the level sticks: Selenium's warning that it has no CDP classes for this Chromium is noise here. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private FirstLoad() {
    }

    record Load(long bytes, int requests, double readableMillis, double inDomMillis, String milestones,
                List<Resource> resources) {
    }

    record Resource(String url, String type, String encoding, long bytes, double startMillis, double endMillis) {
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
            System.out.printf("run %2d  dashboard %7.1f ms (in DOM %7.1f) %8d B %3d req   embed %7.1f ms (in DOM %7.1f)"
                    + " %7d B %2d req%n", run, d.readableMillis(), d.inDomMillis(), d.bytes(), d.requests(),
                    e.readableMillis(), e.inDomMillis(), e.bytes(), e.requests());
        }

        double dashboardMs = median(dashboards.stream().mapToDouble(Load::readableMillis).toArray());
        double embedMs = median(embeds.stream().mapToDouble(Load::readableMillis).toArray());
        double dashboardInDom = median(dashboards.stream().mapToDouble(Load::inDomMillis).toArray());
        double embedInDom = median(embeds.stream().mapToDouble(Load::inDomMillis).toArray());
        double bytes = median(dashboards.stream().mapToDouble(Load::bytes).toArray());
        double requests = median(dashboards.stream().mapToDouble(Load::requests).toArray());
        System.out.println();
        Load last = dashboards.getLast();
        System.out.printf("Every response of the last dashboard load, largest first (bytes as received, encoding,"
                + " requested..finished in ms from the page's request):%n");
        System.out.println("  dashboard: " + last.milestones());
        System.out.println("  embed:     " + embeds.getLast().milestones());
        last.resources().stream().sorted(Comparator.comparingLong(Resource::bytes).reversed())
                .forEach(r -> System.out.printf("  %8d B  %-10s %-5s %5.0f..%5.0f  %s%n", r.bytes(), r.type(),
                        r.encoding(), r.startMillis(), r.endMillis(), r.url().replace(base, "")));
        System.out.println();
        System.out.printf("dashboard first load (median of %d): %.0f bytes over the wire (%.1f KB), %.0f requests%n",
                runs, bytes, bytes / 1024, requests);
        System.out.printf("tiles readable, shown (median): dashboard %.0f ms, embed %.0f ms, ratio dashboard/embed %.2f%n",
                dashboardMs, embedMs, dashboardMs / embedMs);
        System.out.printf("  (tile number in the DOM, shown or not: dashboard %.0f ms, embed %.0f ms, ratio %.2f)%n",
                dashboardInDom, embedInDom, dashboardInDom / embedInDom);
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
            Object shown = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> driver.executeScript("return window.__tilesShown"));
            Object inDom = driver.executeScript("return window.__tilesInDom");
            // Let what the page fetches after the tiles (charts, fonts, lazy chunks) finish: the first load is all of it.
            quietNetwork(driver);
            String milestones = (String) driver.executeScript(MILESTONES);
            return traffic(driver, ((Number) shown).doubleValue(), ((Number) inDom).doubleValue(), milestones);
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
    private static Load traffic(ChromeDriver driver, double readableMillis, double inDomMillis, String milestones) {
        Map<String, String> urls = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, String> encodings = new HashMap<>();
        Map<String, Double> starts = new HashMap<>();
        double origin = Double.NaN;
        List<Resource> resources = new ArrayList<>();
        long bytes = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            JsonNode params = message.path("params");
            String id = params.path("requestId").asString("");
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    urls.put(id, params.path("request").path("url").asString(""));
                    starts.put(id, params.path("timestamp").asDouble());
                    if (Double.isNaN(origin) && "Document".equals(params.path("type").asString(""))
                            && params.path("request").path("url").asString("").startsWith("http")) {
                        origin = params.path("timestamp").asDouble();
                    }
                }
                case "Network.responseReceived" -> {
                    types.put(id, params.path("type").asString(""));
                    encodings.put(id, contentEncoding(params.path("response").path("headers")));
                }
                case "Network.loadingFinished" -> {
                    String url = urls.getOrDefault(id, "");
                    if (url.startsWith("http")) {
                        long length = params.path("encodedDataLength").asLong(0);
                        bytes += length;
                        resources.add(new Resource(url, types.getOrDefault(id, ""), encodings.getOrDefault(id, "-"),
                                length, (starts.getOrDefault(id, origin) - origin) * 1000,
                                (params.path("timestamp").asDouble() - origin) * 1000));
                    }
                }
                default -> {
                }
            }
        }
        return new Load(bytes, resources.size(), readableMillis, inDomMillis, milestones, resources);
    }

    /** The response's Content-Encoding ("br", "gzip"), or "-" when it came uncompressed. */
    private static String contentEncoding(JsonNode headers) {
        for (var header : headers.properties()) {
            if (header.getKey().equalsIgnoreCase("content-encoding")) {
                return header.getValue().asString("-");
            }
        }
        return "-";
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
