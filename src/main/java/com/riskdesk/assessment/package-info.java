/**
 * Trend judgements: staff's reading, per monitor and period, of whether the situation deteriorated, improved or stayed
 * unchanged, with an optional risk alert, a narrative and sources, kept with history. {@link JudgementService} is the API.
 */
package com.riskdesk.assessment;
