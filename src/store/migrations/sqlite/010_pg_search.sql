-- 010: PostgreSQL's per-bigram counts for name search totals (issue #15). SQLite counts from its FTS5
-- index (sqlite_queries::CountMatches): nothing to do here, the number keeps both series aligned.
SELECT 1;
