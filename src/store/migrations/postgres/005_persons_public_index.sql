-- 005: the public record lists an organization's active persons by name and role; with those columns in
-- the index the query can be an index-only scan (docs/benchmarks.md round 4). Same shape as on SQLite.
DROP INDEX persons_org;
CREATE INDEX persons_org ON persons(org_id, active, id) INCLUDE (name, role);
