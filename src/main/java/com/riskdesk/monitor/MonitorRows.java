package com.riskdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every monitor with its indicators, ladder and kinds in four statements, however many monitors there are (loading
 * them through the repository reads each monitor's three lists with a statement of their own). The same
 * {@link Monitor} the repository maps, from the same tables; MonitorServiceTest checks both read a monitor alike.
 */
@Component
class MonitorRows {

    private static final String MONITORS = """
            select id, slug, name, summary, start_date, region, recency_kind, map_region, tile_order, version
            from monitor
            order by name
            """;

    private static final String INDICATORS = """
            select monitor_id, code, name, unit, description, counting, hidden from indicator
            order by monitor_id, position
            """;

    private static final String LADDERS = """
            select monitor_id, name, meaning from escalation_step
            order by monitor_id, position
            """;

    private static final String KINDS = """
            select monitor_id, code, label, hidden from entry_kind
            order by monitor_id, position
            """;

    private final JdbcClient jdbc;

    MonitorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every monitor, by name. */
    List<Monitor> all() {
        Map<Long, List<Indicator>> indicators = byMonitor(INDICATORS, rs -> new Indicator(rs.getString("code"),
                rs.getString("name"), rs.getString("unit"), rs.getString("description"),
                Counting.valueOf(rs.getString("counting")), rs.getBoolean("hidden")));
        Map<Long, List<EscalationStep>> ladders = byMonitor(LADDERS,
                rs -> new EscalationStep(rs.getString("name"), rs.getString("meaning")));
        Map<Long, List<EntryKindDefinition>> kinds = byMonitor(KINDS,
                rs -> new EntryKindDefinition(rs.getString("code"), rs.getString("label"), rs.getBoolean("hidden")));
        return jdbc.sql(MONITORS).query((rs, row) -> {
            long id = rs.getLong("id");
            return new Monitor(id, rs.getString("slug"), rs.getString("name"), rs.getString("summary"),
                    rs.getObject("start_date", LocalDate.class), rs.getString("region"),
                    indicators.getOrDefault(id, List.of()), ladders.getOrDefault(id, List.of()),
                    kinds.getOrDefault(id, List.of()), rs.getString("recency_kind"), rs.getString("map_region"),
                    rs.getString("tile_order"), rs.getInt("version"));
        }).list();
    }

    private <T> Map<Long, List<T>> byMonitor(String sql, Row<T> row) {
        Map<Long, List<T>> rows = new HashMap<>();
        jdbc.sql(sql).query((ResultSet rs) -> {
            rows.computeIfAbsent(rs.getLong("monitor_id"), id -> new ArrayList<>()).add(row.map(rs));
        });
        return rows;
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
