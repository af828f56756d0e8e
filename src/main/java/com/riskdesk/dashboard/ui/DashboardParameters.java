package com.riskdesk.dashboard.ui;

import com.riskdesk.dashboard.DashboardService;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/**
 * What a viewer has chosen on a dashboard, as carried in the URL. Anything malformed or unknown falls back to
 * the default, so a mangled link still opens a dashboard.
 */
record DashboardParameters(int periodDays) {

    static final String PERIOD = "period";
    /** The comparison periods offered, in days. */
    static final List<Integer> PERIODS = List.of(7, 30, 90, 365);
    static final DashboardParameters DEFAULT = new DashboardParameters(DashboardService.DEFAULT_PERIOD_DAYS);

    static DashboardParameters from(QueryParameters query) {
        return query.getSingleParameter(PERIOD)
                .map(DashboardParameters::parsePeriod)
                .map(DashboardParameters::new)
                .orElse(DEFAULT);
    }

    private static Integer parsePeriod(String value) {
        String days = value.endsWith("d") ? value.substring(0, value.length() - 1) : value;
        if (!days.matches("\\d{1,4}")) {
            return DEFAULT.periodDays;
        }
        int parsed = Integer.parseInt(days);
        return PERIODS.contains(parsed) ? parsed : DEFAULT.periodDays;
    }

    /** Only what differs from the default, so links stay short. */
    QueryParameters toQuery() {
        return equals(DEFAULT) ? QueryParameters.empty()
                : new QueryParameters(Map.of(PERIOD, List.of(periodDays + "d")));
    }

    static String describePeriod(int days) {
        return switch (days) {
            case 7 -> "7 days";
            case 365 -> "year";
            default -> days + " days";
        };
    }
}
