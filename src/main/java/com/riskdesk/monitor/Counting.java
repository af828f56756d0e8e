package com.riskdesk.monitor;

/** How an indicator adds up: a running total that reports replace, or a count of events that each report adds to. */
public enum Counting {
    RUNNING_TOTAL,
    EVENTS
}
