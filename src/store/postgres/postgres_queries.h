// SQL that only PostgreSQL speaks: the bigram array (2 characters) and pg_trgm (≥ 3 characters) name
// search, rechecked with a substring test so results equal SQLite's (DESIGN.md).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "store/db.h"

namespace socorg::postgres_queries {

// The search columns of orgs for a normalised name: name_search (its letters and digits), its bigrams plus
// its last character (name_bigrams, as a vector and as an array literal).
struct SearchColumns {
  std::string name_search, bigram_array;
  std::vector<std::string> bigrams;
};
SearchColumns SearchColumnsOf(const std::string& name_norm);

// Writes the search columns of organization `id` and keeps name_bigram_counts in step (migration 010).
Status IndexName(Connection& c, std::int64_t id, const std::string& new_norm);
// Adds bulk-loaded names to name_bigram_counts: bigram -> number of new names containing it.
Status AddBigramCounts(Connection& c, const std::unordered_map<std::string, std::int64_t>& counts);

// The number of organizations whose name contains the 2-character `bigram`, without those whose status is
// one of `excluded_statuses` or (issued_only) that have no code: the maintained count minus the excluded
// matches, which are found through the status and code indexes. Exact, without reading every match.
// `register_size` is the planner's estimate of the number of organizations (for choosing a page plan).
struct BigramCount {
  std::int64_t matches = 0, register_size = 0;
};
Result<BigramCount> CountBigram(Connection& c, const std::string& bigram, const std::vector<std::string>& excluded_statuses,
                                bool issued_only);
// " AND ..." for a page of a common bigram read in id order: the condition cannot use the GIN index, so the
// planner walks the primary key and stops after the page (a tenth of the register matches 协会).
std::string WalkCondition(Params& params, const std::string& bigram);
// " AND ..." condition on o.name_norm for the normalised query text; parameters appended to params.
std::string NameCondition(Params& params, const std::string& normalized_query);

}  // namespace socorg::postgres_queries
