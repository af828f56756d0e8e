package com.riskdesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.dashboard.DashboardChanged;
import com.riskdesk.entry.RevisionAction;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveDashboardsTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final LiveDashboards live = new LiveDashboards(new LiveProperties(3, 2), metrics);

    @AfterEach
    void stop() {
        live.destroy();
    }

    @Test
    void changes_that_arrive_while_a_dashboard_is_busy_reach_it_merged_in_one_delivery() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoDeliveries = new CountDownLatch(2);
        List<LiveDashboards.Changes> delivered = new CopyOnWriteArrayList<>();
        live.open(1, changes -> {
            delivered.add(changes);
            busy.countDown();
            await(release);
            twoDeliveries.countDown();
        });

        live.dashboardChanged(new DashboardChanged(1, RevisionAction.RECORDED));
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        live.dashboardChanged(new DashboardChanged(1, RevisionAction.CORRECTED));
        live.dashboardChanged(new DashboardChanged(1, RevisionAction.RETRACTED));
        release.countDown();

        assertThat(twoDeliveries.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).extracting(LiveDashboards.Changes::count).containsExactly(1, 2);
        assertThat(delivered.getLast().last().action()).as("the newest change last").isEqualTo(RevisionAction.RETRACTED);
    }

    @Test
    void each_delivery_is_counted_and_timed_from_the_change_it_carries() throws Exception {
        CountDownLatch delivered = new CountDownLatch(2);
        live.open(1, changes -> {
            sleep(50);
            delivered.countDown();
        });
        live.open(1, changes -> delivered.countDown());

        live.dashboardChanged(new DashboardChanged(1, RevisionAction.RECORDED));

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        Timer deliveries = metrics.get(LiveDashboards.DELIVERIES).timer();
        for (int wait = 0; deliveries.count() < 2 && wait < 100; wait++) {
            sleep(50);  // timed just after the hand-over returns
        }
        assertThat(deliveries.count()).isEqualTo(2);
        assertThat(deliveries.max(TimeUnit.MILLISECONDS)).as("the slow dashboard's hand-over").isGreaterThanOrEqualTo(50);
    }

    @Test
    void every_open_dashboard_of_the_monitor_gets_the_change_and_no_other() throws Exception {
        CountDownLatch followers = new CountDownLatch(2);
        List<Long> others = new CopyOnWriteArrayList<>();
        live.open(1, changes -> followers.countDown());
        live.open(1, changes -> followers.countDown());
        live.open(2, changes -> others.add(changes.last().monitorId()));

        live.dashboardChanged(new DashboardChanged(1, RevisionAction.RECORDED));

        assertThat(followers.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(others).isEmpty();
    }

    @Test
    void the_limit_counts_open_dashboards_and_frees_a_seat_when_one_closes() {
        LiveDashboards.Seat first = live.open(1, changes -> { });
        live.open(1, changes -> { });
        assertThat(live.isFull()).isFalse();
        live.open(2, changes -> { });
        assertThat(live.isFull()).isTrue();

        first.close();
        first.close();

        assertThat(live.openDashboards()).isEqualTo(2);
        assertThat(live.following(1)).isEqualTo(1);
        assertThat(live.isFull()).isFalse();
    }

    @Test
    void the_default_limit_follows_the_heap() {
        int derived = new LiveProperties(0, 0).effectiveMaxDashboards();
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(derived).isEqualTo((int) Math.max(100,
                (heap - LiveProperties.HEAP_RESERVED) / LiveProperties.HEAP_PER_DASHBOARD));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
