package com.riskdesk.assessment;

import java.util.List;

/**
 * What staff give for a trend judgement: the monitor, the period, the trend, an optional risk alert (flag and short
 * text), a short narrative and at least one source. {@link JudgementRules} says what it must meet.
 */
public record NewJudgement(long monitorId, JudgementPeriod period, Trend trend, boolean alert, String alertText,
                           String narrative, List<JudgementSource> sources) {

    public static final int ALERT_MAX = 300;
    public static final int NARRATIVE_MAX = 2000;

    public NewJudgement {
        sources = sources == null ? List.of() : List.copyOf(sources);
        alertText = alert ? strip(alertText) : null;
        narrative = strip(narrative);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
