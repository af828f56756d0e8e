package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
import java.time.Instant;
import java.util.List;

/** One step in a judgement's history: what was done, by whom, when, why, and what changed ("Trend: A → B"). */
public record JudgementChange(long judgementId, int number, JudgementAction action, Instant changedAt,
                              String changedBy, String reason, List<Message> changes) {
}
