package com.riskdesk.entry;

/** Whether a figure is exact, a lower bound ("at least") or a range. */
public enum Qualifier {
    EXACT, AT_LEAST, RANGE
}
