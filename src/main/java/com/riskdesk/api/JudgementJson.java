package com.riskdesk.api;

import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.dashboard.DashboardWords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trend judgement in the API: the period (first and last day, and whether it is a calendar month), the trend, the
 * risk alert, the narrative, the sources, when it was recorded and last changed, and a correction's reason.
 */
record JudgementJson(long id, Period period, TrendRef trend, boolean alert, String alertText, String narrative,
                     List<JudgementSource> sources, Instant recordedAt, Instant changedAt, int revision,
                     boolean corrected, String correctionReason) {

    static JudgementJson of(PublishedJudgement judgement, DashboardWords words) {
        return judgement == null ? null
                : new JudgementJson(judgement.id(),
                        new Period(judgement.period().from(), judgement.period().to(), judgement.period().isMonth(),
                                words.period(judgement.period())),
                        TrendRef.of(judgement.trend(), words), judgement.alert(), judgement.alertText(),
                        judgement.narrative(), judgement.sources(), judgement.recordedAt(), judgement.changedAt(),
                        judgement.revision(), judgement.corrected(), judgement.correctionReason());
    }

    record Period(LocalDate from, LocalDate to, boolean month, String text) {
    }

    /** {@code code} is "deteriorated", "improved" or "unchanged". */
    record TrendRef(String code, String label) {

        static TrendRef of(Trend trend, DashboardWords words) {
            return new TrendRef(trend.code(), words.text("label.trend." + trend.name()));
        }
    }
}
