package com.riskdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two loaders starting at the same moment on one empty store, as two servers started at once do (TwoServersIT does it
 * with two servers on PostgreSQL): both finish without error, and the demo is there once. Its own store, since the
 * loads commit.
 */
@IntegrationTest
@DirtiesContext
class DemoDataRaceTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    JudgementService judgements;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DashboardService dashboards;

    @Test
    void two_loaders_started_at_once_load_the_demo_once_and_both_start() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = servers.submit(() -> loadWhenBothReady(together));
            Future<?> second = servers.submit(() -> loadWhenBothReady(together));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            servers.shutdownNow();
        }

        long monitorId = monitors.findBySlug(VenezuelaBriefing.SLUG).orElseThrow().id();
        assertThat(dashboards.entries(monitorId, 0, 100))
                .hasSize(VenezuelaBriefing.entries(monitorId).size());
        assertThat(judgements.published(monitorId, null)).hasSize(1);
    }

    private Void loadWhenBothReady(CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        new DemoDataLoader(monitors, entries, judgements, transaction).load();
        return null;
    }
}
