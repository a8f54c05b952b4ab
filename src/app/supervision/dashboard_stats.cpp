#include "app/supervision/dashboard_stats.h"

#include <algorithm>
#include <chrono>
#include <tuple>
#include <unordered_map>

#include "app/stats_cube.h"
#include "store/supervision/reports.h"
#include "store/supervision/statistics.h"

namespace socorg::supervision {
namespace {

namespace ss = supervision_store;
constexpr int kPage = 50000;

// Dates compare as text in the SQL; packed YYYYMMDD keeps that order for dates.
std::int32_t Pack(Date d) { return PackDate(d.ToString()); }

}  // namespace

std::vector<char> DashboardStats::Mask(const std::string& prefix) const {
  std::vector<char> mask(regions.size());
  for (size_t i = 0; i < regions.size(); ++i) mask[i] = regions[i].starts_with(prefix);
  return mask;
}

std::vector<ReportCompletionCount> DashboardStats::Completion(const std::string& prefix, int year,
                                                              Date registered_by, Date deadline,
                                                              Date foundation_deadline) const {
  const auto mask = Mask(prefix);
  const std::int32_t by = Pack(registered_by), due_other = Pack(deadline), due_fdn = Pack(foundation_deadline);
  auto due_of = [&](const Org& o) { return o.foundation ? due_fdn : due_other; };
  // kReportCompletion's rule: not community, registered by the cut-off, active or ended after the deadline.
  auto required = [&](const Org& o) {
    return mask[o.region] && !o.community && o.registered_on <= by &&
           (o.active || (o.ended_on != 0 && o.ended_on > due_of(o)));
  };
  std::vector<ReportCompletionCount> per(regions.size());
  for (const Org& o : orgs)
    if (required(o)) ++per[o.region].required;
  if (auto it = filed_by_year.find(year); it != filed_by_year.end())
    for (const Filed& f : it->second) {
      const Org& o = orgs[f.org];
      if (!required(o)) continue;
      ++per[o.region].filed;
      if (f.filed_on <= due_of(o)) ++per[o.region].on_time;
    }
  std::vector<ReportCompletionCount> out;
  for (size_t i = 0; i < per.size(); ++i)
    if (per[i].required > 0) {
      per[i].region_code = regions[i];
      out.push_back(std::move(per[i]));
    }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.region_code < b.region_code; });
  return out;
}

std::vector<GradeCount> DashboardStats::Grades(const std::string& prefix) const {
  const auto mask = Mask(prefix);
  std::map<int, std::int64_t> by;
  for (const Rating& r : ratings)
    if (mask[orgs[r.org].region]) ++by[r.grade];
  std::vector<GradeCount> out;
  for (auto [g, n] : by) out.push_back({g, n});
  return out;
}

std::vector<FlagOutcomeCount> DashboardStats::FlagOutcomes(const std::string& prefix) const {
  const auto mask = Mask(prefix);
  std::map<std::tuple<FlagKind, FlagHandling, FlagOutcome>, std::int64_t> by;
  for (const Flag& f : flags)
    if (mask[orgs[f.org].region]) ++by[{f.kind, f.handling, f.outcome}];
  std::vector<FlagOutcomeCount> out;
  for (const auto& [k, n] : by) out.push_back({std::get<0>(k), std::get<1>(k), std::get<2>(k), n});
  auto key = [](const FlagOutcomeCount& c) {
    return std::tuple(ToString(c.kind), ToString(c.handling), ToString(c.outcome));
  };
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  return out;
}

void DashboardStats::PenaltiesAndCredit(const std::string& prefix, Date from, Date to, OverviewCounts& out) const {
  const auto mask = Mask(prefix);
  const std::int32_t f = Pack(from), t = Pack(to);
  std::map<std::string_view, std::pair<PenaltyKind, std::int64_t>> by_kind;  // by wire name
  out.fines_yuan = 0;
  for (const Penalty& p : penalties) {
    if (!mask[orgs[p.org].region] || p.decided_on < f || p.decided_on > t) continue;
    auto& [kind, n] = by_kind.try_emplace(ToString(p.kind), p.kind, 0).first->second;
    ++n;
    if (p.kind == PenaltyKind::kFine) out.fines_yuan += p.amount;
  }
  out.penalties_by_kind.clear();
  for (const auto& [name, kn] : by_kind) out.penalties_by_kind.push_back(kn);
  // Organizations (not listings) on each list on `to`.
  std::vector<char> anomaly(orgs.size()), serious(orgs.size());
  out.anomaly_listed = out.serious_listed = 0;
  for (const Listing& l : listings) {
    if (!mask[orgs[l.org].region] || l.entered_on > t || (l.exited_on != 0 && l.exited_on <= t)) continue;
    bool is_serious = l.list == CreditList::kSerious;
    char& seen = (is_serious ? serious : anomaly)[l.org];
    if (seen) continue;
    seen = 1;
    ++(is_serious ? out.serious_listed : out.anomaly_listed);
  }
}

Result<std::shared_ptr<const DashboardStats>> BuildDashboardStats(Connection& c, std::string computed_at) {
  auto started = std::chrono::steady_clock::now();
  auto s = std::make_shared<DashboardStats>();
  s->computed_at = std::move(computed_at);
  std::unordered_map<std::string, std::uint16_t> region_index;
  std::unordered_map<std::int64_t, std::uint32_t> org_index;  // org id -> index in s->orgs
  auto org_of = [&](std::int64_t id) -> const std::uint32_t* {
    auto it = org_index.find(id);
    return it == org_index.end() ? nullptr : &it->second;
  };
  SOCORG_TRY(auto tx, Transaction::Start(c, /*write=*/false));  // one snapshot for every table
  SOCORG_TRY_VOID(ss::ForEachReportOrgFact(c, kPage, [&](const ss::ReportOrgFact& f) {
    auto [it, added] =
        region_index.try_emplace(std::string(f.region_code), static_cast<std::uint16_t>(s->regions.size()));
    if (added) s->regions.emplace_back(f.region_code);
    std::int32_t reg = f.registered_on ? PackDate(std::string(*f.registered_on)) : DashboardStats::kNever;
    std::int32_t end = f.ended_on ? PackDate(std::string(*f.ended_on)) : 0;
    org_index.emplace(f.id, static_cast<std::uint32_t>(s->orgs.size()));
    s->orgs.push_back({it->second, f.community, f.foundation, f.active, reg, end});
  }));
  SOCORG_TRY_VOID(ss::ForEachFiledReport(c, kPage, [&](const ss::FiledReportFact& r) {
    if (auto o = org_of(r.org_id)) s->filed_by_year[r.year].push_back({*o, PackDate(std::string(r.filed_on))});
  }));
  SOCORG_TRY_VOID(ss::ForEachFlagFact(c, kPage, [&](const ss::FlagFact& f) {
    if (auto o = org_of(f.org_id))
      s->flags.push_back({*o, ParseFlagKind(f.kind).value_or(FlagKind::kZombie),
                          ParseFlagHandling(f.handling).value_or(FlagHandling::kNone),
                          ParseFlagOutcome(f.outcome).value_or(FlagOutcome::kNone)});
  }));
  SOCORG_TRY_VOID(ss::ForEachDecidedRating(c, kPage, [&](const ss::RatingFact& r) {
    if (auto o = org_of(r.org_id)) s->ratings.push_back({*o, r.grade});
  }));
  SOCORG_TRY_VOID(ss::ForEachPenaltyFact(c, kPage, [&](const ss::PenaltyFact& p) {
    auto kind = ParsePenaltyKind(p.kind);  // SupervisionCounts skips an unknown kind too
    if (auto o = org_of(p.org_id); o && kind) s->penalties.push_back({*o, *kind, PackDate(p.decided_on), p.amount});
  }));
  SOCORG_TRY_VOID(ss::ForEachListingFact(c, kPage, [&](const ss::ListingFact& l) {
    auto list = ParseCreditList(l.list);
    if (auto o = org_of(l.org_id); o && list)
      s->listings.push_back({*o, *list, PackDate(l.entered_on), l.exited_on ? PackDate(*l.exited_on) : 0});
  }));
  SOCORG_TRY_VOID(tx.Commit());
  s->build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::shared_ptr<const DashboardStats>(std::move(s));
}

void KeepDashboardStats(AppContext& ctx) { KeptCache<DashboardStatsCache>(ctx, true)->Prime(ctx); }

Result<std::shared_ptr<const DashboardStats>> DashboardStatsOf(AppContext& ctx) {
  if (auto cache = KeptCache<DashboardStatsCache>(ctx, false)) return cache->Get(ctx);
  auto conn = ctx.db->Acquire();
  return BuildDashboardStats(*conn, ctx.clock.Now());
}

}  // namespace socorg::supervision
