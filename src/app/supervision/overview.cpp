#include "app/supervision/overview.h"

#include "app/supervision/common.h"
#include "app/supervision/dashboard_stats.h"
#include "app/supervision/facts.h"
#include "domain/supervision/annual_report.h"
#include "domain/uscc.h"
#include "store/org_store.h"
#include "domain/supervision/rating_notice.h"
#include "store/supervision/jobs.h"
#include "store/supervision/ratings.h"
#include "store/supervision/statistics.h"

namespace socorg::supervision {

using namespace detail;
namespace ss = supervision_store;

Result<PublicSummary> GetPublicSummary(AppContext& ctx, const std::string& uscc) {
  auto check = CheckUscc(uscc);
  if (!check.valid())
    return Invalid("invalid_uscc", "统一社会信用代码无效", "invalid unified social credit code", "uscc");
  auto conn = ctx.read_db->Acquire();
  SOCORG_TRY(auto org, org_store::GetByUscc(*conn, check.normalized));
  if (!org || !IsPublicStatus(org->status))
    return Fail(ErrorKind::kNotFound, "org_not_found", "未找到该社会组织", "organization not found");
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, *org, h));
  Date today = ctx.clock.Today();
  PublicSummary s;
  s.uscc = check.normalized, s.name = org->name;
  s.annual_reports_up_to_date = ReportsUpToDate(h.facts, today, ctx.rules);
  s.credit_status = StatusOn(h.facts.listings, today);
  s.credit_score = ComputeCreditScore(h.facts, today, ctx.rules).score;
  if (h.facts.rating && !h.facts.rating->cancelled && h.facts.rating->valid_until >= today) {
    s.rating = h.facts.rating->grade;
    s.rating_valid_until = h.facts.rating->valid_until;
  }
  SOCORG_TRY(auto ratings, ss::RatingsOf(*conn, org->id.value));
  for (auto it = ratings.rbegin(); it != ratings.rend(); ++it) {
    if (it->status == RatingStatus::kCancelled && it->cancelled_on) {
      s.rating_cancelled_on = it->cancelled_on, s.rating_cancel_ground = it->cancel_ground;
      break;
    }
    if (s.rating && h.facts.rating->id == it->id && EarnsCertificate(it->grade) && !it->certificate_no.empty()) {
      s.certificate_no = it->certificate_no, s.certificate_issued_on = it->decided_on;
      break;
    }
  }
  return s;
}

Result<OverviewView> SupervisionOverview(AppContext& ctx, const Actor& a, const std::string& region,
                                         const std::string& from, const std::string& to) {
  SOCORG_TRY_VOID(CanReadLists(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, region));
  auto f = Date::Parse(from), t = Date::Parse(to);
  if (!f) return Invalid("invalid_date", "日期格式应为YYYY-MM-DD", "dates must be YYYY-MM-DD", "from");
  if (!t) return Invalid("invalid_date", "日期格式应为YYYY-MM-DD", "dates must be YYYY-MM-DD", "to");
  SOCORG_TRY(auto stats, DashboardStatsOf(ctx));
  OverviewView v;
  {
    auto conn = ctx.read_db->Acquire();
    SOCORG_TRY(v.counts, ss::InspectionAndCaseCounts(*conn, prefix, *f, *t));
  }
  stats->PenaltiesAndCredit(prefix, *f, *t, v.counts);
  v.computed_at = stats->computed_at;
  return v;
}

Result<JobsResult> RunJobsAs(AppContext& ctx, const Actor& a, Date as_of, const std::string& jobs) {
  if (a.role != Role::kMinistryOfficer && a.role != Role::kProvinceOfficer)
    return Forbidden("只有民政部和省级登记管理机关可以运行批处理",
                     "only ministry and province officers run jobs");
  SOCORG_TRY(auto kinds, ParseJobs(jobs));
  // A run writes its listings and flags with occurred_on = as_of: a date after today would record decisions
  // that have not happened (what-if questions are for a simulation, which writes nothing).
  if (as_of > ctx.clock.Today())
    return Invalid("date_in_future", "批处理日期不能晚于今天", "the run date cannot be after today", "date");
  return RunJobs(ctx, as_of, kinds, a.username);
}

Result<std::vector<JobRunRecord>> RecentJobs(AppContext& ctx, const Actor& a, int limit) {
  SOCORG_TRY_VOID(CanReadLists(a));
  auto conn = ctx.db->Acquire();
  return ss::RecentJobRuns(*conn, limit);
}

}  // namespace socorg::supervision
