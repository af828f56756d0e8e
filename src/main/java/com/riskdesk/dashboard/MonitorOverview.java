package com.riskdesk.dashboard;

import com.riskdesk.monitor.MonitorDetails;
import java.util.Optional;

/** A monitor on the start page, with the highest escalation step it has reached, if any. */
public record MonitorOverview(MonitorDetails monitor, Optional<EscalationPoint> currentStep) {
}
