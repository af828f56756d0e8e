package com.riskdesk.dashboard;

import java.time.LocalDate;

/** The running total of one indicator at the end of a day on which something about it was recorded. */
public record SeriesPoint(LocalDate day, FigureValue value) {
}
