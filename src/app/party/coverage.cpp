#include "app/party/coverage.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>
#include <unordered_map>

#include "app/checks.h"
#include "app/org_lookup.h"
#include "app/stats_cube.h"
#include "domain/region.h"
#include "store/party/party.h"

namespace socorg::party_app {
namespace {

namespace ps = party_store;
constexpr int kPage = 50'000;

std::int32_t Pack(const std::optional<Date>& d) { return d ? PackDate(d->ToString()) : 0; }

template <typename Index>
Index Intern(std::vector<std::string>& names, std::unordered_map<std::string, Index>& index, const std::string& s) {
  auto [it, added] = index.try_emplace(s, static_cast<Index>(names.size()));
  if (added) names.push_back(s);
  return it->second;
}

// The code of the region one level below `prefix` that `code` lies in ("15" + "152502" -> "152500").
std::string ChildRegion(const std::string& prefix, const std::string& code) {
  if (prefix.size() >= 6) return code;
  std::string child = code.substr(0, prefix.size() + 2);
  child.resize(6, '0');
  return child;
}

struct Scope {
  std::string prefix;
  int level = -1, type = -1;  // index into the stats' tables; -1 = any
  bool community_ok = false;
  bool unknown_value = false;  // a level or type no organization has: nothing matches
};

Result<Scope> ScopeOf(const PartyStats& s, const std::string& prefix, const std::string& level,
                      const std::string& type) {
  Scope sc;
  sc.prefix = prefix;
  auto find = [&](const std::vector<std::string>& names, const std::string& v, int& out) {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == v) out = static_cast<int>(i);
    if (out < 0) sc.unknown_value = true;
  };
  if (!level.empty()) {
    if (level != "national" && level != "provincial" && level != "municipal" && level != "county")
      return Invalid("invalid_enum", "级别应为 national、provincial、municipal 或 county",
                     "level must be national, provincial, municipal or county", "level");
    find(s.levels, level, sc.level);
  }
  if (!type.empty()) {
    if (type != "social_group" && type != "social_service_agency" && type != "foundation" && type != "community")
      return Invalid("invalid_enum", "类型应为 social_group、social_service_agency、foundation 或 community",
                     "type must be social_group, social_service_agency, foundation or community", "type");
    find(s.types, type, sc.type);
    sc.community_ok = type == "community";
  }
  return sc;
}

// Calls fn(org index, fact or null) for every organization in scope registered on `day`.
template <typename F>
void EachInScope(const PartyStats& s, const Scope& sc, std::int32_t day, F&& fn) {
  if (sc.unknown_value) return;
  std::vector<char> mask(s.regions.size());
  for (size_t i = 0; i < s.regions.size(); ++i) mask[i] = s.regions[i].starts_with(sc.prefix);
  int community = -1;
  for (size_t i = 0; i < s.types.size(); ++i)
    if (s.types[i] == "community") community = static_cast<int>(i);
  for (size_t i = 0; i < s.orgs.size(); ++i) {
    const PartyStats::Org& o = s.orgs[i];
    if (!mask[o.region] || o.registered_on > day || (o.ended_on != 0 && o.ended_on <= day)) continue;
    if (sc.type >= 0 ? o.type != sc.type : o.type == community) continue;
    if (sc.level >= 0 && o.level != sc.level) continue;
    fn(i, s.At(i, day));
  }
}

void Add(CoverageCounts& c, const PartyStats::Fact* f, std::int32_t day, std::set<std::int64_t>& joints) {
  ++c.orgs;
  if (!f) return;
  bool temporary_in_force = f->kind == party::OrgKind::kTemporary && day <= f->term_ends;
  bool has_org = f->kind != party::OrgKind::kNone && (f->kind != party::OrgKind::kTemporary || temporary_in_force);
  if (has_org) {
    ++c.with_party_org;
    ++c.by_kind[std::string(party::ToString(f->kind))];
    if (f->kind == party::OrgKind::kJoint && joints.insert(f->joint_branch_id).second) ++c.joint_branches;
  }
  if (has_org || f->instructor || f->liaison) ++c.with_party_work;
  if (f->formal_members >= party::kBranchMinFormalMembers && !party::IsOwnOrganization(f->kind))
    ++c.needs_branch_without;
  if (f->instructor) ++c.instructors;
  if (f->liaison) ++c.liaisons;
  if (f->charter_clause) ++c.charter_clause;
  if (f->kind == party::OrgKind::kTemporary && !temporary_in_force) ++c.temporary_outlived;
}

Coverage Compute(const PartyStats& s, const Scope& sc, const std::string& region, Date date, bool today) {
  Coverage out;
  out.region = region, out.date = date, out.computed_at = s.computed_at;
  std::int32_t day = PackDate(date.ToString());
  std::map<std::string, CoverageCounts> by;
  std::set<std::int64_t> joints;
  std::map<std::string, std::set<std::int64_t>> joints_by;
  std::vector<char> in_scope(s.orgs.size());
  EachInScope(s, sc, day, [&](size_t i, const PartyStats::Fact* f) {
    in_scope[i] = 1;
    Add(out.total, f, day, joints);
    std::string child = ChildRegion(sc.prefix, s.regions[s.orgs[i].region]);
    Add(by[child], f, day, joints_by[child]);
  });
  if (today)  // decisions carry their status as of the build, not as of another date
    for (const auto& d : s.decisions)
      if (in_scope[d.org]) {
        ++out.total.decisions[kDecisionStatuses[d.status]];
        ++by[ChildRegion(sc.prefix, s.regions[s.orgs[d.org].region])].decisions[kDecisionStatuses[d.status]];
      }
  for (auto& [code, c] : by) out.by_region.emplace_back(code, std::move(c));
  return out;
}

}  // namespace

const PartyStats::Fact* PartyStats::At(size_t org, std::int32_t day) const {
  const Fact* found = nullptr;
  for (std::uint32_t k = fact_off[org]; k < fact_off[org + 1]; ++k)
    if (facts[k].as_of <= day) found = &facts[k];  // sorted by (as_of, version): the last one counts
  return found;
}

Result<std::shared_ptr<const PartyStats>> BuildPartyStats(Connection& c, std::string computed_at) {
  auto started = std::chrono::steady_clock::now();
  auto s = std::make_shared<PartyStats>();
  s->computed_at = std::move(computed_at);
  std::unordered_map<std::string, std::uint16_t> regions;
  std::unordered_map<std::string, std::uint8_t> types, levels;
  std::unordered_map<std::int64_t, std::uint32_t> index;
  SOCORG_TRY(auto tx, Transaction::Start(c, /*write=*/false));  // one snapshot for every table
  SOCORG_TRY_VOID(ps::ForEachOrgFact(c, kPage, [&](const ps::OrgFact& f) {
    index.emplace(f.id, static_cast<std::uint32_t>(s->orgs.size()));
    s->orgs.push_back({f.id, Intern(s->regions, regions, f.region_code), Intern(s->types, types, f.type),
                       Intern(s->levels, levels, f.level),
                       f.registered_on ? PackDate(*f.registered_on) : PartyStats::kNever,
                       f.ended_on ? PackDate(*f.ended_on) : 0});
  }));
  struct Keyed {
    std::uint32_t org;
    int version;
    PartyStats::Fact fact;
  };
  std::vector<Keyed> all;
  SOCORG_TRY_VOID(ps::ForEachConfirmedFiling(c, kPage, [&](const ps::Filing& f) {
    auto it = index.find(f.org_id);
    if (it == index.end()) return;
    const auto& d = f.data;
    all.push_back({it->second, f.version,
                   {PackDate(d.as_of.ToString()), Pack(d.temporary.term_ends), d.formal_members, d.kind, d.instructor,
                    d.liaison, d.charter_clause, d.joint_branch_id}});
  }));
  std::sort(all.begin(), all.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.org, a.fact.as_of, a.version) < std::tie(b.org, b.fact.as_of, b.version);
  });
  s->fact_off.assign(s->orgs.size() + 1, 0);
  for (const Keyed& k : all) ++s->fact_off[k.org + 1];
  for (size_t i = 0; i < s->orgs.size(); ++i) s->fact_off[i + 1] += s->fact_off[i];
  s->facts.reserve(all.size());
  for (const Keyed& k : all) s->facts.push_back(k.fact);
  SOCORG_TRY_VOID(ps::ForEachDecisionFact(c, kPage, [&](const ps::DecisionFact& f) {
    auto it = index.find(f.org_id);
    if (it == index.end()) return;
    std::string_view st = party::DecisionStatus(f.d);
    std::uint8_t k = 0;
    for (std::uint8_t j = 0; j < 4; ++j)
      if (st == kDecisionStatuses[j]) k = j;
    s->decisions.push_back({it->second, k});
  }));
  SOCORG_TRY_VOID(tx.Commit());
  s->build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::shared_ptr<const PartyStats>(std::move(s));
}

void KeepPartyStats(AppContext& ctx) { KeptCache<PartyStatsCache>(ctx, true)->Prime(ctx); }

Result<std::shared_ptr<const PartyStats>> PartyStatsOf(AppContext& ctx) {
  if (auto cache = KeptCache<PartyStatsCache>(ctx, false)) return cache->Get(ctx);
  auto conn = ctx.db->Acquire();
  return BuildPartyStats(*conn, ctx.clock.Now());
}

namespace {
Status CheckCanReadLists(const Actor& a) {
  if (a.role != Role::kPartyOfficer && !IsOfficer(a.role) && a.role != Role::kAuditor)
    return Forbidden("无权查看党建数据", "not allowed to read party data");
  return {};
}
}  // namespace

Result<Coverage> PartyCoverage(AppContext& ctx, const Actor& a, const CoverageQuery& q) {
  SOCORG_TRY_VOID(CheckCanReadLists(a));
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(a, q.region));
  Date today = ctx.clock.Today();
  Date date = q.date.value_or(today);
  if (date > today) return Invalid("future_date", "日期不能晚于今天", "date is in the future", "date");
  SOCORG_TRY(auto stats, PartyStatsOf(ctx));
  SOCORG_TRY(Scope sc, ScopeOf(*stats, prefix, q.level, q.type));
  return Compute(*stats, sc, q.region.empty() ? a.region_code : q.region, date, date == today);
}

Result<Coverage> PublicPartyCoverage(AppContext& ctx, const std::string& region) {
  std::string root = region.empty() ? std::string(kNationalRegion) : region;
  if (!IsRegionCodeShape(root))
    return Invalid("invalid_region", "行政区划代码应为6位数字", "region must be 6 digits", "region");
  SOCORG_TRY(auto stats, PartyStatsOf(ctx));
  SOCORG_TRY(Scope sc, ScopeOf(*stats, RegionPrefix(root), "", ""));
  Date today = ctx.clock.Today();
  Coverage c = Compute(*stats, sc, root, today, false);
  return c;
}

Result<Worklist> PartyWorklist(AppContext& ctx, const Actor& a, const std::string& region, const std::string& kind,
                               int days, std::int64_t after, int page_size) {
  SOCORG_TRY_VOID(CheckCanReadLists(a));
  if (kind != "needs_branch" && kind != "uncovered" && kind != "temporary_ending" && kind != "temporary_outlived" &&
      kind != "no_charter_clause")
    return Invalid("invalid_enum",
                   "清单应为 needs_branch、uncovered、temporary_ending、temporary_outlived 或 no_charter_clause",
                   "list must be needs_branch, uncovered, temporary_ending, temporary_outlived or no_charter_clause",
                   "list");
  if (days < 1 || days > 3650)
    return Invalid("out_of_range", "天数应为 1 至 3650", "days must be 1 to 3650", "days");
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(a, region));
  SOCORG_TRY(auto stats, PartyStatsOf(ctx));
  SOCORG_TRY(Scope sc, ScopeOf(*stats, prefix, "", ""));
  Date today = ctx.clock.Today();
  std::int32_t day = PackDate(today.ToString()), until = PackDate(today.AddDays(days).ToString());
  Worklist out;
  std::vector<std::pair<std::int64_t, PartyStats::Fact>> ids;
  EachInScope(*stats, sc, day, [&](size_t i, const PartyStats::Fact* f) {
    bool temporary = f && f->kind == party::OrgKind::kTemporary;
    bool in_force = temporary && day <= f->term_ends;
    bool has_work = f && ((f->kind != party::OrgKind::kNone && (!temporary || in_force)) || f->instructor || f->liaison);
    bool match = false;
    if (kind == "needs_branch") match = f && f->formal_members >= party::kBranchMinFormalMembers && !party::IsOwnOrganization(f->kind);
    else if (kind == "uncovered") match = !has_work;
    else if (kind == "temporary_ending") match = in_force && f->term_ends <= until;
    else if (kind == "temporary_outlived") match = temporary && !in_force;
    else match = !f || !f->charter_clause;
    if (!match) return;
    ++out.total;
    std::int64_t id = stats->orgs[i].id;
    if (id <= after) return;
    if (static_cast<int>(ids.size()) < page_size) ids.emplace_back(id, f ? *f : PartyStats::Fact{});
    else if (!out.next_after) out.next_after = ids.back().first;
  });
  auto conn = ctx.db->Acquire();
  for (auto& [id, fact] : ids) {
    SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(id)));
    out.items.push_back({std::move(org), fact});
  }
  return out;
}

}  // namespace socorg::party_app
