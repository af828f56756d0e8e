-- Where each tile stands on a monitor's dashboard: tile keys separated by commas (indicator codes, 'escalation',
-- 'since-last'). Null keeps the standard order (the indicators, the escalation step, days since the last ...),
-- so every monitor defined before reads exactly as it did.
alter table monitor add column tile_order varchar(8000);
