-- The part of the world a monitor's map shows by default, as staff chose it: countries and seas of the shipped
-- gazetteer separated by "; " (the map shows the box around them with a margin), or "west, south, east, north" in
-- decimal degrees. Optional: without one the map fits the places of the entries, as before.
alter table monitor add column map_region varchar(1000);
