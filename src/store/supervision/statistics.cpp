#include "store/supervision/statistics.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;

// One query, one round trip: (metric, key, count, sum) rows.
const std::string kPenaltyCounts =
    "SELECT 'penalty', p.kind, count(*), CAST(COALESCE(sum(p.amount), 0) AS BIGINT) FROM penalties p "
    "JOIN orgs o ON o.id = p.org_id WHERE o.region_code >= $1 AND o.region_code < $2 "
    "AND p.decided_on >= $3 AND p.decided_on <= $4 AND p.outcome <> 'annulled' GROUP BY p.kind";
const std::string kCreditCounts =
    "SELECT 'credit', l.list, count(DISTINCT l.org_id), CAST(0 AS BIGINT) FROM credit_listings l "
    "JOIN orgs o ON o.id = l.org_id WHERE o.region_code >= $1 AND o.region_code < $2 AND l.entered_on <= $4 "
    "AND (l.exited_on IS NULL OR l.exited_on > $4) GROUP BY l.list";
const std::string kInspectionAndCaseCounts =
    "SELECT 'plans', '', count(*), CAST(COALESCE(sum(drawn_count), 0) AS BIGINT) FROM "
    "inspection_plans "
    "WHERE region_code >= $1 AND region_code < $2 AND drawn_on >= $3 AND drawn_on <= $4 "
    "UNION ALL SELECT 'inspection', i.result, count(*), CAST(0 AS BIGINT) FROM inspection_items i "
    "JOIN inspection_plans pl ON pl.id = i.plan_id WHERE pl.region_code >= $1 AND pl.region_code < $2 "
    "AND pl.drawn_on >= $3 AND pl.drawn_on <= $4 GROUP BY i.result "
    "UNION ALL SELECT 'case', status, count(*), CAST(0 AS BIGINT) FROM illegal_cases "
    "WHERE handling_region >= $1 AND handling_region < $2 AND opened_on >= $3 AND opened_on <= $4 GROUP BY "
    "status";
// One query, one round trip: (metric, key, count, sum) rows.
const std::string kSupervisionCounts =
    kPenaltyCounts + " UNION ALL " + kCreditCounts + " UNION ALL " + kInspectionAndCaseCounts;

constexpr char kFlagFacts[] =
    "SELECT id, org_id, kind, handling, handling_outcome FROM supervision_flags WHERE id > $1 ORDER BY id LIMIT $2";
constexpr char kDecidedRatings[] =
    "SELECT id, org_id, grade FROM ratings WHERE id > $1 AND status = 'decided' ORDER BY id LIMIT $2";
constexpr char kPenaltyFacts[] =
    "SELECT id, org_id, kind, decided_on, amount FROM penalties WHERE id > $1 AND outcome <> 'annulled' ORDER BY id "
    "LIMIT $2";  // an annulled penalty is no decision in force
constexpr char kListingFacts[] =
    "SELECT id, org_id, list, entered_on, exited_on FROM credit_listings WHERE id > $1 ORDER BY id LIMIT $2";

Result<supervision::OverviewCounts> Counts(Connection& c, const std::string& sql, const std::string& prefix,
                                           Date from, Date to) {
  using namespace supervision;
  supervision::OverviewCounts out;
  SOCORG_TRY_VOID(EachRow(c, sql, {prefix, PrefixEnd(prefix), from.ToString(), to.ToString()},
                          [&](const auto& w) {
                            const std::string metric = Str(w, 0);  // a copy: Row::Text returns a temporary
                            std::int64_t n = w.Int(2), sum = w.Int(3);
                            if (metric == "penalty") {
                              auto kind = ParsePenaltyKind(w.Text(1));
                              if (!kind) return;
                              out.penalties_by_kind.push_back({*kind, n});
                              if (*kind == PenaltyKind::kFine) out.fines_yuan = sum;
                            } else if (metric == "credit") {
                              auto list = ParseCreditList(w.Text(1));
                              if (list == CreditList::kAnomaly) out.anomaly_listed = n;
                              if (list == CreditList::kSerious) out.serious_listed = n;
                            } else if (metric == "plans") {
                              out.plans = n, out.drawn = sum;
                            } else if (metric == "inspection") {
                              if (auto r = ParseInspectionResult(w.Text(1)))
                                out.inspections_by_result.push_back({*r, n});
                            } else if (metric == "case") {
                              if (auto s = ParseCaseStatus(w.Text(1))) out.cases_by_status.push_back({*s, n});
                            }
                          }));
  return out;
}

}  // namespace

Result<supervision::OverviewCounts> SupervisionCounts(Connection& c, const std::string& prefix, Date from,
                                                      Date to) {
  return Counts(c, kSupervisionCounts, prefix, from, to);
}

Result<supervision::OverviewCounts> InspectionAndCaseCounts(Connection& c, const std::string& prefix, Date from,
                                                            Date to) {
  return Counts(c, kInspectionAndCaseCounts, prefix, from, to);
}

Status ForEachFlagFact(Connection& c, int page, const std::function<void(const FlagFact&)>& fn) {
  return Keyset(c, kFlagFacts, page, [&](const auto& w) { fn({w.Int(1), Str(w, 2), Str(w, 3), Str(w, 4)}); });
}

Status ForEachDecidedRating(Connection& c, int page, const std::function<void(const RatingFact&)>& fn) {
  return Keyset(c, kDecidedRatings, page, [&](const auto& w) { fn({w.Int(1), Int32At(w, 2)}); });
}

Status ForEachPenaltyFact(Connection& c, int page, const std::function<void(const PenaltyFact&)>& fn) {
  return Keyset(c, kPenaltyFacts, page,
                [&](const auto& w) { fn({w.Int(1), Str(w, 2), Str(w, 3), w.Int(4)}); });
}

Status ForEachListingFact(Connection& c, int page, const std::function<void(const ListingFact&)>& fn) {
  return Keyset(c, kListingFacts, page, [&](const auto& w) {
    ListingFact f{w.Int(1), Str(w, 2), Str(w, 3), std::nullopt};
    if (!w.IsNull(4)) f.exited_on = Str(w, 4);
    fn(f);
  });
}

}  // namespace socorg::supervision_store
