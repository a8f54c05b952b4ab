#include "store/postgres/postgres_queries.h"

#include "domain/search_text.h"

namespace socorg::postgres_queries {
namespace {
// The row's search columns and, in the same statement, the per-bigram counts (migration 010): -1 for each
// distinct 2-character bigram the old name had and the new one lacks, +1 the other way round. Every CTE
// sees the snapshot before the UPDATE, so `old` is the name as it was. Counters are upserted in bigram
// order, so two writers sharing bigrams lock them in the same order (no deadlock).
constexpr char kSetSearch[] =
    "WITH old AS (SELECT name_bigrams AS g FROM orgs WHERE id = $1), "
    "upd AS (UPDATE orgs SET name_search = $2, name_bigrams = $3::text[] WHERE id = $1), "
    "delta AS (SELECT g, sum(d) AS d FROM ("
    "  SELECT DISTINCT unnest(g) AS g, -1 AS d FROM old "
    "  UNION ALL SELECT DISTINCT unnest($3::text[]), 1) x "
    " WHERE length(g) = 2 GROUP BY g HAVING sum(d) <> 0) "
    "INSERT INTO name_bigram_counts (bigram, n) SELECT g, d FROM delta ORDER BY g "
    "ON CONFLICT (bigram) DO UPDATE SET n = name_bigram_counts.n + excluded.n";

// PostgreSQL array literal {"社会","会组"}. Bigrams hold only letters and digits (SearchCharacters), so
// quotes and backslashes never occur; they are escaped anyway.
std::string ArrayLiteral(const std::vector<std::string>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    out += i ? ",\"" : "\"";
    for (char ch : items[i]) {
      if (ch == '"' || ch == '\\') out += '\\';
      out += ch;
    }
    out += '"';
  }
  return out + "}";
}

// LIKE pattern for "contains text"; % _ and \ are escaped (they are not search characters, but be safe).
std::string ContainsPattern(const std::string& text) {
  std::string out = "%";
  for (char ch : text) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "%";
}
}  // namespace

SearchColumns SearchColumnsOf(const std::string& name_norm) {
  // name_search: the letters and digits the SQLite bigram document is built from, so that "the query's
  // characters occur consecutively in name_search" is exactly the FTS5 phrase match on SQLite.
  std::u32string cs = SearchCharacters(name_norm);
  SearchColumns out;
  out.bigrams = Bigrams(name_norm);
  if (!cs.empty()) out.bigrams.push_back(EncodeUtf8(cs.substr(cs.size() - 1)));
  out.name_search = EncodeUtf8(cs);
  out.bigram_array = ArrayLiteral(out.bigrams);
  return out;
}

Status IndexName(Connection& c, std::int64_t id, const std::string& new_norm) {
  SearchColumns s = SearchColumnsOf(new_norm);
  SOCORG_TRY_VOID(c.Exec(kSetSearch, {id, std::move(s.name_search), std::move(s.bigram_array)}));
  return {};
}

Status AddBigramCounts(Connection& c, const std::unordered_map<std::string, std::int64_t>& counts) {
  std::vector<std::string> grams;
  std::string numbers = "{";
  grams.reserve(counts.size());
  for (const auto& [g, n] : counts) {
    grams.push_back(g);
    numbers += (numbers.size() > 1 ? "," : "") + std::to_string(n);
  }
  numbers += "}";
  SOCORG_TRY_VOID(c.Exec("INSERT INTO name_bigram_counts (bigram, n) SELECT g, n FROM unnest($1::text[], "
                         "$2::bigint[]) AS t(g, n) ORDER BY g ON CONFLICT (bigram) DO UPDATE SET "
                         "n = name_bigram_counts.n + excluded.n",
                         {ArrayLiteral(grams), numbers}));
  return {};
}

Result<BigramCount> CountBigram(Connection& c, const std::string& bigram, const std::vector<std::string>& excluded_statuses,
                                bool issued_only) {
  // One round trip: the maintained count and the planner's estimate of the register's size (before the
  // first ANALYZE there is none, reltuples < 1: then the largest id, one primary-key probe).
  SOCORG_TRY(Rows rows, c.Query("SELECT COALESCE((SELECT n FROM name_bigram_counts WHERE bigram = $1), 0), "
                                "COALESCE((SELECT reltuples::bigint FROM pg_class WHERE oid = 'orgs'::regclass "
                                "AND reltuples >= 1), (SELECT max(id) FROM orgs), 0)",
                                {bigram}));
  BigramCount out{rows.at(0).Int(0), rows.at(0).Int(1)};
  // The organizations the filter excludes (applications in progress, refusals, rows without a code) are
  // found through the status and code indexes and tested one by one, as on SQLite (CountMatches). The
  // test is strpos on name_search, not the GIN array, so the planner cannot start from the bigram's matches.
  Params params{bigram};
  std::string cond;
  if (!excluded_statuses.empty()) {
    cond = "o.status IN (";
    for (size_t i = 0; i < excluded_statuses.size(); ++i) {
      params.push_back(excluded_statuses[i]);
      cond += (i ? ", $" : "$") + std::to_string(params.size());
    }
    cond += ")";
  }
  if (issued_only) cond += std::string(cond.empty() ? "" : " OR ") + "o.uscc IS NULL";
  if (cond.empty() || out.matches == 0) return out;
  SOCORG_TRY(Rows ex, c.Query("SELECT count(*) FROM orgs o WHERE (" + cond + ") AND strpos(o.name_search, $1) > 0",
                              params));
  out.matches -= ex.at(0).Int(0);
  return out;
}

namespace {
// The condition for one word of the query (its searchable characters).
std::string WordCondition(Params& params, const std::u32string& cs) {
  std::string text = EncodeUtf8(cs);
  auto param = [&](Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  // 2 characters: one bigram, found by the GIN array index (pg_trgm needs 3), rechecked on name_search.
  if (cs.size() == 2) {
    std::string p = param(text);
    return " AND o.name_bigrams @> ARRAY[" + p + "::text] AND strpos(o.name_search, " + p + ") > 0";
  }
  // ≥ 3 characters: pg_trgm GIN index on name_search; PostgreSQL rechecks LIKE on every candidate row.
  if (cs.size() >= 3) return " AND o.name_search LIKE " + param(ContainsPattern(text));
  // One character: the SQLite prefix query "X"* matches any bigram starting with X or the last character,
  // i.e. any name containing X. No index can narrow this; it is a scan of the filtered rows.
  return " AND strpos(o.name_search, " + param(text) + ") > 0";
}
}  // namespace

std::string WalkCondition(Params& params, const std::string& bigram) {
  params.push_back(bigram);
  return " AND strpos(o.name_search, $" + std::to_string(params.size()) + ") > 0";
}

std::string NameCondition(Params& params, const std::string& normalized_query) {
  std::vector<std::u32string> words = QueryWords(normalized_query);
  if (words.empty()) return " AND 1 = 0";
  // Every word must occur (as SQLite's FTS5 phrases joined by AND).
  std::string out;
  for (const std::u32string& w : words) out += WordCondition(params, w);
  return out;
}

}  // namespace socorg::postgres_queries
