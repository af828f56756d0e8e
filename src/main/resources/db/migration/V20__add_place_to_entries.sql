-- Where an entry happened, at the precision the source gives: POINT (latitude/longitude, decimal degrees), AREA
-- (a sea or region of the shipped gazetteer, by name) or COUNTRY (by name); all null for no place. place_name is
-- the place as the source words it. Revisions and drafts keep the same columns, so corrections of a place are
-- kept in history and reviewed like any other field.
alter table entry add column place_name varchar(200);
alter table entry add column place_precision varchar(20);
alter table entry add column place_area varchar(120);
alter table entry add column place_latitude double precision;
alter table entry add column place_longitude double precision;

alter table entry_revision add column place_name varchar(200);
alter table entry_revision add column place_precision varchar(20);
alter table entry_revision add column place_area varchar(120);
alter table entry_revision add column place_latitude double precision;
alter table entry_revision add column place_longitude double precision;

alter table entry_draft add column place_name varchar(200);
alter table entry_draft add column place_precision varchar(20);
alter table entry_draft add column place_area varchar(120);
alter table entry_draft add column place_latitude double precision;
alter table entry_draft add column place_longitude double precision;
