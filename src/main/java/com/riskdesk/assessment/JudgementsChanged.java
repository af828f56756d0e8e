package com.riskdesk.assessment;

/** A monitor's trend judgements changed (recorded, corrected or retracted); published inside the writing transaction. */
public record JudgementsChanged(long monitorId, JudgementAction action) {
}
