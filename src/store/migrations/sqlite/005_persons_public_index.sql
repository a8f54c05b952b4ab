-- 005: the public record lists an organization's active persons by name and role; with those columns in
-- the index the query reads the index alone instead of the index and then each person's row (one page
-- less per GET /public/orgs/{uscc} on a register larger than memory, docs/benchmarks.md round 4).
-- id (the rowid) in the key gives the ORDER BY id of both person queries without a sort.
DROP INDEX persons_org;
CREATE INDEX persons_org ON persons(org_id, active, id, name, role);
