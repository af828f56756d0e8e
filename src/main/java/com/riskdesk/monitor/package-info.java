/**
 * Monitors: the regions or situations followed, each with its indicators and escalation ladder.
 * {@link com.riskdesk.monitor.MonitorService} is the feature's API; the aggregate and repository stay inside.
 */
package com.riskdesk.monitor;
