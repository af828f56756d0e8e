package com.riskdesk.api;

import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The running application on a random port, an HTTP client for it and fixtures; one shared Spring context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.FixedClock.class)
abstract class ApiTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TestClock clock;

    ApiClient api;
    ApiFixtures fixtures;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        fixtures = new ApiFixtures(monitors, entries, security);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
