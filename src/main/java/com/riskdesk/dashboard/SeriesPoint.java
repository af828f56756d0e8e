package com.riskdesk.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The running total of one indicator at the end of a day on which something about it was recorded. */
public record SeriesPoint(LocalDate day, FigureValue value) {

    /** The last point of a series (oldest first) on or before {@code day}; null when there is none. */
    public static SeriesPoint lastOnOrBefore(List<SeriesPoint> points, LocalDate day) {
        SeriesPoint last = null;
        for (SeriesPoint point : points) {
            if (point.day().isAfter(day)) {
                break;
            }
            last = point;
        }
        return last;
    }
}
