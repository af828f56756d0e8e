-- The parts of a monitor's methodology page that staff write for that monitor (the rest is shared text): a note on
-- what this monitor follows and how, its sources policy and its corrections policy. One row per monitor, written
-- the first time an admin saves them; who saved last, and when, is kept beside them.
create table monitor_methodology (
    monitor_id          bigint        not null primary key references monitor (id) on delete cascade,
    note                varchar(4000) not null,
    sources_policy      varchar(4000) not null,
    corrections_policy  varchar(4000) not null,
    changed_at          timestamp(6) with time zone not null,
    changed_by          varchar(60)   not null,
    version             integer       not null
);
