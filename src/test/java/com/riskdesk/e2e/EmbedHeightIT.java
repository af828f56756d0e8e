package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The embed framed by another page, as the README shows: its one script (allowed by its CSP hash) tells the host its
 * height, and the host's few lines of script size the frame so that every tile and the link back show. Prints the
 * heights it measured, which the README's snippet follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class EmbedHeightIT {

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;

    private HttpServer hostServer;
    private String host;

    /** The host page comes from another origin (another port), as on a real site that frames the embed. */
    @BeforeEach
    void serveHostPage() throws IOException {
        hostServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = hostPage().getBytes(StandardCharsets.UTF_8);
        hostServer.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        hostServer.start();
        host = "http://127.0.0.1:" + hostServer.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopHostPage() {
        hostServer.stop(0);
    }

    @Test
    void a_host_page_sizes_the_frame_to_the_height_the_embed_tells_it_at_any_width() {
        WebDriver driver = browser.driver();
        // A full-width page, an article column and a phone.
        for (int width : new int[] {1366, 760, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get(host);
            JavascriptExecutor page = (JavascriptExecutor) driver;
            // The last height told, once no new one has come for half a second (fonts and the frame's own resize
            // settle after the first message).
            long told = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Long) page.executeScript(
                    "return window.told && performance.now() - window.toldAt > 500 ? window.told : null;"));
            long frame = (Long) page.executeScript(
                    "return Math.round(document.querySelector('iframe').getBoundingClientRect().height);");

            driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
            long content = (Long) page.executeScript(
                    "return Math.ceil(document.documentElement.getBoundingClientRect().height);");
            long tiles = (Long) page.executeScript("return document.querySelectorAll('.tile').length;");
            boolean linkShows = (Boolean) page.executeScript("""
                    const link = document.getElementById('embed-source').getBoundingClientRect();
                    return link.bottom <= window.innerHeight && link.height > 0;""");
            driver.switchTo().defaultContent();
            System.err.println("[embed-height] " + width + " px wide: the embed needs " + content + " px");

            assertThat(told).as(width + " px: height told").isEqualTo(content);
            assertThat(frame).as(width + " px: frame sized by the host").isEqualTo(content);
            assertThat(tiles).isEqualTo(5);
            assertThat(linkShows).as(width + " px: the link back shows without scrolling").isTrue();
        }
    }

    /** The README's snippet, with the listener a host page may add. */
    private String hostPage() {
        String origin = "http://localhost:" + port;
        return """
                <!DOCTYPE html><html><body style="margin:0">
                <iframe src="%1$s/embed/monitors/venezuela" title="Venezuela · Risk Monitor"
                        width="100%%" height="200" style="border:0;display:block"></iframe>
                <script>
                addEventListener("message", function (event) {
                  if (event.origin !== "%1$s" || !event.data || event.data.type !== "risk-monitor:height") return;
                  for (const frame of document.querySelectorAll("iframe")) {
                    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
                  }
                  window.told = event.data.height;
                  window.toldAt = performance.now();
                });
                </script>
                </body></html>
                """.formatted(origin);
    }
}
