package com.riskdesk.dashboard;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The overview's reads ({@link OverviewSql}): one statement each, for every monitor at once, keyed by monitor id. */
@Component
class OverviewQueries {

    private final JdbcClient jdbc;

    OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each monitor's highest step reached by {@code knownAt}, named from its ladder ({@code stepNames} by monitor id). */
    Map<Long, EscalationPoint> highestSteps(Instant knownAt, Map<Long, List<String>> stepNames) {
        Map<Long, EscalationPoint> steps = new HashMap<>();
        jdbc.sql(OverviewSql.HIGHEST_STEPS).param("knownAt", Timestamp.from(knownAt))
                .query((ResultSet rs) -> {
                    long monitor = rs.getLong("monitor_id");
                    List<String> names = stepNames.get(monitor);
                    int level = rs.getInt("escalation_level");
                    if (names != null) {
                        steps.put(monitor, new EscalationPoint(level, names.get(level - 1),
                                DashboardQueries.citation(rs)));
                    }
                });
        return steps;
    }

    /** Each monitor's stated figure per indicator code on {@code today}; codes without a figure are absent. */
    Map<Long, Map<String, FigureValue>> latestFigures(LocalDate today) {
        Map<Long, Map<String, FigureValue>> figures = new HashMap<>();
        jdbc.sql(OverviewSql.LATEST_FIGURES).param("today", today)
                .query((ResultSet rs) -> {
                    figures.computeIfAbsent(rs.getLong("monitor_id"), monitor -> new HashMap<>())
                            .put(rs.getString("indicator_code"), DashboardQueries.total(rs));
                });
        return figures;
    }

    /** When each monitor's entries last changed up to {@code upTo}; monitors without entries are absent. */
    Map<Long, Instant> lastChanges(Instant upTo) {
        Map<Long, Instant> changes = new HashMap<>();
        jdbc.sql(OverviewSql.LAST_CHANGES).param("upTo", Timestamp.from(upTo))
                .query((ResultSet rs) -> {
                    changes.put(rs.getLong("monitor_id"), rs.getTimestamp("changed_at").toInstant());
                });
        return changes;
    }
}
