#include "app/supervision/simulate.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "app/supervision/common.h"
#include "domain/supervision/annual_report.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/rating.h"
#include "domain/supervision/zombie.h"
#include "store/org_store.h"

namespace socorg::supervision {

using namespace detail;
using nlohmann::json;

namespace {

constexpr SimulatedRule kRules[] = {
    {"AR-DUE", "年度工作报告逾期未报", "annual report overdue"},
    {"CREDIT-ANOMALY-REPORT", "活动异常名录：未按时报送年度工作报告", "anomaly list: annual report not filed"},
    {"CREDIT-ANOMALY-RECTIFICATION", "活动异常名录：未按期完成整改", "anomaly list: rectification overdue"},
    {"CREDIT-ANOMALY-PENALTY", "活动异常名录：警告或较小数额罚款", "anomaly list: warning or minor fine"},
    {"CREDIT-ANOMALY-UNREACHABLE", "活动异常名录：两次挂号信无人签收", "anomaly list: two registered letters unsigned"},
    {"CREDIT-SERIOUS-ESCALATION", "严重违法失信名单：异常名录满2年", "serious list: 2 years on the anomaly list"},
    {"CREDIT-SERIOUS-LARGE-FINE", "严重违法失信名单：较大数额罚款", "serious list: large fine"},
    {"CREDIT-SERIOUS-SUSPENSION", "严重违法失信名单：责令停止活动", "serious list: suspension"},
    {"CREDIT-SERIOUS-REPEATED-PENALTIES", "严重违法失信名单：三年内多次处罚", "serious list: repeated penalties"},
    {"CREDIT-SERIOUS-REVOKED", "严重违法失信名单：被撤销登记", "serious list: registration revoked"},
    {"ZOMBIE", "僵尸型社会组织", "zombie organization"},
    {"REVOKE-NO-INSPECTION", "连续未参加年检（可撤销登记）", "years without annual inspection (revocation ground)"},
    {"ELECTION-OVERDUE", "逾期未换届", "term election overdue"},
    {"RATING-EXPIRED", "评估等级到期", "rating expired"},
    {"RATING-DOWNGRADE-UNQUALIFIED", "评估等级降级：年检不合格", "rating downgrade: inspection unqualified"},
    {"RATING-DOWNGRADE-TWICE-BASIC", "评估等级降级：连续两年基本合格", "rating downgrade: twice basically qualified"},
    {"RATING-DOWNGRADE-PENALTY", "评估等级降级：受到行政处罚", "rating downgrade: administrative penalty"},
};
static_assert(std::size(kRules) <= 32, "one bit per rule");

int BitOf(std::string_view rule_id) {
  for (size_t i = 0; i < std::size(kRules); ++i)
    if (rule_id == kRules[i].rule_id) return static_cast<int>(i);
  return -1;
}

std::uint32_t RuleBitsOf(const OrgFacts& o, Date as_of, const RulesConfig& cfg, std::vector<DesiredListing>& buf) {
  std::uint32_t bits = 0;
  auto set = [&](std::string_view rule) {
    if (int b = BitOf(rule); b >= 0) bits |= 1u << b;
  };
  if (o.status == OrgStatus::kActive && o.type != OrgType::kCommunity && !ReportsUpToDate(o, as_of, cfg))
    set(kRuleReportDue);
  buf.clear();
  EvaluateCredit(o, as_of, cfg, buf);
  for (const DesiredListing& d : buf)
    if (!d.stored_id && d.entered_on <= as_of && (!d.exited_on || *d.exited_on > as_of)) set(RuleIdOf(d.cause));
  if (AssessZombie(o, as_of, cfg).zombie) set("ZOMBIE");
  if (RevocationCandidateSince(o, as_of, cfg, nullptr)) set("REVOKE-NO-INSPECTION");
  if (ElectionOverdueSince(o, as_of)) set("ELECTION-OVERDUE");
  if (o.rating)
    for (const RatingChange& c : EvaluateRatingChanges(o, as_of, cfg, {})) set(ExplainRatingChange(c, cfg).rule_id);
  return bits;
}

// [lo, hi) of the 6-digit region codes a prefix covers.
std::pair<std::uint32_t, std::uint32_t> CodeRange(const std::string& prefix) {
  if (prefix.empty()) return {0, 1'000'000};
  std::uint32_t scale = 1;
  for (size_t i = prefix.size(); i < 6; ++i) scale *= 10;
  std::uint32_t p = static_cast<std::uint32_t>(std::stoul(prefix));
  return {p * scale, (p + 1) * scale};
}

std::string Code6(std::uint32_t region) {
  std::string s = std::to_string(region);
  return std::string(s.size() < 6 ? 6 - s.size() : 0, '0') + s;
}

double MsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

std::span<const SimulatedRule> SimulatedRules() { return kRules; }

std::vector<std::uint32_t> EvaluateRuleBits(const Snapshot& s, Date as_of, const RulesConfig& cfg, int threads) {
  std::vector<std::uint32_t> bits(s.size());
  Parallel<char>(s.size(), threads, [&](size_t b, size_t e, char&) {
    std::vector<DesiredListing> buf;
    for (size_t i = b; i < e; ++i) bits[i] = RuleBitsOf(s.Facts(i), as_of, cfg, buf);
  });
  return bits;
}

Status CanSimulate(const Actor& a) { return CanReadLists(a); }

Result<SimulationResult> SimulateRules(AppContext& ctx, const Actor& a, const SimulationInput& in) {
  SOCORG_TRY_VOID(CanSimulate(a));
  SOCORG_TRY(std::string prefix, RegionScope(a, in.region));
  if (in.examples < 0 || in.examples > 50)
    return Invalid("invalid_examples", "示例数量应为0–50", "examples must be 0-50", "examples");
  SOCORG_TRY(RulesConfig changed, ApplyRulesJson(in.config, ctx.rules, [](std::string_view key) {
               return key.empty() ? std::string("config") : "config." + std::string(key);
             }));
  SimulationResult out;
  out.as_of = in.date.value_or(ctx.clock.Today());
  out.region = prefix;
  json before = RulesConfigJson(ctx.rules), after = RulesConfigJson(changed);
  for (const json* section : {&before, &before["supervision"]})
    for (auto& [k, v] : section->items()) {
      if (v.is_object()) continue;
      const json& now = section == &before ? after[k] : after["supervision"][k];
      if (now != v) out.changes.push_back({k, v, now});
    }
  if (out.changes.empty())
    return Invalid("nothing_changed", "请至少修改一项配置，与现行配置相同无可比较",
                   "change at least one value: the configuration equals the one in force", "config");

  auto t0 = std::chrono::steady_clock::now();
  auto conn = ctx.read_db->Acquire();
  SOCORG_TRY(Snapshot snap, LoadSnapshot(*conn));
  out.load_ms = MsSince(t0);
  t0 = std::chrono::steady_clock::now();
  std::vector<std::uint32_t> base = EvaluateRuleBits(snap, out.as_of, ctx.rules);
  std::vector<std::uint32_t> what_if = EvaluateRuleBits(snap, out.as_of, changed);
  auto [lo, hi] = CodeRange(prefix);

  struct Tally {
    std::int64_t before = 0, after = 0, enter = 0, leave = 0;
    std::map<std::uint32_t, std::pair<std::int64_t, std::int64_t>> regions;
    std::vector<size_t> entering, leaving;
  };
  std::vector<Tally> tally(std::size(kRules));
  for (size_t i = 0; i < snap.size(); ++i) {
    std::uint32_t region = snap.orgs[i].region;
    if (region < lo || region >= hi) continue;
    ++out.evaluated;
    std::uint32_t b = base[i], w = what_if[i];
    if (!b && !w) continue;
    for (size_t r = 0; r < std::size(kRules); ++r) {
      bool was = b >> r & 1u, is = w >> r & 1u;
      Tally& t = tally[r];
      t.before += was, t.after += is;
      if (was == is) continue;
      auto& reg = t.regions[region];
      if (is) {
        ++t.enter, ++reg.first;
        if (t.entering.size() < static_cast<size_t>(in.examples)) t.entering.push_back(i);
      } else {
        ++t.leave, ++reg.second;
        if (t.leaving.size() < static_cast<size_t>(in.examples)) t.leaving.push_back(i);
      }
    }
  }
  out.compute_ms = MsSince(t0);

  for (size_t r = 0; r < std::size(kRules); ++r) {
    Tally& t = tally[r];
    RuleDifference d{kRules[r].rule_id, kRules[r].title_zh, kRules[r].title_en, t.before, t.after, t.enter, t.leave,
                     {}, {}};
    for (const auto& [region, n] : t.regions) {
      std::string code = Code6(region);
      d.regions.push_back({code, ctx.divisions->FullName(code), n.first, n.second});
    }
    std::stable_sort(d.regions.begin(), d.regions.end(), [](const RuleRegionCount& x, const RuleRegionCount& y) {
      return x.enter + x.leave > y.enter + y.leave;
    });
    if (d.regions.size() > 20) d.regions.resize(20);
    for (bool enters : {true, false})
      for (size_t i : enters ? t.entering : t.leaving) {
        SOCORG_TRY(auto org, org_store::GetById(*conn, OrgId{snap.orgs[i].id}));
        if (!org) continue;
        d.examples.push_back({org->id.value, org->uscc.value_or(""), org->name, org->region_code, enters});
      }
    out.rules.push_back(std::move(d));
  }
  return out;
}

Result<json> RulesInForce(AppContext& ctx, const Actor& a) {
  SOCORG_TRY_VOID(CanReadLists(a));
  return RulesConfigJson(ctx.rules);
}

}  // namespace socorg::supervision
