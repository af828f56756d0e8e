package com.riskdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.imports.ImportPlan;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.entry.imports.PlannedRow;
import com.riskdesk.monitor.MonitorService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The briefing's real entries (sources with commas, quotes, ranges, month dates) survive export and import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-data=true")
@Import(TestData.FixedClock.class)
class DemoExportReimportTest {

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void the_demo_monitors_export_imports_again_with_every_row_matching_and_no_problem() {
        long monitorId = monitors.findBySlug("venezuela").orElseThrow().id();
        byte[] export = new ApiClient(port).get("/api/monitors/venezuela/entries.csv").body()
                .getBytes(StandardCharsets.UTF_8);

        ImportPlan plan = new ApiFixtures(monitors, entries, security)
                .asAdmin(() -> imports.dryRun(monitorId, "venezuela-entries.csv", export));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).hasSize(monitorEntries(monitorId)).noneMatch(PlannedRow::adds);
    }

    private int monitorEntries(long monitorId) {
        return new ApiFixtures(monitors, entries, security)
                .asAdmin(() -> entries.count(EntryFilter.all(monitorId))).intValue();
    }
}
