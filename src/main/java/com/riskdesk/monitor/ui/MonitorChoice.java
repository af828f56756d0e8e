package com.riskdesk.monitor.ui;

import com.riskdesk.monitor.MonitorDetails;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

/** Which monitor a staff screen shows: the one its address names ({@code ?monitor=slug}), else the first. */
public final class MonitorChoice {

    private MonitorChoice() {
    }

    /** {@code null} only when there is no monitor at all. */
    public static MonitorDetails from(QueryParameters address, List<MonitorDetails> all) {
        String slug = address.getSingleParameter("monitor").orElse(null);
        return all.stream().filter(candidate -> candidate.slug().equals(slug)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
    }
}
