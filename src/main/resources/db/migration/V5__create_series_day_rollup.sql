-- Per monitor, indicator and day: what that day's visible entries add (increments) and the day's winning running
-- total (strongest, then latest recorded report). Kept current by EntryService in the same transaction as each
-- change, so the live dashboard reads one row per day instead of every entry. Filled by SeriesRollup on start.
create table series_day (
    monitor_id     bigint      not null references monitor (id),
    indicator_code varchar(40) not null,
    on_day         date        not null,
    inc_low        bigint      not null,
    inc_high       bigint      not null,
    inc_open       integer     not null,
    base_low       integer,
    base_high      integer,
    base_open      integer     not null,
    primary key (monitor_id, indicator_code, on_day)
);
