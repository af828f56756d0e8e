-- A monitor's definition decides what its dashboard shows. Indicators say how they add up and whether they are
-- shown; kinds of entry belong to the monitor (they were a fixed list); the monitor says which kind a
-- "days since the last ..." tile counts, or none.
alter table indicator add column counting varchar(20) default 'RUNNING_TOTAL' not null;
alter table indicator add column hidden boolean default false not null;

alter table monitor add column recency_kind varchar(30);

create table entry_kind (
    monitor_id  bigint      not null references monitor (id) on delete cascade,
    position    integer     not null,
    code        varchar(30) not null,
    label       varchar(80) not null,
    hidden      boolean     default false not null,
    primary key (monitor_id, position),
    constraint entry_kind_code_unique unique (monitor_id, code)
);

-- Monitors created before this version used the fixed list of kinds, and their "days since" tile counted the first
-- of them: they keep both, so their entries stay valid and their dashboards read as before.
insert into entry_kind (monitor_id, position, code, label, hidden) select id, 0, 'STRIKE', 'Strike', false from monitor;
insert into entry_kind (monitor_id, position, code, label, hidden)
    select id, 1, 'CASUALTY_REPORT', 'Casualty report', false from monitor;
insert into entry_kind (monitor_id, position, code, label, hidden)
    select id, 2, 'ESCALATION_STEP', 'Escalation step', false from monitor;
insert into entry_kind (monitor_id, position, code, label, hidden)
    select id, 3, 'STATEMENT', 'Statement', false from monitor;
insert into entry_kind (monitor_id, position, code, label, hidden) select id, 4, 'OTHER', 'Other', false from monitor;
update monitor set recency_kind = 'STRIKE';
