package com.riskdesk.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the live dashboards ({@code app.live.*}).
 *
 * @param maxDashboards how many dashboards may be open live at once; 0 (the default) derives it from the heap. Beyond
 *                      it, new viewers get the server-written page.
 * @param fanOutThreads how many threads push a change to open dashboards; 0 (the default): two per core
 */
@ConfigurationProperties("app.live")
public record LiveProperties(int maxDashboards, int fanOutThreads) {

    /** What one open dashboard may cost in heap when the limit is derived, with the rest of the app around it. */
    static final long HEAP_PER_DASHBOARD = 150 * 1024;
    /** Heap kept for everything else: the API, the staff screens, the readings, garbage between collections. */
    static final long HEAP_RESERVED = 256L * 1024 * 1024;

    /** The limit in force: the configured one, or as many dashboards as the heap holds beside what is reserved. */
    public int effectiveMaxDashboards() {
        if (maxDashboards > 0) {
            return maxDashboards;
        }
        long heap = Runtime.getRuntime().maxMemory();
        return (int) Math.max(100, (heap - HEAP_RESERVED) / HEAP_PER_DASHBOARD);
    }

    int effectiveFanOutThreads() {
        return fanOutThreads > 0 ? fanOutThreads : 2 * Runtime.getRuntime().availableProcessors();
    }
}
