package com.riskdesk.dashboard;

import static com.riskdesk.TestData.TODAY;
import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Figure.increment;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static com.riskdesk.entry.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    TestClock clock;
    @Autowired
    DashboardQueries queries;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = monitors.create(TestData.monitor("test")).id();
    }

    @Test
    void a_lower_bound_report_stays_a_lower_bound() {
        record(LocalDate.of(2025, 11, 30), Map.of("deaths", cumulative(AT_LEAST, 83)));

        assertThat(tile("deaths").current().value().describe()).isEqualTo("at least 83");
    }

    @Test
    void increments_add_up_to_the_running_total() {
        record(LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 3), "boats_struck", increment(EXACT, 1)));
        record(LocalDate.of(2025, 10, 9), Map.of("deaths", increment(EXACT, 4), "boats_struck", increment(EXACT, 1)));

        assertThat(tile("deaths").current().value()).isEqualTo(FigureValue.exact(7));
        assertThat(tile("boats_struck").current().value()).isEqualTo(FigureValue.exact(2));
        assertThat(dashboard().series().get("deaths")).extracting(point -> point.value().low())
                .containsExactly(3, 7);
    }

    @Test
    void a_cumulative_report_restarts_the_total_and_later_increments_add_to_it() {
        record(LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 3)));
        record(LocalDate.of(2025, 10, 20), Map.of("deaths", cumulative(AT_LEAST, 40)));
        record(LocalDate.of(2025, 11, 2), Map.of("deaths", increment(EXACT, 2)));

        assertThat(tile("deaths").current().value().describe()).isEqualTo("at least 42");
    }

    @Test
    void an_increment_dated_before_a_cumulative_report_is_not_counted_twice() {
        record(LocalDate.of(2025, 10, 20), Map.of("deaths", cumulative(EXACT, 40)));
        record(LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 3)));

        assertThat(tile("deaths").current().value()).isEqualTo(FigureValue.exact(40));
    }

    @Test
    void the_strongest_report_of_a_day_is_the_headline_and_the_others_stay_one_click_away() {
        LocalDate day = LocalDate.of(2025, 12, 1);
        entries.record(withConfidence(TestData.figures(monitorId, day, Map.of("deaths", cumulative(EXACT, 90))),
                Confidence.SINGLE_SOURCE));
        entries.record(withConfidence(TestData.figures(monitorId, day, Map.of("deaths", cumulative(AT_LEAST, 83))),
                Confidence.OFFICIAL_CLAIM));
        entries.record(withConfidence(TestData.figures(monitorId, day, Map.of("deaths", cumulative(EXACT, 87))),
                Confidence.MULTIPLE_SOURCES));

        IndicatorTile deaths = tile("deaths");
        assertThat(deaths.current().value()).isEqualTo(FigureValue.exact(87));
        assertThat(deaths.sources()).extracting(source -> source.value().describe())
                .containsExactlyInAnyOrder("90", "at least 83", "87");
    }

    @Test
    void a_range_keeps_both_ends_and_increments_widen_it() {
        record(LocalDate.of(2025, 11, 1), Map.of("deaths", new Figure(Basis.CUMULATIVE, Qualifier.RANGE, 80, 85)));
        record(LocalDate.of(2025, 11, 3), Map.of("deaths", increment(EXACT, 2)));

        assertThat(tile("deaths").current().value().describe()).isEqualTo("82–87");
    }

    @Test
    void the_change_compares_with_the_figure_at_the_start_of_the_period() {
        record(TODAY.minusDays(40), Map.of("deaths", cumulative(EXACT, 50)));
        record(TODAY.minusDays(5), Map.of("deaths", increment(EXACT, 6)));

        IndicatorTile deaths = dashboards.dashboard("test", 30).orElseThrow().tiles().get(1);
        assertThat(deaths.previous().value().low()).isEqualTo(50);
        assertThat(deaths.change()).isEqualTo(6);
        IndicatorTile weekly = dashboards.dashboard("test", 7).orElseThrow().tiles().get(1);
        assertThat(weekly.change()).isEqualTo(6);
    }

    @Test
    void there_is_no_change_to_report_when_nothing_was_known_before_the_period() {
        record(TODAY.minusDays(3), Map.of("deaths", cumulative(EXACT, 5)));

        assertThat(tile("deaths").change()).isNull();
    }

    @Test
    void the_current_escalation_step_is_the_highest_reached_with_the_date_first_reported() {
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 10, 5), 1));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 5), 3));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 12, 5), 3));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 12, 20), 2));

        EscalationTile escalation = dashboard().escalation();
        assertThat(escalation.current().level()).isEqualTo(3);
        assertThat(escalation.current().stepName()).isEqualTo("High");
        assertThat(escalation.current().citation().occurredOn()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(escalation.ladderSize()).isEqualTo(3);
        assertThat(escalation.previousLevel()).isEqualTo(3);
    }

    @Test
    void days_since_the_last_strike_is_a_lower_bound_when_the_strike_is_dated_on_or_before() {
        entries.record(new NewEntry(monitorId, com.riskdesk.entry.EntryKind.valueOf("STRIKE"), TODAY.minusDays(10),
                DatePrecision.ON_OR_BEFORE, null, "Strikes so far", TestData.SOURCE, Confidence.OFFICIAL_CLAIM,
                null, Map.of()));

        RecencyTile lastStrike = dashboard().recency();
        assertThat(lastStrike.days()).isEqualTo(10);
        assertThat(lastStrike.isLowerBound()).isTrue();
    }

    @Test
    void an_empty_monitor_has_no_figures_no_step_and_no_strike() {
        Dashboard dashboard = dashboard();

        assertThat(dashboard.tiles()).hasSize(3).noneMatch(IndicatorTile::hasFigure);
        assertThat(dashboard.escalation().reachedAny()).isFalse();
        assertThat(dashboard.recency().hasEvent()).isFalse();
        assertThat(dashboard.entryCount()).isZero();
    }

    @Test
    void entries_come_newest_first_with_their_figures_and_sources() {
        record(LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 3)));
        record(LocalDate.of(2025, 12, 2), Map.of("deaths", cumulative(AT_LEAST, 30)));

        List<EntryLine> lines = dashboards.entries(monitorId, 0, 10);
        assertThat(lines).extracting(EntryLine::occurredOn)
                .containsExactly(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 10, 2));
        assertThat(lines.getFirst().figures()).singleElement()
                .satisfies(figure -> assertThat(figure.value().describe()).isEqualTo("at least 30"));
        assertThat(lines.getFirst().source()).isEqualTo(TestData.SOURCE);
        assertThat(dashboards.entries(monitorId, 1, 10)).hasSize(1);
    }

    @Test
    void an_unknown_slug_has_no_dashboard() {
        assertThat(dashboards.dashboard("nowhere", 30)).isEmpty();
        assertThat(dashboards.dashboard("../../etc", 30)).isEmpty();
    }

    @Test
    void the_start_page_lists_monitors_with_their_current_step() {
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 10, 5), 2));

        assertThat(dashboards.overviews()).singleElement().satisfies(overview -> {
            assertThat(overview.monitor().slug()).isEqualTo("test");
            assertThat(overview.currentStep()).hasValueSatisfying(step -> assertThat(step.level()).isEqualTo(2));
        });
    }

    @Test
    void a_snapshot_shows_the_figures_as_known_then_whatever_was_recorded_corrected_or_retracted_later() {
        long first = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", cumulative(AT_LEAST, 40))));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 2), 1));
        Instant pinned = clock.instant();
        clock.advance(Duration.ofHours(2));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 9), Map.of("deaths", increment(EXACT, 5))));
        entries.record(TestData.step(monitorId, LocalDate.of(2025, 11, 9), 3));
        EntryDetails opened = entries.find(first);
        entries.correct(first, opened.version(), withFigures(opened.content(), Map.of("deaths", cumulative(EXACT, 44))),
                "Official count revised");
        clock.advance(Duration.ofHours(1));
        entries.retract(first, entries.find(first).version(), "Wrong source");

        Dashboard then = dashboards.dashboard("test", 30, pinned).orElseThrow();
        Dashboard now = dashboards.dashboard("test", 30, null).orElseThrow();

        assertThat(then.snapshot()).isTrue();
        assertThat(then.tiles().get(1).current().value().describe()).isEqualTo("at least 40");
        assertThat(then.escalation().current().level()).isEqualTo(1);
        assertThat(then.entryCount()).isEqualTo(2);
        assertThat(dashboards.entries(monitorId, pinned, 0, 10)).extracting(EntryLine::headline)
                .containsExactlyInAnyOrder("Strike on 2025-11-02", "Step 1 reached");
        assertThat(now.tiles().get(1).current().value().describe()).isEqualTo("5");
        assertThat(now.escalation().current().level()).isEqualTo(3);
    }

    @Test
    void the_live_day_rollup_always_equals_a_full_recomputation_from_the_history() {
        long first = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", cumulative(AT_LEAST, 40), "boats_struck", increment(EXACT, 2))));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of("deaths", increment(EXACT, 3))));
        long moved = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 9),
                Map.of("deaths", new Figure(Basis.CUMULATIVE, Qualifier.RANGE, 50, 55))));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 20), Map.of("boats_struck", increment(AT_LEAST, 1))));
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 21), Map.of()));
        EntryDetails toMove = entries.find(moved);
        entries.correct(moved, toMove.version(), new NewEntry(monitorId, toMove.content().kind(), LocalDate.of(2025, 11, 12),
                toMove.content().datePrecision(), null, "Moved", toMove.content().source(), toMove.content().confidence(),
                null, toMove.content().figures()), "Date corrected");
        entries.retract(first, entries.find(first).version(), "Duplicate");

        Dashboard live = dashboards.dashboard("test", 30, null).orElseThrow();
        Dashboard recomputed = dashboards.dashboard("test", 30, clock.instant()).orElseThrow();

        assertThat(live.snapshot()).isFalse();
        assertThat(live.series()).isEqualTo(recomputed.series()).isNotEmpty();
        assertThat(live.entryCount()).isEqualTo(recomputed.entryCount()).isEqualTo(4);
        assertThat(live.tiles()).extracting(IndicatorTile::sources)
                .isEqualTo(recomputed.tiles().stream().map(IndicatorTile::sources).toList());
    }

    @Test
    void a_tiles_sources_are_its_newest_figures_however_many_entries_without_figures_lie_between() {
        record(LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 1)));
        record(LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 2)));
        record(LocalDate.of(2025, 10, 5), Map.of("deaths", increment(EXACT, 3)));
        record(LocalDate.of(2025, 10, 6), Map.of("boats_struck", increment(EXACT, 1)));
        for (int day = 1; day <= 20; day++) {
            record(LocalDate.of(2025, 11, day), Map.of());
        }
        record(LocalDate.of(2025, 11, 25), Map.of("deaths", increment(EXACT, 4)));

        List<SourcedFigure> live = queries.sources(monitorId, "deaths", ReadPoint.live(clock.instant()), 3);
        List<SourcedFigure> recomputed = queries.sources(monitorId, "deaths", ReadPoint.asKnownAt(clock.instant()), 3);

        assertThat(live).extracting(source -> source.value().low()).containsExactlyInAnyOrder(4, 3, 2);
        assertThat(live).containsExactlyInAnyOrderElementsOf(recomputed);
        assertThat(queries.sources(monitorId, "strikes", ReadPoint.live(clock.instant()), 3)).isEmpty();
    }

    @Test
    void entries_and_their_count_can_be_limited_to_the_days_a_viewer_chose() {
        record(LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 1)));
        record(LocalDate.of(2025, 10, 15), Map.of("deaths", increment(EXACT, 2)));
        long retracted = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 20), Map.of()));
        entries.retract(retracted, entries.find(retracted).version(), "Duplicate");
        record(LocalDate.of(2025, 10, 31), Map.of("deaths", increment(EXACT, 3)));
        record(LocalDate.of(2025, 11, 5), Map.of("deaths", increment(EXACT, 4)));
        DateRange october = new DateRange(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 31));

        assertThat(dashboards.entries(monitorId, null, october, 0, 10)).extracting(EntryLine::headline)
                .containsExactly("Strike on 2025-10-31", "Strike on 2025-10-15");
        assertThat(dashboards.entryCount(monitorId, null, october)).isEqualTo(2);
        assertThat(dashboards.entryCount(monitorId, clock.instant(), october)).isEqualTo(2);
        assertThat(dashboards.entryCount(monitorId, null, new DateRange(LocalDate.of(2025, 11, 1), null))).isEqualTo(1);
        assertThat(dashboards.entryCount(monitorId, null, DateRange.ALL)).isEqualTo(4);
    }

    @Test
    void a_single_entry_is_found_only_in_its_own_monitor_and_as_it_stood_at_the_moment_asked() {
        long id = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 10, 2), Map.of("deaths", increment(EXACT, 1))));
        Instant before = clock.instant();
        clock.advance(Duration.ofHours(1));
        EntryDetails original = entries.find(id);
        entries.correct(id, original.version(), new NewEntry(monitorId, original.content().kind(),
                original.content().occurredOn(), original.content().datePrecision(), null, "Corrected headline",
                original.content().source(), original.content().confidence(), null, original.content().figures()),
                "Typo");
        long otherMonitor = monitors.create(TestData.monitor("other")).id();

        assertThat(dashboards.entry(monitorId, id, null)).map(EntryLine::headline).contains("Corrected headline");
        assertThat(dashboards.entry(monitorId, id, before)).map(EntryLine::headline).contains("Strike on 2025-10-02");
        assertThat(dashboards.entry(otherMonitor, id, null)).isEmpty();
        assertThat(dashboards.entry(monitorId, id + 1000, null)).isEmpty();
        clock.advance(Duration.ofHours(1));
        entries.retract(id, entries.find(id).version(), "Wrong monitor");
        assertThat(dashboards.entry(monitorId, id, null)).isEmpty();
    }

    @Test
    void a_snapshot_in_the_future_is_refused() {
        assertThatThrownBy(() -> dashboards.dashboard("test", 30, clock.instant().plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static NewEntry withFigures(NewEntry entry, Map<String, Figure> figures) {
        return new NewEntry(entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                entry.escalationLevel(), entry.headline(), entry.source(), entry.confidence(), entry.notes(), figures);
    }

    private void record(LocalDate day, Map<String, Figure> figures) {
        entries.record(TestData.figures(monitorId, day, figures));
    }

    private Dashboard dashboard() {
        return dashboards.dashboard("test", DashboardService.DEFAULT_PERIOD_DAYS).orElseThrow();
    }

    private IndicatorTile tile(String code) {
        return dashboard().tiles().stream().filter(tile -> tile.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static NewEntry withConfidence(NewEntry entry, Confidence confidence) {
        return new NewEntry(entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                entry.escalationLevel(), entry.headline(), entry.source(), confidence, entry.notes(), entry.figures());
    }
}
