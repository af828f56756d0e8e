package com.riskdesk.dashboard;

/**
 * The dashboard's queries for the live store: the entry tables and the per-day rollups that DayRollup keeps current.
 * Every query sees the entries recorded up to {@code :knownAt} and not retracted. A snapshot of the past reads the
 * revision history instead ({@link AsKnownAtSql}); both give the same answer for the present.
 * <p>Read-path tuning (DashboardBenchmark; none of it changes a result): ORDER BY clauses start with the columns the
 * WHERE fixes ({@code e.monitor_id}, {@code e.kind}) so a planner recognises an index order that starts with them and
 * stops after the LIMIT; {@code escalation_level >= -2147483648} is "is not null" for an integer, in a form H2 looks
 * up in an index; and a comment {@code index: NAME} after {@code from entry e} names the index a query is shaped for,
 * which H2 needs told ({@code SqlDialect.withIndexHints}) and PostgreSQL reads as the comment it is.
 */
final class LiveSql {

    /**
     * Running totals per indicator and day, from the rollup's day rows (one per indicator and day). A cumulative
     * report restarts the total at its figure; increments dated after it add to it. A lower bound anywhere in a run
     * makes the total a lower bound. (The running totals are shared with the snapshot: {@link AsKnownAtSql#SERIES}.)
     */
    static final String SERIES = """
            with daily as (
                select indicator_code as code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open
                from series_day where monitor_id = :monitor
            ),
            """ + AsKnownAtSql.RUNNING_TOTALS;

    /**
     * The newest {@code :limit} figures for a code, each with its entry. Only entries dated on or after the earliest of
     * the {@code :limit} latest days with a figure for the code are read: every series_day row stands for at least one
     * figure, so the newest {@code :limit} figures are all dated then or later, and the query does not walk back
     * through entries that lack the code. No row at all gives a bound past every entry, so the index range is empty
     * (a null bound would make H2 read every entry instead).
     */
    static final String SOURCES = """
            select e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   f.basis, f.qualifier, f.value_low, f.value_high
            from entry e /* index: entry_monitor_newest */
            join entry_figure f on f.entry_id = e.id
            where e.monitor_id = :monitor and f.indicator_code = :code
              and e.retracted_at is null and e.recorded_at <= :knownAt
              and e.occurred_on >= coalesce((select min(on_day) from (
                      select on_day from series_day where monitor_id = :monitor and indicator_code = :code
                      order by on_day desc limit :limit) latest), date '9999-12-31')
            order by e.monitor_id, e.occurred_on desc, e.recorded_at desc
            limit :limit
            """;

    /** The first entry that marks each step of the ladder, lowest step first. */
    static final String ESCALATION = """
            select * from (
                select e.escalation_level, e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                       e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                       row_number() over (partition by e.escalation_level order by e.occurred_on, e.id) as pick
                from entry e /* index: entry_monitor_escalation */
                where e.monitor_id = :monitor and e.escalation_level >= -2147483648
                  and e.retracted_at is null and e.recorded_at <= :knownAt
            ) first_reached
            where pick = 1
            order by escalation_level
            """;

    /** The latest entry of a kind. */
    static final String LAST_OF_KIND = """
            select e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on
            from entry e /* index: entry_monitor_kind_occurred */
            where e.monitor_id = :monitor and e.kind = :kind
              and e.retracted_at is null and e.recorded_at <= :knownAt
            order by e.monitor_id, e.kind, e.occurred_on desc, e.recorded_at desc
            limit 1
            """;

    /** How many entries happened from {@code :from} to {@code :to}: the per-day counts that DayRollup keeps. */
    static final String ENTRY_COUNT = """
            select coalesce(sum(d.entries), 0) from entry_day d
            where d.monitor_id = :monitor and d.on_day between :from and :to
            """;

    /** A page of the entries that happened from {@code :from} to {@code :to}, newest first. */
    static final String ENTRY_PAGE = """
            select e.id, e.id as figure_key, e.kind, e.occurred_on, e.date_precision, e.recorded_at, e.headline,
                   e.escalation_level, e.confidence, e.notes,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude
            from entry e /* index: entry_monitor_newest */
            where e.monitor_id = :monitor and e.occurred_on between :from and :to
              and e.retracted_at is null and e.recorded_at <= :knownAt
            order by e.monitor_id, e.occurred_on desc, e.recorded_at desc, e.id desc
            limit :limit offset :offset
            """;

    /** A page of the entries by when they were recorded, latest first (the feed). */
    static final String RECENTLY_RECORDED = """
            select e.id, e.id as figure_key, e.kind, e.occurred_on, e.date_precision, e.recorded_at, e.headline,
                   e.escalation_level, e.confidence, e.notes,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude
            from entry e /* index: entry_monitor_recorded */
            where e.monitor_id = :monitor
              and e.retracted_at is null and e.recorded_at <= :knownAt
            order by e.monitor_id, e.recorded_at desc, e.id desc
            limit :limit offset :offset
            """;

    /** One entry, by its primary key (no index to name). */
    static final String ENTRY = """
            select e.id, e.id as figure_key, e.kind, e.occurred_on, e.date_precision, e.recorded_at, e.headline,
                   e.escalation_level, e.confidence, e.notes,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude
            from entry e
            where e.id = :entry and e.monitor_id = :monitor
              and e.retracted_at is null and e.recorded_at <= :knownAt
            limit :limit offset :offset
            """;

    /** The figures of a page of entries, by entry id. */
    static final String FIGURES = """
            select f.entry_id as figure_key, f.indicator_code, f.basis, f.qualifier, f.value_low, f.value_high
            from entry_figure f where f.entry_id in (:ids)
            order by f.entry_id, f.indicator_code
            """;

    private LiveSql() {
    }
}
