package com.riskdesk.dashboard;

/**
 * The overview's queries: each reads every monitor at once, so the overview runs the same few statements however many
 * monitors there are. Live only (the overview has no {@code asOf}); each sees what the dashboards' live queries
 * ({@link LiveSql}) see, and gives per monitor what a dashboard's own reading gives for it.
 */
final class OverviewSql {

    /**
     * Per monitor, the highest step reached and the first entry that marked it: the dashboard's current step, which
     * is the highest of the first entries marking each step ({@link LiveSql#ESCALATION}).
     */
    static final String HIGHEST_STEPS = """
            select * from (
                select e.monitor_id, e.escalation_level, e.id, e.occurred_on, e.date_precision, e.headline,
                       e.confidence, e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                       row_number() over (partition by e.monitor_id
                                          order by e.escalation_level desc, e.occurred_on, e.id) as pick
                from entry e
                where e.escalation_level >= -2147483648
                  and e.retracted_at is null and e.recorded_at <= :knownAt
            ) highest
            where pick = 1
            """;

    /**
     * Per monitor and indicator code, the running total on the last day up to {@code :today} that has a figure: what
     * the indicator's tile states. The same sums as {@link AsKnownAtSql#RUNNING_TOTALS}, over the rollup's day rows
     * of every monitor, so partitioned by monitor as well as by code.
     */
    static final String LATEST_FIGURES = """
            with marked as (
                select monitor_id, indicator_code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open,
                       count(base_low) over (partition by monitor_id, indicator_code order by on_day) as run
                from series_day
                where on_day <= :today
            ),
            totals as (
                select monitor_id, indicator_code,
                       coalesce(max(base_low) over (partition by monitor_id, indicator_code, run), 0)
                         + sum(case when base_low is null then inc_low else 0 end)
                             over (partition by monitor_id, indicator_code, run order by on_day) as total_low,
                       coalesce(max(base_high) over (partition by monitor_id, indicator_code, run), 0)
                         + sum(case when base_low is null then inc_high else 0 end)
                             over (partition by monitor_id, indicator_code, run order by on_day) as total_high,
                       greatest(coalesce(max(base_open) over (partition by monitor_id, indicator_code, run), 0),
                                max(case when base_low is null then inc_open else 0 end)
                                    over (partition by monitor_id, indicator_code, run order by on_day)) as total_open,
                       row_number() over (partition by monitor_id, indicator_code order by on_day desc) as latest
                from marked
            )
            select monitor_id, indicator_code, total_low, total_high, total_open from totals
            where latest = 1
            """;

    /** Per monitor, when anything about its entries last changed (recorded, corrected or retracted) up to a moment. */
    static final String LAST_CHANGES = """
            select monitor_id, max(changed_at) as changed_at from entry_revision
            where changed_at <= :upTo
            group by monitor_id
            """;

    private OverviewSql() {
    }
}
