-- Synthetic supervision rows for a generated register (docs/benchmarks.md, round 6): the generator writes
-- the register only, so the supervision dashboard's queries would read empty tables. Deterministic (by org
-- id), the same on SQLite and PostgreSQL:
--   sqlite3 bench/data/full-1000000.db < bench/seed_supervision.sql
--   psql "$PG_URL/socorg_bench_1000000" -f bench/seed_supervision.sql
-- Annual reports 2022-2024 for ~90 % of the organizations required to file (a tenth of those late, 1 in 40
-- with no filing date), a zombie flag on 3 %, an anomaly listing on 2 % and a serious one on 0.2 %,
-- penalties on 0.5 %, one provincial rating round with decided ratings for 1 %.
INSERT INTO annual_reports (org_id, year, filed_on, created_at, updated_at)
SELECT o.id, y.year,
       CASE WHEN o.id % 40 = 0 THEN NULL
            WHEN o.id % 10 = 1 THEN CAST(y.year + 1 AS TEXT) || '-07-15'
            ELSE CAST(y.year + 1 AS TEXT) || '-04-1' || CAST(o.id % 10 AS TEXT) END,
       '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM orgs o CROSS JOIN (SELECT 2022 AS year UNION ALL SELECT 2023 UNION ALL SELECT 2024) y
WHERE o.status = 'active' AND o.type <> 'community' AND o.registered_on <= CAST(y.year AS TEXT) || '-06-30'
  AND (o.id + y.year) % 10 <> 3;
INSERT INTO supervision_flags (org_id, kind, since, first_seen_on, rule_id, basis, handling, created_at, updated_at)
SELECT id, 'zombie', '2024-06-01', '2025-06-01', 'ZOMBIE', 'bench',
       CASE WHEN id % 3 = 0 THEN 'guide_deregistration' ELSE '' END, '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z'
FROM orgs WHERE status = 'active' AND id % 33 = 5;
INSERT INTO credit_listings (org_id, list, cause, entered_on, exited_on, rule_id, basis, created_by, created_at, updated_at)
SELECT id, CASE WHEN id % 500 = 7 THEN 'serious' ELSE 'anomaly' END, 'bench', '2025-03-01',
       CASE WHEN id % 4 = 0 THEN '2025-09-01' END, 'CREDIT', 'bench', 'bench', '2025-03-01T00:00:00Z',
       '2025-03-01T00:00:00Z'
FROM orgs WHERE id % 50 = 7 OR id % 500 = 7;
INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, created_by, created_at)
SELECT id, 'bench-' || CAST(id AS TEXT), CASE WHEN id % 3 = 0 THEN 'fine' ELSE 'warning' END,
       '2025-0' || CAST(1 + id % 9 AS TEXT) || '-15', CASE WHEN id % 3 = 0 THEN 20000 ELSE 0 END, 'bench', 'bench',
       '2025-01-01T00:00:00Z'
FROM orgs WHERE id % 200 = 11;
INSERT INTO rating_rounds (region_code, year, name, opened_on, created_by, created_at)
VALUES ('110000', 2024, 'bench', '2024-03-01', 'bench', '2024-03-01T00:00:00Z');
INSERT INTO ratings (org_id, round_id, total_score, preliminary_grade, grade, status, notice_until, decided_on,
                     valid_until, created_by, created_at, updated_at)
SELECT id, (SELECT max(id) FROM rating_rounds), 800, 1 + id % 5, 1 + id % 5, 'decided', '2024-05-01',
       '2024-05-15', '2029-05-15', 'bench', '2024-05-15T00:00:00Z', '2024-05-15T00:00:00Z'
FROM orgs WHERE status = 'active' AND id % 100 = 13;
