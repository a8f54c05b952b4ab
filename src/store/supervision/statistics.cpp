#include "store/supervision/statistics.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;

// One query, one round trip: (metric, key, count, sum) rows.
constexpr char kSupervisionCounts[] =
    "SELECT 'penalty', p.kind, count(*), CAST(COALESCE(sum(p.amount), 0) AS BIGINT) FROM penalties p "
    "JOIN orgs o ON o.id = p.org_id WHERE o.region_code >= $1 AND o.region_code < $2 "
    "AND p.decided_on >= $3 AND p.decided_on <= $4 GROUP BY p.kind "
    "UNION ALL SELECT 'credit', l.list, count(DISTINCT l.org_id), CAST(0 AS BIGINT) FROM credit_listings l "
    "JOIN orgs o ON o.id = l.org_id WHERE o.region_code >= $1 AND o.region_code < $2 AND l.entered_on <= $4 "
    "AND (l.exited_on IS NULL OR l.exited_on > $4) GROUP BY l.list "
    "UNION ALL SELECT 'plans', '', count(*), CAST(COALESCE(sum(drawn_count), 0) AS BIGINT) FROM "
    "inspection_plans "
    "WHERE region_code >= $1 AND region_code < $2 AND drawn_on >= $3 AND drawn_on <= $4 "
    "UNION ALL SELECT 'inspection', i.result, count(*), CAST(0 AS BIGINT) FROM inspection_items i "
    "JOIN inspection_plans pl ON pl.id = i.plan_id WHERE pl.region_code >= $1 AND pl.region_code < $2 "
    "AND pl.drawn_on >= $3 AND pl.drawn_on <= $4 GROUP BY i.result "
    "UNION ALL SELECT 'case', status, count(*), CAST(0 AS BIGINT) FROM illegal_cases "
    "WHERE handling_region >= $1 AND handling_region < $2 AND opened_on >= $3 AND opened_on <= $4 GROUP BY "
    "status";

}  // namespace

Result<supervision::OverviewCounts> SupervisionCounts(Connection& c, const std::string& prefix, Date from,
                                                      Date to) {
  using namespace supervision;
  supervision::OverviewCounts out;
  SOCORG_TRY_VOID(EachRow(c, kSupervisionCounts, {prefix, PrefixEnd(prefix), from.ToString(), to.ToString()},
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

}  // namespace socorg::supervision_store
