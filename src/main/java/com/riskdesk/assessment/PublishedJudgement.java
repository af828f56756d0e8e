package com.riskdesk.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A trend judgement as the public reads it at one moment: its latest revision by then (retracted ones are left out),
 * when it was first recorded and last changed, and the reason of its latest correction, if any.
 */
public record PublishedJudgement(long id, long monitorId, JudgementPeriod period, Trend trend, boolean alert,
                                 String alertText, String narrative, List<JudgementSource> sources,
                                 Instant recordedAt, Instant changedAt, int revision, String correctionReason) {

    public PublishedJudgement {
        sources = List.copyOf(sources);
    }

    public boolean corrected() {
        return revision > 1;
    }
}
