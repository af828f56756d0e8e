package com.riskdesk.assessment;

import java.time.Instant;

/**
 * A judgement as staff edit it: its content now, who recorded it and when, whether it is retracted (and why), and
 * the {@code version} to hand back to {@link JudgementService#correct} or {@link JudgementService#retract}.
 */
public record JudgementDetails(long id, int version, NewJudgement content, Instant recordedAt, String recordedBy,
                               boolean retracted, String retractionReason) {

    /** "Published", "Corrected" or "Retracted". */
    public String status() {
        if (retracted) {
            return "Retracted";
        }
        return version > 0 ? "Corrected" : "Published";
    }

    static JudgementDetails of(TrendJudgement judgement) {
        return new JudgementDetails(judgement.id(), judgement.version() == null ? 0 : judgement.version(),
                judgement.judgement(), judgement.recordedAt(), judgement.recordedBy(), judgement.isRetracted(),
                judgement.retractionReason());
    }
}
