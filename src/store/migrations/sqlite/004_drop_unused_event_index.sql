-- 004: events(action, occurred_on) served the SQL statistics that the in-memory statistics (app/stats_cube.h)
-- replaced; no query reads it any more. It cost every event write an index update and the bulk import a
-- sort of all its events (docs/benchmarks.md, round 4).
DROP INDEX events_action_date;
