/**
 * The admins' monitor screens: the list of monitors, and the form that defines a monitor with its indicators and
 * escalation ladder. Every change goes through {@link com.riskdesk.monitor.MonitorService}, which checks it again.
 */
package com.riskdesk.monitor.ui;
