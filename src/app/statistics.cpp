#include "app/statistics.h"

#include <array>
#include <cstdio>
#include <tuple>

#include "app/stats_cube.h"
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
    auto status = ParseOrgStatus(r.key3);
    if (status && IsPublicStatus(*status)) s.by_status[r.key3] += r.count;
    if (status != OrgStatus::kActive) continue;
    s.total += r.count;
    s.by_type[r.key1] += r.count;
    s.by_level[r.key2] += r.count;
  }
}

bool IsValidDate(const std::string& s) { return Date::Parse(s).has_value(); }

}  // namespace

namespace {

Result<std::shared_ptr<const StatsCube>> CubeOf(AppContext& ctx) {
  if (ctx.stats) return ctx.stats->Get(ctx);
  auto conn = ctx.db->Acquire();
  return BuildStatsCube(*conn, ctx.clock.Now());
}

// (type, level, status) -> count within the region mask, as the SQL GROUP BY gave it.
std::vector<CountRow> CountByTypeLevelStatus(const StatsCube& cube, const std::vector<char>& mask) {
  std::map<std::tuple<std::uint8_t, std::uint8_t, std::uint8_t>, std::int64_t> n;
  for (const auto& o : cube.orgs)
    if (mask[o.region]) ++n[{o.type, o.level, o.status}];
  std::vector<CountRow> out;
  for (auto& [k, count] : n)
    out.push_back({cube.types[std::get<0>(k)], cube.levels[std::get<1>(k)], cube.statuses[std::get<2>(k)], count});
  return out;
}

std::string MonthText(std::int32_t day) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d-%02d", day / 10000, day / 100 % 100);
  return buf;
}

}  // namespace

Result<PublicStats> GetPublicStats(AppContext& ctx, const std::string& region) {
  SOCORG_TRY(std::string prefix, PrefixFor(ctx, region));
  SOCORG_TRY(auto cube, CubeOf(ctx));
  PublicStats s;
  Fill(CountByTypeLevelStatus(*cube, cube->PrefixMask(prefix)), s, nullptr);
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
  SOCORG_TRY(auto cube, CubeOf(ctx));
  d.computed_at = cube->computed_at;
  // The visible subtree: the requested region, else the actor's jurisdiction ("" for the ministry).
  std::vector<char> mask = cube->PrefixMask(prefix);
  Fill(CountByTypeLevelStatus(*cube, mask), d.counts, &d.by_status_all);

  // Drill-down: each authority's active organizations go to the child region whose subtree holds it.
  std::uint8_t active = 255;
  for (size_t i = 0; i < cube->statuses.size(); ++i)
    if (cube->statuses[i] == "active") active = static_cast<std::uint8_t>(i);
  std::vector<std::int64_t> active_by_region(cube->regions.size());
  std::int32_t today = PackDate(ctx.clock.Today().ToString());
  for (const auto& o : cube->orgs) {
    if (!mask[o.region] || o.status != active) continue;
    ++active_by_region[o.region];
    if (o.term_deadline != 0 && o.term_deadline < today) ++d.elections_overdue;
  }
  for (auto& child : ctx.divisions->Children(d.region)) {
    std::int64_t n = 0;
    for (size_t i = 0; i < cube->regions.size(); ++i)
      if (active_by_region[i] && IsWithinRegion(cube->regions[i], child->code)) n += active_by_region[i];
    d.by_child_region.push_back({child->code, child->name, n});
  }

  std::int32_t lo = PackDate(from), hi = PackDate(to);
  std::map<std::string, MonthCounts> by_month;
  std::vector<int> kind(cube->actions.size());  // 1 registration, 2 change, 3 deregistration, 4 revocation, 5 application
  for (size_t i = 0; i < cube->actions.size(); ++i) {
    const std::string& a = cube->actions[i];
    kind[i] = a == "approve" || a == "file_community" || a == "import" ? 1
              : a == "change"                                          ? 2
              : a == "deregister"                                      ? 3
              : a == "revoke"                                          ? 4
              : a == "apply"                                           ? 5
                                                                       : 0;
  }
  std::map<std::int32_t, std::array<std::int64_t, 6>> months;  // YYYYMM -> counts by kind
  for (const auto& e : cube->events)
    if (mask[e.region] && e.day >= lo && e.day <= hi) ++months[e.day / 100][kind[e.action]];
  for (auto& [ym, c] : months) {
    MonthCounts m{MonthText(ym * 100), c[1], c[2], c[3], c[4], c[5]};
    d.by_month.push_back(m);
  }

  double sum = 0;
  for (const auto& a : cube->approvals) {
    if (!mask[a.region] || a.day < lo || a.day > hi) continue;
    sum += a.days;
    ++d.decided;
  }
  if (d.decided) d.avg_processing_days = sum / static_cast<double>(d.decided);
  return d;
}

}  // namespace socorg
