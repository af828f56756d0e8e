package com.riskdesk.entry;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-day rollups that the live dashboard reads: figures per indicator and day ({@code series_day}) and entries
 * per day ({@code entry_day}). Each change to an entry recomputes the days it touches, in the same transaction, from
 * the entries themselves, so the rollups are always what a full recomputation would give. {@link #DAY_TOTALS} is
 * the one definition of a day's figures, also used for snapshots read from the revision history.
 */
@Component
@Order(0)
public class DayRollup implements ApplicationRunner {

    /**
     * Per indicator code and day, the day's increments and its winning cumulative report (the strongest, then latest
     * recorded, report of the day). The one definition of a day's figures: it follows a CTE {@code fig} of the
     * figures that count ({@code code, on_day, basis, qualifier, v_low, v_high, id, recorded_at, confidence}), made
     * from the entry tables here and from the revision history for a snapshot (DashboardQueries).
     */
    public static final String DAY_TOTALS = """
            ranked as (
                select code, on_day, basis, qualifier, v_low, v_high,
                       row_number() over (partition by code, on_day, basis
                                          order by case confidence when 'CONFIRMED' then 4
                                                                   when 'MULTIPLE_SOURCES' then 3
                                                                   when 'SINGLE_SOURCE' then 2 else 1 end desc,
                                                   recorded_at desc, id desc) as pick
                from fig
            ),
            daily as (
                select code, on_day,
                       sum(case when basis = 'INCREMENT' then v_low else 0 end) as inc_low,
                       sum(case when basis = 'INCREMENT' then v_high else 0 end) as inc_high,
                       max(case when basis = 'INCREMENT' and qualifier = 'AT_LEAST' then 1 else 0 end) as inc_open,
                       max(case when basis = 'CUMULATIVE' and pick = 1 then v_low end) as base_low,
                       max(case when basis = 'CUMULATIVE' and pick = 1 then v_high end) as base_high,
                       max(case when basis = 'CUMULATIVE' and pick = 1 and qualifier = 'AT_LEAST' then 1 else 0 end)
                           as base_open
                from ranked group by code, on_day
            )
            """;

    /** The figures of the given days, from the entries that are not retracted, as {@link #DAY_TOTALS} sums them. */
    private static final String COUNT_FIGURES = """
            insert into series_day (monitor_id, indicator_code, on_day, inc_low, inc_high, inc_open,
                                    base_low, base_high, base_open)
            with fig as (
                select f.indicator_code as code, e.occurred_on as on_day, f.basis, f.qualifier,
                       f.value_low as v_low, coalesce(f.value_high, f.value_low) as v_high,
                       e.id, e.recorded_at, e.confidence
                from entry e join entry_figure f on f.entry_id = e.id
                where e.monitor_id = :monitor and e.retracted_at is null and e.occurred_on in (:days)
            ),
            """ + DAY_TOTALS + """
            select :monitor, code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open from daily
            """;

    private static final String COUNT_ENTRIES = """
            insert into entry_day (monitor_id, on_day, entries)
            select e.monitor_id, e.occurred_on, count(*) from entry e
            where e.monitor_id = :monitor and e.retracted_at is null and e.occurred_on in (:days)
            group by e.monitor_id, e.occurred_on
            """;

    /** Every day a monitor's rollups have or should have a row for. */
    private static final String ALL_DAYS = """
            select occurred_on from entry where monitor_id = :monitor
            union select on_day from series_day where monitor_id = :monitor
            union select on_day from entry_day where monitor_id = :monitor
            """;

    private final JdbcClient jdbc;

    DayRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the given days of a monitor. Called inside the transaction that changed them. */
    public void refresh(long monitorId, Collection<LocalDate> days) {
        lock(monitorId);
        recount(monitorId, days);
    }

    /** Recomputes a monitor's whole rollup (after a bulk load, or to repair). */
    @Transactional
    public void rebuild(long monitorId) {
        lock(monitorId);
        recount(monitorId, jdbc.sql(ALL_DAYS).param("monitor", monitorId).query(LocalDate.class).list());
    }

    /** Fills the rollups of monitors that have entries but no rollup rows (a database from before the rollups). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                select m.id from monitor m
                where exists (select 1 from entry e where e.monitor_id = m.id)
                  and (not exists (select 1 from series_day s where s.monitor_id = m.id)
                       or not exists (select 1 from entry_day d where d.monitor_id = m.id))
                """).query(Long.class).list().forEach(this::rebuild);
    }

    /**
     * One change to a monitor's rollups at a time: two editors saving entries of the same day would otherwise each
     * count the day without the other's uncommitted entry, and the second insert of the day's row would collide.
     * The lock is the monitor's row, held until the transaction ends; the second save waits, then counts both.
     */
    private void lock(long monitorId) {
        jdbc.sql("select id from monitor where id = :monitor for update").param("monitor", monitorId)
                .query(Long.class).optional();
    }

    private void recount(long monitorId, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbc.sql("delete from series_day where monitor_id = :monitor and on_day in (:days)")
                .param("monitor", monitorId).param("days", days).update();
        jdbc.sql(COUNT_FIGURES).param("monitor", monitorId).param("days", days).update();
        jdbc.sql("delete from entry_day where monitor_id = :monitor and on_day in (:days)")
                .param("monitor", monitorId).param("days", days).update();
        jdbc.sql(COUNT_ENTRIES).param("monitor", monitorId).param("days", days).update();
    }
}
