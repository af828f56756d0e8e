package com.riskdesk.entry;

/** A CUMULATIVE figure is a running total as of the entry's date; an INCREMENT is what that event adds. */
public enum Basis {
    CUMULATIVE, INCREMENT
}
