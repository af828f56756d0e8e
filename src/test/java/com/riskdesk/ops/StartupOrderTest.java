package com.riskdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.monitor.MonitorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The start-up gap: the server used to answer before the demo monitor was loaded, so for a moment its
 * address was a 404. Now the demo is in the store when the web server starts, and readiness is not yet UP then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
class StartupOrderTest {

    @Autowired
    WebServerStart start;
    @Autowired
    ApplicationAvailability availability;

    @Test
    void the_demo_monitor_is_loaded_before_the_web_server_takes_requests_and_readiness_comes_after() {
        assertThat(start.demoLoaded()).as("demo monitor present when the web server started").isTrue();
        assertThat(start.readiness()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Watch {

        @Bean
        WebServerStart webServerStart(MonitorService monitors, ApplicationAvailability availability) {
            return new WebServerStart(monitors, availability);
        }
    }

    /** What held the moment the web server started. */
    static final class WebServerStart {

        private final MonitorService monitors;
        private final ApplicationAvailability availability;
        private final AtomicBoolean demoLoaded = new AtomicBoolean();
        private final AtomicReference<ReadinessState> readiness = new AtomicReference<>();

        WebServerStart(MonitorService monitors, ApplicationAvailability availability) {
            this.monitors = monitors;
            this.availability = availability;
        }

        @EventListener
        void started(WebServerInitializedEvent event) {
            demoLoaded.set(monitors.findBySlug("venezuela").isPresent());
            readiness.set(availability.getReadinessState());
        }

        boolean demoLoaded() {
            return demoLoaded.get();
        }

        ReadinessState readiness() {
            return readiness.get();
        }
    }
}
