-- The Atom feed lists a monitor's entries by when they were recorded, newest first (an entry recorded today about
-- an event weeks ago is news to a feed reader). This index lets it read the newest page without sorting them all.
create index entry_monitor_recorded on entry (monitor_id, recorded_at desc, id desc);
