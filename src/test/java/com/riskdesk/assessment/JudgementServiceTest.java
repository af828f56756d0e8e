package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.monitor.MonitorService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = "EDITOR")
class JudgementServiceTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2025, 11);

    @Autowired
    JudgementService judgements;
    @Autowired
    MonitorService monitors;
    @Autowired
    TestClock clock;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("sahel")).id());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_recorded_judgement_is_published_with_its_period_trend_and_sources() {
        long id = judgements.record(TestData.judgement(monitorId, NOVEMBER, Trend.DETERIORATED));

        PublishedJudgement published = judgements.latest(monitorId, null).orElseThrow();
        assertThat(published.id()).isEqualTo(id);
        assertThat(published.period().describe()).isEqualTo("November 2025");
        assertThat(published.trend()).isEqualTo(Trend.DETERIORATED);
        assertThat(published.sources()).extracting(JudgementSource::url).containsExactly("https://example.org/judgement");
        assertThat(published.recordedAt()).isEqualTo(TestData.NOW);
        assertThat(published.corrected()).isFalse();
    }

    @Test
    void every_problem_is_reported_at_its_field_and_nothing_is_stored() {
        NewJudgement empty = new NewJudgement(monitorId, new JudgementPeriod(LocalDate.of(2025, 11, 20),
                LocalDate.of(2025, 11, 3)), null, true, " ", "", List.of());

        assertThatThrownBy(() -> judgements.record(empty))
                .isInstanceOfSatisfying(InvalidJudgementException.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys(JudgementRules.PERIOD, JudgementRules.TREND, JudgementRules.ALERT,
                                JudgementRules.NARRATIVE, JudgementRules.SOURCES)
                        .containsEntry(JudgementRules.PERIOD, Message.of("judgement.problem.period-reversed")));
        assertThat(judgements.list(monitorId)).isEmpty();
    }

    @Test
    void a_source_needs_a_web_address() {
        NewJudgement judgement = new NewJudgement(monitorId, JudgementPeriod.month(NOVEMBER), Trend.IMPROVED, false,
                null, "Calmer.", List.of(new JudgementSource("Briefing", "ftp://example.org/x")));

        assertThat(judgements.check(judgement))
                .containsExactly(Map.entry(JudgementRules.sourceUrl(0), Message.of("entry.problem.url")));
    }

    @Test
    void a_period_beginning_in_the_future_is_refused() {
        assertThat(judgements.check(TestData.judgement(monitorId, YearMonth.from(TestData.TODAY).plusMonths(1),
                Trend.UNCHANGED))).containsKey(JudgementRules.PERIOD);
    }

    @Test
    void a_correction_needs_a_reason_and_is_kept_in_history_with_what_changed() {
        long id = judgements.record(TestData.judgement(monitorId, NOVEMBER, Trend.UNCHANGED));
        NewJudgement corrected = TestData.judgement(monitorId, NOVEMBER, Trend.DETERIORATED);

        assertThatThrownBy(() -> judgements.correct(id, 0, corrected, " "))
                .isInstanceOfSatisfying(InvalidJudgementException.class,
                        refused -> assertThat(refused.problems()).containsKey(JudgementRules.REASON));
        clock.advance(Duration.ofHours(1));
        judgements.correct(id, 0, corrected, "Airspace closure confirmed");

        assertThat(judgements.history(id)).satisfiesExactly(
                first -> assertThat(first.action()).isEqualTo(JudgementAction.RECORDED),
                second -> {
                    assertThat(second.action()).isEqualTo(JudgementAction.CORRECTED);
                    assertThat(second.changedBy()).isEqualTo("editor");
                    assertThat(second.reason()).isEqualTo("Airspace closure confirmed");
                    assertThat(second.changes()).extracting(Translations::inEnglish)
                            .contains("Trend: Unchanged → Deteriorated");
                    assertThat(second.changes()).extracting(change -> new Translations().text(Languages.SPANISH, change))
                            .contains("Tendencia: Sin cambios → Empeoró");
                });
        PublishedJudgement published = judgements.latest(monitorId, null).orElseThrow();
        assertThat(published.trend()).isEqualTo(Trend.DETERIORATED);
        assertThat(published.correctionReason()).isEqualTo("Airspace closure confirmed");
        assertThat(published.recordedAt()).isEqualTo(TestData.NOW);
    }

    @Test
    void a_snapshot_shows_the_judgement_as_it_was_before_a_later_correction_and_retraction() {
        long id = judgements.record(TestData.judgement(monitorId, NOVEMBER, Trend.UNCHANGED));
        Instant beforeCorrection = clock.instant();
        clock.advance(Duration.ofHours(1));
        judgements.correct(id, 0, TestData.judgement(monitorId, NOVEMBER, Trend.DETERIORATED), "New reports");
        Instant beforeRetraction = clock.instant();
        clock.advance(Duration.ofHours(1));
        judgements.retract(id, 1, "Entered for the wrong monitor");

        assertThat(judgements.published(monitorId, null)).isEmpty();
        assertThat(judgements.latest(monitorId, beforeCorrection)).map(PublishedJudgement::trend)
                .contains(Trend.UNCHANGED);
        assertThat(judgements.latest(monitorId, beforeRetraction)).map(PublishedJudgement::trend)
                .contains(Trend.DETERIORATED);
        assertThat(judgements.find(id).status()).isEqualTo("Retracted");
        assertThat(judgements.lastChange(monitorId, null)).contains(clock.instant());
    }

    @Test
    void an_out_of_date_version_is_refused_without_overwriting() {
        long id = judgements.record(TestData.judgement(monitorId, NOVEMBER, Trend.UNCHANGED));
        judgements.correct(id, 0, TestData.judgement(monitorId, NOVEMBER, Trend.IMPROVED), "First look");

        assertThatThrownBy(() -> judgements.correct(id, 0,
                TestData.judgement(monitorId, NOVEMBER, Trend.DETERIORATED), "Second look"))
                .isInstanceOf(JudgementConflictException.class);
        assertThat(judgements.find(id).content().trend()).isEqualTo(Trend.IMPROVED);
    }

    @Test
    void the_latest_period_comes_first() {
        judgements.record(TestData.judgement(monitorId, NOVEMBER, Trend.DETERIORATED));
        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 12), Trend.IMPROVED));
        judgements.record(TestData.judgement(monitorId, YearMonth.of(2025, 10), Trend.UNCHANGED));

        assertThat(judgements.published(monitorId, null)).extracting(j -> j.period().describe())
                .containsExactly("December 2025", "November 2025", "October 2025");
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_cannot_record_a_judgement() {
        assertThatThrownBy(() -> judgements.record(TestData.judgement(monitorId, NOVEMBER, Trend.IMPROVED)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
