-- 002: PostgreSQL partitions events and audit_log by time (postgres/002_partitioning.sql). SQLite has no
-- partitioning; this no-op keeps both series on the same numbers.
SELECT 1;
