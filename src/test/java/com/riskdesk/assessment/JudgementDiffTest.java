package com.riskdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A judgement's correction lines read in English as they always did and in Spanish with typed text as typed. */
class JudgementDiffTest {

    private static final Translations TRANSLATIONS = new Translations();

    @Test
    void a_corrected_period_trend_and_alert_read_in_each_language() {
        NewJudgement before = TestData.judgement(1, YearMonth.of(2025, 11), Trend.UNCHANGED);
        NewJudgement after = new NewJudgement(1, new JudgementPeriod(LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 11, 20)), Trend.DETERIORATED, true, "Airspace closed", before.narrative(),
                before.sources());

        assertThat(JudgementDiff.between(before, after)).extracting(Translations::inEnglish).containsExactly(
                "Period: November 2025 → 3 Nov 2025 – 20 Nov 2025",
                "Trend: Unchanged → Deteriorated",
                "Risk alert: (none) → Airspace closed");
        List<String> spanish = JudgementDiff.between(before, after).stream()
                .map(change -> TRANSLATIONS.text(Languages.SPANISH, change)).toList();
        assertThat(spanish).containsExactly(
                "Periodo: noviembre de 2025 → 3 nov 2025 – 20 nov 2025",
                "Tendencia: Sin cambios → Empeoró",
                "Alerta de riesgo: (nada) → Airspace closed");
    }
}
