-- Indexes for the dashboard's read path (measured by src/test/java/com/riskdesk/benchmark/DashboardBenchmark).

-- Newest first: the entry list and each tile's sources walk this index from the newest entry and stop after the
-- page they need, instead of sorting all of a monitor's entries. It extends entry_monitor_occurred with the
-- entry list's last sort key, so it replaces it. DashboardQueries names it (USE INDEX): H2's planner otherwise
-- prefers the narrower foreign-key index on monitor_id and sorts.
drop index entry_monitor_occurred;
create index entry_monitor_newest on entry (monitor_id, occurred_on desc, recorded_at desc, id desc);

-- The escalation tile reads only the entries that mark a step (a few percent of a monitor's), oldest first.
create index entry_monitor_escalation on entry (monitor_id, escalation_level, occurred_on, id);
