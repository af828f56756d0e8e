package com.riskdesk.dashboard;

/** The first recorded entry marking a step of the ladder (level counts from 1). */
public record EscalationPoint(int level, String stepName, Citation citation) {
}
