package com.riskdesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.api.ApiClient;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.dashboard.EntryLine;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.MonitorCard;
import com.riskdesk.dashboard.MonitorCards;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.SecurityAudit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a real PostgreSQL server, configured only through the data source settings: every Flyway migration in
 * the jar applies, the demo monitor loads, and the main flows work (the dashboard page, the public API live and as
 * of a past moment, the server-written pages, a save, a correction and a retraction, staff search, an import, the
 * audit). It names no migration: whatever migrations the build holds must all apply.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.ops.token=" + PostgresSmokeIT.TOKEN})
@Import(TestData.FixedClock.class)
class PostgresSmokeIT {

    static final String TOKEN = "postgres-smoke-ops-token";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        PostgresProperties.register(properties, PostgresServer.shared().newDatabase());
    }

    @LocalServerPort
    int port;
    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    ImportService imports;
    @Autowired
    SecurityAudit audit;
    @Autowired
    DashboardService dashboards;
    @Autowired
    Clock clock;
    @Autowired
    MonitorCards cards;
    @Autowired
    JudgementService judgements;

    @Test
    void runs_on_postgresql_by_configuration_alone() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void every_migration_in_the_build_applies() throws IOException {
        Set<String> shipped = Arrays.stream(new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:db/migration/**/V*__*.sql"))
                .map(Resource::getFilename).map(name -> name.substring(1, name.indexOf("__")))
                .collect(Collectors.toSet());
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(shipped).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(applied).allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(Arrays.stream(applied).map(migration -> migration.getVersion().getVersion()))
                .containsExactlyInAnyOrderElementsOf(shipped);
    }

    @Test
    void serves_the_dashboard_the_api_and_the_written_pages() {
        ApiClient http = new ApiClient(port);

        assertThat(http.get("/actuator/health/readiness").body()).contains("\"UP\"");
        assertThat(http.get("/monitors/venezuela", "Accept", "text/html"))
                .satisfies(page -> assertThat(page.statusCode()).isEqualTo(200))
                .satisfies(page -> assertThat(page.body()).contains("tile-deaths"));
        for (String path : new String[] {"/api/monitors", "/api/monitors/venezuela/summary",
                "/api/monitors/venezuela/summary?asOf=2025-12-01T00:00:00Z", "/api/monitors/venezuela/entries.json",
                "/api/monitors/venezuela/entries.csv", "/api/monitors/venezuela/feed.atom",
                "/embed/monitors/venezuela", "/embed/monitors/venezuela?asOf=2025-12-01T00:00:00Z",
                "/page/monitors/venezuela?period=7d&from=2025-11-01&to=2025-11-30",
                "/api/monitors/venezuela/preview.png"}) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(http.get("/api/monitors/venezuela/summary").body()).contains("\"deaths\"");
    }

    /**
     * Every dashboard query in both its shapes (LiveSql, and AsKnownAtSql for a pinned moment) runs on PostgreSQL,
     * and the two agree about the present: the live tables and the revision history tell the same story.
     */
    @Test
    void every_dashboard_query_runs_live_and_as_known_at_a_moment_with_the_same_answers() {
        Instant now = clock.instant();
        Dashboard live = dashboards.dashboard("venezuela", 30).orElseThrow();
        Dashboard pinned = dashboards.dashboard("venezuela", 30, now).orElseThrow();
        long monitorId = live.monitor().id();
        DateRange november = new DateRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));

        assertThat(pinned.snapshot()).isTrue();
        assertThat(live.series()).isEqualTo(pinned.series()).isNotEmpty();
        assertThat(live.tiles()).isEqualTo(pinned.tiles());
        assertThat(live.escalation()).isEqualTo(pinned.escalation());
        assertThat(live.recency()).isEqualTo(pinned.recency());
        assertThat(live.entryCount()).isEqualTo(pinned.entryCount()).isPositive();
        assertThat(dashboards.entries(monitorId, null, november, 0, 20))
                .isEqualTo(dashboards.entries(monitorId, now, november, 0, 20)).isNotEmpty();
        assertThat(dashboards.entryCount(monitorId, null, november))
                .isEqualTo(dashboards.entryCount(monitorId, now, november)).isPositive();
        List<EntryLine> recent = dashboards.recentlyRecorded(monitorId, null, 5);
        assertThat(recent).isEqualTo(dashboards.recentlyRecorded(monitorId, now, 5)).hasSize(5);
        assertThat(dashboards.entry(monitorId, recent.getFirst().id(), null))
                .isEqualTo(dashboards.entry(monitorId, recent.getFirst().id(), now)).isPresent();
    }

    /**
     * The overview's queries (OverviewSql, the judgements' latest of each monitor, MonitorRows) run on PostgreSQL and
     * give the demo monitor's card what its dashboard says.
     */
    @Test
    void the_overview_queries_run_and_each_card_says_what_the_dashboard_says() {
        Dashboard live = dashboards.dashboard("venezuela", 30).orElseThrow();

        MonitorCard card = cards.all().stream().filter(each -> each.monitor().slug().equals("venezuela"))
                .findFirst().orElseThrow();

        assertThat(card.monitor()).isEqualTo(live.monitor());
        assertThat(card.currentStep()).contains(live.escalation().current());
        assertThat(card.figures()).isNotEmpty().isEqualTo(live.indicatorTiles().stream()
                .filter(IndicatorTile::hasFigure)
                .map(tile -> new MonitorCard.Figure(tile.indicator(), tile.current().value())).toList());
        assertThat(card.latestJudgement()).isEqualTo(judgements.latest(live.monitor().id(), null)).isPresent();
        assertThat(card.lastChange()).isAfter(Instant.EPOCH);
        assertThat(dashboards.overviews()).anySatisfy(overview ->
                assertThat(overview.currentStep()).contains(live.escalation().current()));
    }

    @Test
    void the_online_backup_says_to_use_pg_dump_instead() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/backup"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("PostgreSQL").contains("pg_dump");
    }

    @Test
    void a_save_a_correction_and_a_retraction_show_in_the_api_and_the_history() {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("pg-saves")).id());
        ApiClient http = new ApiClient(port);
        long first = TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, TestData.TODAY.minusDays(3),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 40)))));
        long second = TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, TestData.TODAY.minusDays(2),
                Map.of("deaths", Figure.increment(Qualifier.EXACT, 5)))));
        TestData.asAdmin(() -> entries.record(TestData.step(monitorId, TestData.TODAY.minusDays(2), 2)));

        assertThat(http.get("/api/monitors/pg-saves/summary").body()).contains("\"low\":45");

        TestData.asAdmin(() -> {
            EntryDetails before = entries.find(second);
            entries.correct(second, before.version(), TestData.figures(monitorId, before.content().occurredOn(),
                    Map.of("deaths", Figure.increment(Qualifier.EXACT, 7))), "The wire raised its count");
            entries.retract(first, entries.find(first).version(), "Duplicate of another report");
            return null;
        });

        assertThat(http.get("/api/monitors/pg-saves/summary").body()).contains("\"low\":7")
                .doesNotContain("\"low\":45");
        TestData.asAdmin(() -> {
            assertThat(entries.history(second)).hasSize(2);
            assertThat(entries.search(new EntryFilter(monitorId, TestData.STRIKE, TestData.TODAY.minusDays(10),
                    TestData.TODAY, "strike"), 0, 10)).extracting(summary -> summary.id())
                    .containsExactlyInAnyOrder(first, second);
            assertThat(entries.count(EntryFilter.all(monitorId))).isEqualTo(3);
            assertThat(audit.count()).isGreaterThanOrEqualTo(0);
            assertThat(audit.failedSignIns()).isNotNull();
            return null;
        });
    }

    @Test
    void a_csv_import_adds_its_rows() {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("pg-import")).id());
        byte[] csv = """
                date,kind,headline,source_outlet,source_title,confidence,Deaths
                2025-11-03,STRIKE,Boat struck,Reuters,US strikes another boat,Confirmed,3 (this event)
                2025-11-04,CASUALTY_REPORT,Toll rises,AP,Death toll,Official claim,at least 83 (running total)
                """.getBytes(StandardCharsets.UTF_8);

        TestData.asAdmin(() -> imports.importFile(monitorId, "pg.csv", csv, done -> { }));

        assertThat(TestData.asAdmin(() -> imports.history(monitorId, 5))).hasSize(1);
        HttpResponse<String> summary = new ApiClient(port).get("/api/monitors/pg-import/summary");
        assertThat(summary.body()).contains("\"low\":83");
    }
}
