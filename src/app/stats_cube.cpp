#include "app/stats_cube.h"

#include <chrono>
#include <unordered_map>

#include "domain/date.h"
#include "domain/region.h"
#include "store/org_store.h"

namespace socorg {
namespace {

constexpr int kPage = 50000;

// Interns short strings (codes) as small indexes.
template <typename Index>
class Interner {
 public:
  explicit Interner(std::vector<std::string>& names) : names_(names) {}
  Index operator()(const std::string& s) {
    auto [it, added] = index_.try_emplace(s, static_cast<Index>(names_.size()));
    if (added) names_.push_back(s);
    return it->second;
  }

 private:
  std::vector<std::string>& names_;
  std::unordered_map<std::string, Index> index_;
};

}  // namespace

std::int32_t PackDate(const std::string& t) {
  if (t.size() < 10 || t[4] != '-' || t[7] != '-') return 0;
  std::int32_t v = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (t[i] < '0' || t[i] > '9') return 0;
    v = v * 10 + (t[i] - '0');
  }
  return v;
}

std::vector<char> StatsCube::PrefixMask(const std::string& prefix) const {
  std::vector<char> mask(regions.size());
  for (size_t i = 0; i < regions.size(); ++i) mask[i] = regions[i].starts_with(prefix);
  return mask;
}

Result<std::shared_ptr<const StatsCube>> BuildStatsCube(Connection& c, std::string computed_at) {
  auto started = std::chrono::steady_clock::now();
  auto cube = std::make_shared<StatsCube>();
  cube->computed_at = std::move(computed_at);
  Interner<std::uint16_t> region(cube->regions);
  Interner<std::uint8_t> type(cube->types), level(cube->levels), status(cube->statuses), action(cube->actions);
  // One snapshot for both scans.
  SOCORG_TRY(auto tx, Transaction::Start(c, /*write=*/false));
  std::unordered_map<std::int64_t, std::uint32_t> org_index;  // org id -> index in cube->orgs
  SOCORG_TRY_VOID(org_store::ForEachOrgFact(c, kPage, [&](const org_store::OrgFact& f) {
    std::int32_t deadline = 0;
    if (f.status == "active" && !f.term_end.empty())
      deadline = std::max(PackDate(f.term_end), PackDate(f.postponed_until));
    org_index.emplace(f.id, static_cast<std::uint32_t>(cube->orgs.size()));
    cube->orgs.push_back({region(f.region_code), type(f.type), level(f.level), status(f.status), deadline});
  }));
  // Founding time: the first application date of each organization, then its approval.
  std::unordered_map<std::uint32_t, Date> applied;
  std::vector<std::pair<std::uint32_t, std::string>> approved;
  SOCORG_TRY_VOID(org_store::ForEachEventFact(c, kPage, [&](const org_store::EventFact& e) {
    auto it = org_index.find(e.org_id);
    if (it == org_index.end()) return;
    std::int32_t day = PackDate(e.occurred_on);
    if (day == 0) return;
    cube->events.push_back({cube->orgs[it->second].region, action(e.action), day});
    if (e.action == "apply") {
      if (auto d = Date::Parse(e.occurred_on)) applied.try_emplace(it->second, *d);
    } else if (e.action == "approve") {
      approved.emplace_back(it->second, e.occurred_on);
    }
  }));
  SOCORG_TRY_VOID(tx.Commit());
  for (auto& [org, on] : approved) {
    auto a = applied.find(org);
    auto d = Date::Parse(on);
    if (a == applied.end() || !d) continue;
    cube->approvals.push_back({cube->orgs[org].region, PackDate(on), a->second.DaysUntil(*d)});
  }
  cube->build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::shared_ptr<const StatsCube>(std::move(cube));
}

}  // namespace socorg
