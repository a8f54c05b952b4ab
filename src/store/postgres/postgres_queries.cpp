#include "store/postgres/postgres_queries.h"

#include "domain/search_text.h"

namespace socorg::postgres_queries {
namespace {
constexpr char kSetSearch[] = "UPDATE orgs SET name_search = $2, name_bigrams = $3::text[] WHERE id = $1";

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

Status IndexName(Connection& c, std::int64_t id, const std::string& new_norm) {
  // name_search: the letters and digits the SQLite bigram document is built from, so that "the query's
  // characters occur consecutively in name_search" is exactly the FTS5 phrase match on SQLite.
  std::u32string cs = SearchCharacters(new_norm);
  std::vector<std::string> grams = Bigrams(new_norm);
  if (!cs.empty()) grams.push_back(EncodeUtf8(cs.substr(cs.size() - 1)));
  SOCORG_TRY_VOID(c.Exec(kSetSearch, {id, EncodeUtf8(cs), ArrayLiteral(grams)}));
  return {};
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

std::string NameCondition(Params& params, const std::string& normalized_query) {
  std::vector<std::u32string> words = QueryWords(normalized_query);
  if (words.empty()) return " AND 1 = 0";
  // Every word must occur (as SQLite's FTS5 phrases joined by AND).
  std::string out;
  for (const std::u32string& w : words) out += WordCondition(params, w);
  return out;
}

}  // namespace socorg::postgres_queries
