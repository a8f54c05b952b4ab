#include "store/postgres/postgres_queries.h"

#include "domain/search_text.h"

namespace socorg::postgres_queries {
namespace {
constexpr char kSetBigrams[] = "UPDATE orgs SET name_bigrams = $2::text[] WHERE id = $1";

// PostgreSQL array literal {"社会","会组"}; bigrams hold only letters and digits, so no escaping is needed.
std::string ArrayLiteral(const std::vector<std::string>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ",\"" : "\"") + items[i] + "\"";
  return out + "}";
}
}  // namespace

Status IndexName(Connection& c, std::int64_t id, const std::string& new_norm) {
  // The array holds the name's bigrams plus its last character, like the SQLite document.
  std::vector<std::string> grams = Bigrams(new_norm);
  std::u32string cs = SearchCharacters(new_norm);
  if (!cs.empty()) grams.push_back(EncodeUtf8(cs.substr(cs.size() - 1)));
  SOCORG_TRY_VOID(c.Exec(kSetBigrams, {id, ArrayLiteral(grams)}));
  return {};
}

std::string NameCondition(Params& params, const std::string& normalized_query) {
  std::u32string cs = SearchCharacters(normalized_query);
  std::string text = EncodeUtf8(cs);
  auto param = [&](Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  // search_chars(): the same letters-and-digits view of name_norm that the SQLite document is built from.
  std::string recheck = " AND strpos(lower(regexp_replace(o.name_norm, '[^[:alnum:]]', '', 'g')), " + param(text) + ") > 0";
  if (cs.size() == 2) return " AND o.name_bigrams @> ARRAY[" + param(text) + "]::text[]" + recheck;
  if (cs.size() >= 3) return " AND o.name_norm LIKE " + param("%" + text + "%") + recheck;
  return " AND EXISTS (SELECT 1 FROM unnest(o.name_bigrams) g WHERE g LIKE " + param(text + "%") + ")";
}

}  // namespace socorg::postgres_queries
