package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.live.LiveDashboards;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The live limit in real browsers: with room for one live dashboard, the first viewer gets it and the next one gets
 * the same view as the server-written page, with the same figures, saying live updates are paused and offering the
 * live view again; the API keeps answering; once the first viewer leaves, "Try the live view again" opens it live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.live.max-dashboards=1"})
@Import(TestData.FixedClock.class)
class LiveLimitIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    LiveDashboards live;

    private Browser first;
    private Browser second;

    @RegisterExtension
    final AfterTestExecutionCallback recordFailure = context -> {
        if (first != null) {
            first.recordFailure(context, "-first");
        }
        if (second != null) {
            second.recordFailure(context, "-second");
        }
    };

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void past_the_limit_a_new_viewer_gets_the_same_view_written_on_the_server_and_can_try_live_again()
            throws Exception {
        String link = "http://localhost:" + port + "/monitors/venezuela?period=7d";
        first = Browser.start();
        first.driver().get(link);
        String liveDeaths = wait(first.driver()).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#tile-deaths .tile-number"))).getText();
        wait(first.driver()).until(driver -> live.openDashboards() == 1);

        second = Browser.start();
        second.driver().get(link);

        WebDriver paused = second.driver();
        assertThat(paused.findElements(By.cssSelector("meta[name='risk-monitor-live'][content='paused']"))).hasSize(1);
        assertThat(paused.getCurrentUrl()).as("the same address").isEqualTo(link);
        assertThat(paused.findElement(By.cssSelector("#tile-deaths .tile-number")).getText()).isEqualTo(liveDeaths);
        assertThat(paused.findElement(By.id("tile-deaths")).getText()).contains("in the last 7 days");
        assertThat(paused.findElement(By.id("live-paused")).getText()).contains("Live updates are paused");
        assertThat(apiStatus()).as("the API keeps answering").isEqualTo(200);
        assertThat(live.openDashboards()).isEqualTo(1);

        first.driver().get("about:blank"); // leaving the page closes its window's UI (Vaadin's unload beacon)
        wait(paused).until(driver -> live.openDashboards() == 0);
        paused.findElement(By.id("live-retry")).click();

        wait(paused).until(ExpectedConditions.visibilityOfElementLocated(By.id("live-updates")));
        assertThat(paused.findElement(By.cssSelector("#tile-deaths .tile-number")).getText()).isEqualTo(liveDeaths);
        assertThat(paused.getCurrentUrl()).as("the view kept, the retry marker dropped").endsWith("?period=7d");
    }

    private int apiStatus() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/monitors/venezuela/summary")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE);
    }
}
