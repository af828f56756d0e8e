package com.riskdesk.entry;

import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.monitor.MonitorService;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Editors saving at the same moment, each in their own committed transaction (so no test transaction here). */
@IntegrationTest
class DayRollupConcurrencyTest {

    private static final AtomicInteger MONITORS = new AtomicInteger();
    private static final int SAVES_EACH = 15;

    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    DashboardService dashboards;
    @Autowired
    TestClock clock;

    @Test
    void two_editors_saving_entries_of_the_same_day_at_once_are_both_counted() throws Exception {
        String slug = "race-" + MONITORS.incrementAndGet();
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor(slug)).id());
        LocalDate day = LocalDate.of(2025, 11, 20);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = editors.submit(() -> saveMany(monitorId, day, start));
            Future<?> second = editors.submit(() -> saveMany(monitorId, day, start));
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            editors.shutdownNow();
        }

        Dashboard live = dashboards.dashboard(slug, 30, null).orElseThrow();
        Dashboard recomputed = dashboards.dashboard(slug, 30, clock.instant()).orElseThrow();
        assertThat(live.entryCount()).isEqualTo(2 * SAVES_EACH).isEqualTo(recomputed.entryCount());
        assertThat(live.series().get("deaths").getLast().value().low()).isEqualTo(2 * SAVES_EACH);
        assertThat(live.series()).isEqualTo(recomputed.series());
    }

    private Void saveMany(long monitorId, LocalDate day, CountDownLatch start) throws InterruptedException {
        start.await();
        for (int i = 0; i < SAVES_EACH; i++) {
            TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, day, Map.of("deaths", increment(EXACT, 1)))));
        }
        return null;
    }
}
