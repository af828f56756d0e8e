package com.riskdesk.assessment;

import java.time.LocalDate;

/** The content columns a judgement and each of its revisions store (sources are kept beside them). */
record JudgementContent(LocalDate periodFrom, LocalDate periodTo, Trend trend, boolean alert, String alertText,
                        String narrative) {

    static JudgementContent of(NewJudgement judgement) {
        return new JudgementContent(judgement.period().from(), judgement.period().to(), judgement.trend(),
                judgement.alert(), judgement.alertText(), judgement.narrative());
    }

    NewJudgement with(long monitorId, java.util.List<JudgementSource> sources) {
        return new NewJudgement(monitorId, new JudgementPeriod(periodFrom, periodTo), trend, alert, alertText,
                narrative, sources);
    }
}
