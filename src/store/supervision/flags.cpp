#include "store/supervision/flags.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::FlagRecord;

constexpr char kFlagColumns[] =
    "f.id, f.org_id, f.kind, f.since, f.active, f.first_seen_on, f.cleared_on, f.handled_on, f.rule_id, "
    "f.basis, "
    "f.facts, f.explanation, f.handling, f.handling_outcome, f.created_at, f.updated_at, o.name, "
    "COALESCE(o.uscc, ''), o.region_code";
constexpr char kInsertFlag[] =
    "INSERT INTO supervision_flags (org_id, kind, since, active, first_seen_on, rule_id, basis, facts, "
    "explanation, "
    "created_at, updated_at) VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $9) RETURNING id";
constexpr char kUpdateFlag[] =
    "UPDATE supervision_flags SET since = $1, facts = $2, explanation = $3, updated_at = $4 WHERE id = $5";
constexpr char kClearFlag[] =
    "UPDATE supervision_flags SET active = 0, cleared_on = $1, updated_at = $2 WHERE id = $3";
constexpr char kSetFlagHandling[] =
    "UPDATE supervision_flags SET handling = $1, handling_outcome = $2, handled_on = $3, updated_at = $4 "
    "WHERE id = $5";
const std::string kGetFlag = std::string("SELECT ") + kFlagColumns +
                             " FROM supervision_flags f JOIN orgs o ON o.id = f.org_id WHERE f.id = $1";
const std::string kFlagsOf = std::string("SELECT ") + kFlagColumns +
                             " FROM supervision_flags f JOIN orgs o ON o.id = f.org_id WHERE f.org_id = $1 "
                             "ORDER BY f.id";
constexpr char kActiveFlagsWhere[] =
    " FROM supervision_flags f JOIN orgs o ON o.id = f.org_id WHERE f.active = 1 AND f.kind = $1 "
    "AND o.region_code >= $2 AND o.region_code < $3";
const std::string kActiveFlagsCount = std::string("SELECT count(*)") + kActiveFlagsWhere;
const std::string kActiveFlags =
    std::string("SELECT ") + kFlagColumns + kActiveFlagsWhere + " ORDER BY f.since, f.id LIMIT $4 OFFSET $5";
constexpr char kFlagOutcomes[] =
    "SELECT f.kind, f.handling, f.handling_outcome, count(*) FROM supervision_flags f "
    "JOIN orgs o ON o.id = f.org_id WHERE o.region_code >= $1 AND o.region_code < $2 "
    "GROUP BY f.kind, f.handling, f.handling_outcome ORDER BY 1, 2, 3";

template <typename R>
FlagRecord FlagFrom(const R& w) {
  using namespace supervision;
  FlagRecord r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.kind = EnumAt(w, 2, ParseFlagKind, FlagKind::kZombie);
  r.since = DateAt(w, 3), r.active = w.Int(4) != 0, r.first_seen_on = DateAt(w, 5),
  r.cleared_on = OptDateAt(w, 6);
  r.handled_on = OptDateAt(w, 7), r.rule_id = Str(w, 8), r.basis = Str(w, 9), r.facts = Str(w, 10);
  r.explanation = Str(w, 11), r.handling = EnumAt(w, 12, ParseFlagHandling, FlagHandling::kNone);
  r.outcome = EnumAt(w, 13, ParseFlagOutcome, FlagOutcome::kNone), r.created_at = Str(w, 14);
  r.updated_at = Str(w, 15), r.org = {Str(w, 17), Str(w, 16), Str(w, 18)};
  return r;
}

}  // namespace

Result<std::int64_t> InsertFlag(Connection& c, const FlagRecord& r) {
  return InsertReturningId(c, kInsertFlag,
                           {r.org_id, Text(ToString(r.kind)), r.since.ToString(), r.first_seen_on.ToString(),
                            r.rule_id, r.basis, r.facts, r.explanation, r.created_at});
}

Status UpdateFlag(Connection& c, std::int64_t id, Date since, const std::string& facts,
                  const std::string& explanation, const std::string& now) {
  return Run(c, kUpdateFlag, {since.ToString(), facts, explanation, now, id});
}

Status ClearFlag(Connection& c, std::int64_t id, Date on, const std::string& now) {
  return Run(c, kClearFlag, {on.ToString(), now, id});
}

Status SetFlagHandling(Connection& c, std::int64_t id, supervision::FlagHandling handling,
                       supervision::FlagOutcome outcome, Date on, const std::string& now) {
  return Run(c, kSetFlagHandling,
             {Text(ToString(handling)), Text(ToString(outcome)), on.ToString(), now, id});
}

Result<std::optional<FlagRecord>> GetFlag(Connection& c, std::int64_t id) {
  return First<FlagRecord>(c, kGetFlag, {id}, [](const auto& w) { return FlagFrom(w); });
}

Result<std::vector<FlagRecord>> FlagsOf(Connection& c, std::int64_t org_id) {
  return All<FlagRecord>(c, kFlagsOf, {org_id}, [](const auto& w) { return FlagFrom(w); });
}

Result<supervision::Page<FlagRecord>> ActiveFlags(Connection& c, supervision::FlagKind kind,
                                                  const std::string& prefix, int limit, int offset) {
  Params p{Text(ToString(kind)), prefix, PrefixEnd(prefix)};
  supervision::Page<FlagRecord> page;
  SOCORG_TRY(page.total, Count(c, kActiveFlagsCount, p));
  p.push_back(Int(limit));
  p.push_back(Int(offset));
  SOCORG_TRY(page.items, All<FlagRecord>(c, kActiveFlags, p, [](const auto& w) { return FlagFrom(w); }));
  return page;
}

Result<std::vector<supervision::FlagOutcomeCount>> FlagOutcomes(Connection& c, const std::string& prefix) {
  using namespace supervision;
  return All<FlagOutcomeCount>(c, kFlagOutcomes, {prefix, PrefixEnd(prefix)}, [](const auto& w) {
    return FlagOutcomeCount{EnumAt(w, 0, ParseFlagKind, FlagKind::kZombie),
                            EnumAt(w, 1, ParseFlagHandling, FlagHandling::kNone),
                            EnumAt(w, 2, ParseFlagOutcome, FlagOutcome::kNone), w.Int(3)};
  });
}

}  // namespace socorg::supervision_store
