-- 010: exact totals of 2-character name searches without reading every match (issue #15). For each
-- 2-character bigram, the number of organizations whose name contains it, kept in step by every write of
-- the search columns (postgres_queries::IndexName, in the same statement) and by bulk imports.
CREATE TABLE name_bigram_counts (bigram TEXT PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO name_bigram_counts (bigram, n)
  SELECT g, count(*) FROM (SELECT DISTINCT id, g FROM orgs, unnest(name_bigrams) AS g) x
  WHERE length(g) = 2 GROUP BY g;
