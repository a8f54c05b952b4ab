#include "app/statistics.h"

#include "domain/region.h"
#include "store/org_store.h"

namespace socorg {
namespace {

Result<std::string> PrefixFor(AppContext& ctx, const std::string& region) {
  if (region.empty()) return std::string();
  if (!IsRegionCodeShape(region) || !ctx.divisions->Contains(region))
    return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码无效", "unknown region code", "region");
  return RegionPrefix(region);
}

void Fill(const std::vector<CountRow>& rows, PublicStats& s, std::map<std::string, std::int64_t>* all) {
  for (const CountRow& r : rows) {
    if (all) (*all)[r.key3] += r.count;
    if (r.key3 == "active" || r.key3 == "deregistered" || r.key3 == "revoked") s.by_status[r.key3] += r.count;
    if (r.key3 != "active") continue;
    s.total += r.count;
    s.by_type[r.key1] += r.count;
    s.by_level[r.key2] += r.count;
  }
}

bool IsValidDate(const std::string& s) { return Date::Parse(s).has_value(); }

}  // namespace

Result<PublicStats> GetPublicStats(AppContext& ctx, const std::string& region) {
  SOCORG_TRY(std::string prefix, PrefixFor(ctx, region));
  auto conn = ctx.read_db->Acquire();
  SOCORG_TRY(auto rows, org_store::CountByTypeLevelStatus(*conn, prefix));
  PublicStats s;
  Fill(rows, s, nullptr);
  return s;
}

Result<Dashboard> GetDashboard(AppContext& ctx, const Actor& actor, const std::string& region,
                               const std::string& from, const std::string& to) {
  if (!region.empty() && (!IsRegionCodeShape(region) || !ctx.divisions->Contains(region)))
    return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码无效", "unknown region code", "region");
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(actor, region));
  if (!IsValidDate(from)) return Fail(ErrorKind::kInvalid, "invalid_date", "日期格式应为YYYY-MM-DD", "date must be YYYY-MM-DD", "from");
  if (!IsValidDate(to)) return Fail(ErrorKind::kInvalid, "invalid_date", "日期格式应为YYYY-MM-DD", "date must be YYYY-MM-DD", "to");
  Dashboard d;
  d.region = region.empty() ? actor.region_code : region;
  d.region_name = ctx.divisions->FullName(d.region);
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto rows, org_store::CountByTypeLevelStatus(*conn, prefix));
  Fill(rows, d.counts, &d.by_status_all);

  SOCORG_TRY(auto by_region, org_store::CountActiveByRegion(*conn, prefix));
  std::map<std::string, std::int64_t> child_counts;
  for (auto& child : ctx.divisions->Children(d.region)) child_counts[child->code] = 0;
  for (const CountRow& r : by_region) {
    // Attribute each authority's count to the child region whose subtree holds it.
    for (auto& [code, n] : child_counts)
      if (IsWithinRegion(r.key1, code)) n += r.count;
  }
  for (auto& [code, n] : child_counts) {
    auto* div = ctx.divisions->Find(code);
    d.by_child_region.push_back({code, div ? div->name : code, n});
  }

  SOCORG_TRY(auto months, org_store::CountEventsByMonth(*conn, prefix, from, to));
  std::map<std::string, MonthCounts> by_month;
  for (const CountRow& r : months) {
    MonthCounts& m = by_month[r.key2];
    m.month = r.key2;
    if (r.key1 == "approve" || r.key1 == "file_community" || r.key1 == "import") m.registrations += r.count;
    else if (r.key1 == "change") m.changes += r.count;
    else if (r.key1 == "deregister") m.deregistrations += r.count;
    else if (r.key1 == "revoke") m.revocations += r.count;
    else if (r.key1 == "apply") m.applications += r.count;
  }
  for (auto& [_, m] : by_month) d.by_month.push_back(m);

  SOCORG_TRY(auto times, org_store::ProcessingTimes(*conn, prefix, from, to));
  double sum = 0;
  for (auto& [applied, decided] : times) {
    auto a = Date::Parse(applied), b = Date::Parse(decided);
    if (!a || !b) continue;
    sum += a->DaysUntil(*b);
    ++d.decided;
  }
  if (d.decided) d.avg_processing_days = sum / static_cast<double>(d.decided);
  SOCORG_TRY(d.elections_overdue, org_store::CountOverdueElections(*conn, prefix, ctx.clock.Today().ToString()));
  return d;
}

}  // namespace socorg
