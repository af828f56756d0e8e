package com.riskdesk.dashboard;

import com.riskdesk.entry.DayRollup;

/**
 * The dashboard's queries for a moment in the past ({@code asOf}): each starts from {@link #ENTRIES_KNOWN}, the
 * entries as they stood at {@code :knownAt} according to the revision history, and otherwise asks what its live
 * twin in {@link LiveSql} asks. The revision history has no index to name, so nothing here differs by database.
 */
final class AsKnownAtSql {

    /**
     * The CTE {@code known}: every entry's latest revision made by {@code :knownAt}, unless that revision retracts it,
     * dated when the entry was first recorded. Every query below starts with it.
     */
    static final String ENTRIES_KNOWN = """
            with known as (
                select r.entry_id as id, r.id as revision_id, r.monitor_id, r.kind, r.occurred_on, r.date_precision,
                       r.escalation_level, r.headline, r.source_outlet, r.source_title, r.source_url,
                       r.source_published_on, r.confidence, r.notes, original.changed_at as recorded_at,
                       r.place_name, r.place_precision, r.place_area, r.place_latitude, r.place_longitude
                from entry_revision r
                join entry_revision original on original.entry_id = r.entry_id and original.revision = 1
                where r.monitor_id = :monitor and r.changed_at <= :knownAt and r.retracted = false
                  and r.revision = (select max(later.revision) from entry_revision later
                                    where later.entry_id = r.entry_id and later.changed_at <= :knownAt)
            )
            """;

    /**
     * Running totals per indicator and day, after a CTE {@code daily} of day rows (each day's increments and winning
     * cumulative report). A cumulative report restarts the total at its figure; increments dated after it add to it;
     * a lower bound anywhere in a run makes the total a lower bound.
     * <p>One pass over the figures: a day's increments and its winning cumulative report come out of the same GROUP
     * BY. (Joining a CTE of the reports back to the days made H2 run that CTE again for every day, so the time grew
     * with days × entries; see DashboardBenchmark.)
     */
    static final String RUNNING_TOTALS = """
            marked as (
                select code, on_day, inc_low, inc_high, inc_open, base_low, base_high, base_open,
                       count(base_low) over (partition by code order by on_day) as run
                from daily
            )
            select code, on_day,
                   coalesce(max(base_low) over (partition by code, run), 0)
                     + sum(case when base_low is null then inc_low else 0 end)
                         over (partition by code, run order by on_day) as total_low,
                   coalesce(max(base_high) over (partition by code, run), 0)
                     + sum(case when base_low is null then inc_high else 0 end)
                         over (partition by code, run order by on_day) as total_high,
                   greatest(coalesce(max(base_open) over (partition by code, run), 0),
                            max(case when base_low is null then inc_open else 0 end)
                                over (partition by code, run order by on_day)) as total_open
            from marked
            order by code, on_day
            """;

    /** Running totals per indicator and day, the day rows computed from the known figures as DayRollup does. */
    static final String SERIES = ENTRIES_KNOWN + """
            , fig as (
                select f.indicator_code as code, e.occurred_on as on_day, f.basis, f.qualifier,
                       f.value_low as v_low, coalesce(f.value_high, f.value_low) as v_high,
                       e.id, e.recorded_at, e.confidence
                from known e join entry_revision_figure f on f.entry_revision_id = e.revision_id
            ),
            """ + DayRollup.DAY_TOTALS + ", " + RUNNING_TOTALS;

    /** The newest {@code :limit} figures for a code, each with its entry. */
    static final String SOURCES = ENTRIES_KNOWN + """
            select e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   f.basis, f.qualifier, f.value_low, f.value_high
            from known e
            join entry_revision_figure f on f.entry_revision_id = e.revision_id
            where f.indicator_code = :code
            order by e.occurred_on desc, e.recorded_at desc
            limit :limit
            """;

    /** The first entry that marks each step of the ladder, lowest step first. */
    static final String ESCALATION = ENTRIES_KNOWN + """
            select * from (
                select e.escalation_level, e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                       e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                       row_number() over (partition by e.escalation_level order by e.occurred_on, e.id) as pick
                from known e
                where e.escalation_level is not null
            ) first_reached
            where pick = 1
            order by escalation_level
            """;

    /** The latest entry of a kind. */
    static final String LAST_OF_KIND = ENTRIES_KNOWN + """
            select e.id, e.occurred_on, e.date_precision, e.headline, e.confidence,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on
            from known e
            where e.kind = :kind
            order by e.occurred_on desc, e.recorded_at desc
            limit 1
            """;

    /** How many entries happened from {@code :from} to {@code :to}. */
    static final String ENTRY_COUNT = ENTRIES_KNOWN + """
            select count(*) from known e
            where e.occurred_on between :from and :to
            """;

    /** A page of the entries that happened from {@code :from} to {@code :to}, newest first. */
    static final String ENTRY_PAGE = ENTRIES_KNOWN + """
            select e.id, e.revision_id as figure_key, e.kind, e.occurred_on, e.date_precision, e.recorded_at,
                   e.headline, e.escalation_level, e.confidence, e.notes,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude
            from known e
            where e.occurred_on between :from and :to
            order by e.occurred_on desc, e.recorded_at desc, e.id desc
            limit :limit offset :offset
            """;

    /** A page of the entries by when they were first recorded, latest first (the feed). */
    static final String RECENTLY_RECORDED = ENTRIES_KNOWN + """
            select e.id, e.revision_id as figure_key, e.kind, e.occurred_on, e.date_precision, e.recorded_at,
                   e.headline, e.escalation_level, e.confidence, e.notes,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude
            from known e
            order by e.recorded_at desc, e.id desc
            limit :limit offset :offset
            """;

    /** One entry as it stood then. */
    static final String ENTRY = ENTRIES_KNOWN + """
            select e.id, e.revision_id as figure_key, e.kind, e.occurred_on, e.date_precision, e.recorded_at,
                   e.headline, e.escalation_level, e.confidence, e.notes,
                   e.source_outlet, e.source_title, e.source_url, e.source_published_on,
                   e.place_name, e.place_precision, e.place_area, e.place_latitude, e.place_longitude
            from known e
            where e.id = :entry
            limit :limit offset :offset
            """;

    /** The figures of a page of entries as they stood then, by revision id. */
    static final String FIGURES = """
            select f.entry_revision_id as figure_key, f.indicator_code, f.basis, f.qualifier, f.value_low, f.value_high
            from entry_revision_figure f where f.entry_revision_id in (:ids)
            order by f.entry_revision_id, f.indicator_code
            """;

    private AsKnownAtSql() {
    }
}
