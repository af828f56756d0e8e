package com.riskdesk.dashboard;

import com.riskdesk.entry.RevisionAction;

/**
 * A monitor's dashboard changed and {@link SharedDashboards} already answers with the new state: published once per
 * committed change, for whatever shows dashboards live.
 *
 * @param action what happened to an entry, or null when the monitor's definition changed
 */
public record DashboardChanged(long monitorId, RevisionAction action) {
}
