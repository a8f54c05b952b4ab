#include "app/supervision/flags.h"

#include "app/supervision/common.h"
#include "app/supervision/dashboard_stats.h"
#include "store/supervision/flags.h"
#include "store/supervision/ratings.h"

namespace socorg::supervision {

using namespace detail;
namespace ss = supervision_store;

Result<Page<FlagRecord>> ListFlags(AppContext& ctx, const Actor& a, const std::string& kind,
                                   const std::string& region, int page, int page_size) {
  auto k = ParseFlagKind(kind);
  if (!k)
    return Invalid("invalid_kind", "类型应为 zombie、overdue_election、revocation_candidate 或 low_activity_community",
                   "kind must be zombie, overdue_election, revocation_candidate or low_activity_community", "kind");
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto conn = ctx.db->Acquire();
  return ss::ActiveFlags(*conn, *k, prefix, page_size, (page - 1) * page_size);
}

Status HandleFlag(AppContext& ctx, const Actor& a, std::int64_t id, const std::string& handling,
                  const std::string& outcome) {
  auto h = ParseFlagHandling(handling);
  if (!h || *h == FlagHandling::kNone)
    return Invalid("invalid_handling", "处置方式应为 guide_deregistration、penalise 或 revoke",
                   "handling must be guide_deregistration, penalise or revoke", "handling");
  auto o = ParseFlagOutcome(outcome);
  if (!o)
    return Invalid("invalid_outcome", "处置结果无效",
                   "outcome must be deregistered, penalised, revoked or resumed", "outcome");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto f, ss::GetFlag(*conn, id));
  if (!f) return NotFound("flag");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(f->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  SOCORG_TRY_VOID(ss::SetFlagHandling(*conn, id, *h, *o, today, ctx.clock.Now()));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "flag_handled", today,
                         std::string(ToString(f->kind)) + "：" + handling + " " + outcome, OrgTarget(org),
                         {{"flag_id", id}, {"handling", handling}, {"outcome", outcome}}));
  return tx.Commit();
}

Result<AutomatedDecisions> SupervisionOf(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, org));
  AutomatedDecisions d;
  SOCORG_TRY(d.flags, ss::FlagsOf(*conn, org.id.value));
  SOCORG_TRY(d.rating_changes, ss::RatingChangesOf(*conn, org.id.value));
  SOCORG_TRY(d.ratings, ss::RatingsOf(*conn, org.id.value));
  return d;
}

Result<FlagOutcomesView> FlagOutcomeStats(AppContext& ctx, const Actor& a, const std::string& region) {
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  SOCORG_TRY(auto stats, DashboardStatsOf(ctx));
  return FlagOutcomesView{stats->FlagOutcomes(prefix), stats->computed_at};  // as ss::FlagOutcomes
}

}  // namespace socorg::supervision
