package com.riskdesk.monitor;

/** Published when an admin changed a monitor's definition (names, indicators, ladder); heard once committed. */
public record MonitorChanged(long monitorId) {
}
