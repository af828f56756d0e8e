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
 * the entries themselves, so the rollups are always what a full recomputation would give. {@link #DAILY} is the one
 * definition of a day's figures, also used for snapshots read from the revision history.
 */
@Component
@Order(0)
public class DayRollup implements ApplicationRunner {

    /** Confidence as a number, strongest highest, to choose between reports of the same day. */
    private static final String STRENGTH = """
            case e.confidence when 'CONFIRMED' then 4 when 'MULTIPLE_SOURCES' then 3
                              when 'SINGLE_SOURCE' then 2 else 1 end""";

    /**
     * A CTE body giving, per indicator code and day, the day's increments and its winning running total. Tokens:
     * {entries}, {figures}, {visible} (which entries count) and {days} (an extra day filter or nothing).
     */
    public static final String DAILY = """
            fig as (
                select f.indicator_code as code, e.occurred_on as on_day, f.basis, f.qualifier,
                       f.value_low as v_low, coalesce(f.value_high, f.value_low) as v_high,
                       e.id, e.recorded_at, %s as strength
                from {entries} e {figures}
                where e.monitor_id = :monitor and {visible} {days}
            ),
            ranked as (
                select code, on_day, basis, qualifier, v_low, v_high,
                       row_number() over (partition by code, on_day, basis
                                          order by strength desc, recorded_at desc, id desc) as pick
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
            )""".formatted(STRENGTH);

    private static final String INSERT = """
            insert into series_day (monitor_id, indicator_code, on_day, inc_low, inc_high, inc_open,
                                    base_low, base_high, base_open)
            with %s
            select :monitor, code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open from daily
            """;

    private static final String COUNT_ENTRIES = """
            insert into entry_day (monitor_id, on_day, entries)
            select e.monitor_id, e.occurred_on, count(*) from entry e
            where e.monitor_id = :monitor and e.retracted_at is null {days}
            group by e.monitor_id, e.occurred_on
            """;

    private final JdbcClient jdbc;

    DayRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the given days of a monitor. Called inside the transaction that changed them. */
    public void refresh(long monitorId, Collection<LocalDate> days) {
        lock(monitorId);
        jdbc.sql("delete from series_day where monitor_id = :monitor and on_day in (:days)")
                .param("monitor", monitorId).param("days", days).update();
        jdbc.sql(INSERT.formatted(live(DAILY, "and e.occurred_on in (:days)")))
                .param("monitor", monitorId).param("days", days).update();
        jdbc.sql("delete from entry_day where monitor_id = :monitor and on_day in (:days)")
                .param("monitor", monitorId).param("days", days).update();
        jdbc.sql(COUNT_ENTRIES.replace("{days}", "and e.occurred_on in (:days)"))
                .param("monitor", monitorId).param("days", days).update();
    }

    /** Recomputes a monitor's whole rollup (after a bulk load, or to repair). */
    @Transactional
    public void rebuild(long monitorId) {
        lock(monitorId);
        jdbc.sql("delete from series_day where monitor_id = :monitor").param("monitor", monitorId).update();
        jdbc.sql(INSERT.formatted(live(DAILY, ""))).param("monitor", monitorId).update();
        jdbc.sql("delete from entry_day where monitor_id = :monitor").param("monitor", monitorId).update();
        jdbc.sql(COUNT_ENTRIES.replace("{days}", "")).param("monitor", monitorId).update();
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

    private static String live(String template, String days) {
        return template.replace("{entries}", "entry")
                .replace("{figures}", "join entry_figure f on f.entry_id = e.id")
                .replace("{visible}", "e.retracted_at is null")
                .replace("{days}", days);
    }
}
