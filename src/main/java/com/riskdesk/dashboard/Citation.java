package com.riskdesk.dashboard;

import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.Source;
import java.time.LocalDate;

/** The entry a figure rests on: when it happened, what it says, how sure it is and where it comes from. */
public record Citation(long entryId, LocalDate occurredOn, DatePrecision precision, String headline,
                       Confidence confidence, Source source) {

    public String describeDate() {
        return precision.describe(occurredOn);
    }
}
