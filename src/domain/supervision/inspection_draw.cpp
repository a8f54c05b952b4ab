#include "domain/supervision/inspection_draw.h"

#include <sodium.h>

#include <algorithm>

namespace socorg::supervision {

std::string Sha256Hex(std::string_view data) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  static const char kHex[] = "0123456789abcdef";
  std::string hex(2 * sizeof out, '0');
  for (size_t i = 0; i < sizeof out; ++i) {
    hex[2 * i] = kHex[out[i] >> 4];
    hex[2 * i + 1] = kHex[out[i] & 15];
  }
  return hex;
}

int MinPermille(RegionLevel level, const RulesConfig& cfg) {
  switch (level) {
    case RegionLevel::kNational: return cfg.inspection_permille_national;
    case RegionLevel::kProvince: return cfg.inspection_permille_province;
    case RegionLevel::kCity: return cfg.inspection_permille_city;
    case RegionLevel::kCounty: return cfg.inspection_permille_county;
  }
  return cfg.inspection_permille_county;
}

Finding CheckPlanRatio(RegionLevel level, int permille, const RulesConfig& cfg) {
  int min = MinPermille(level, cfg);
  bool ok = permille >= min && permille <= 1000;
  return Finding{"INSPECTION-RATIO",
                 BasisText("INSPECTION-RATIO"),
                 "抽查比例不低于本级最低比例",
                 {{"permille", std::to_string(permille)}, {"minimum_permille", std::to_string(min)}},
                 ok ? Outcome::kPass : Outcome::kFail,
                 ok ? "抽查比例符合要求" : "抽查比例应不低于千分之" + std::to_string(min) + "且不超过全部",
                 ok ? "ratio meets the minimum" : "ratio below the level's minimum of " + std::to_string(min) + " per mille"};
}

std::string PopulationDigest(std::vector<std::string> population) {
  std::sort(population.begin(), population.end());
  population.erase(std::unique(population.begin(), population.end()), population.end());
  std::string joined;
  for (size_t i = 0; i < population.size(); ++i) {
    if (i) joined += '\n';
    joined += population[i];
  }
  return Sha256Hex(joined);
}

size_t DrawCount(size_t population, int permille) {
  return static_cast<size_t>((static_cast<unsigned long long>(population) * permille + 999) / 1000);
}

Result<DrawResult> Draw(std::vector<std::string> population, const std::vector<DrawInspector>& roster,
                        const std::set<std::pair<std::string, std::string>>& conflicts, const std::string& seed,
                        int permille, int inspectors_per_org) {
  if (seed.empty()) return Fail(ErrorKind::kInvalid, "seed_required", "缺少随机种子", "seed is required", "seed");
  if (permille < 1 || permille > 1000)
    return Fail(ErrorKind::kInvalid, "invalid_permille", "抽查比例无效", "permille must be 1-1000", "permille");
  std::sort(population.begin(), population.end());
  population.erase(std::unique(population.begin(), population.end()), population.end());
  DrawResult r;
  r.population_digest = PopulationDigest(population);
  r.population_size = population.size();
  std::vector<std::pair<std::string, std::string>> keyed;  // (key, uscc)
  keyed.reserve(population.size());
  for (const auto& u : population) keyed.push_back({Sha256Hex(seed + ":" + u), u});
  size_t n = std::min(DrawCount(population.size(), permille), keyed.size());
  std::partial_sort(keyed.begin(), keyed.begin() + n, keyed.end());
  for (size_t i = 0; i < n; ++i) {
    DrawnOrg d{keyed[i].second, keyed[i].first, {}};
    std::vector<std::pair<std::string, std::string>> ranked;  // (key, inspector id)
    for (const auto& ins : roster) ranked.push_back({Sha256Hex(seed + ":" + d.uscc + ":" + ins.id), ins.id});
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [key, id] : ranked) {
      if (static_cast<int>(d.inspectors.size()) == inspectors_per_org) break;
      if (conflicts.count({id, d.uscc})) continue;  // 利害关系: skip, take the next in rank
      d.inspectors.push_back(id);
    }
    if (static_cast<int>(d.inspectors.size()) < inspectors_per_org)
      return Fail(ErrorKind::kRuleViolation, "not_enough_inspectors",
                  "检查人员不足：" + d.uscc + " 无利害关系的检查人员少于" + std::to_string(inspectors_per_org) + "名",
                  "fewer than " + std::to_string(inspectors_per_org) + " conflict-free inspectors for " + d.uscc,
                  "inspectors");
    r.drawn.push_back(std::move(d));
  }
  return r;
}

namespace {
constexpr std::pair<InspectionMethod, std::string_view> kMethods[] = {{InspectionMethod::kWritten, "written"},
                                                                      {InspectionMethod::kOnSite, "on_site"}};
constexpr std::pair<InspectionContent, std::string_view> kContents[] = {
    {InspectionContent::kAnnualReport, "annual_report"}, {InspectionContent::kDisclosure, "disclosure"},
    {InspectionContent::kGovernance, "governance"},      {InspectionContent::kFinances, "finances"},
    {InspectionContent::kActivities, "activities"}};
}  // namespace

std::string_view ToString(InspectionMethod m) {
  for (auto& [k, n] : kMethods)
    if (k == m) return n;
  return "";
}
std::optional<InspectionMethod> ParseInspectionMethod(std::string_view s) {
  for (auto& [k, n] : kMethods)
    if (n == s) return k;
  return std::nullopt;
}
std::string_view ToString(InspectionContent c) {
  for (auto& [k, n] : kContents)
    if (k == c) return n;
  return "";
}
std::optional<InspectionContent> ParseInspectionContent(std::string_view s) {
  for (auto& [k, n] : kContents)
    if (n == s) return k;
  return std::nullopt;
}

Result<InspectionChecklist> ParseChecklist(std::string_view method, const std::vector<std::string>& checked) {
  InspectionChecklist out;
  auto m = ParseInspectionMethod(method);
  if (!m)
    return Fail(ErrorKind::kInvalid, "invalid_method", "检查方式应为 written（书面检查）或 on_site（实地检查）",
                "method must be written or on_site", "method");
  out.method = *m;
  if (checked.empty())
    return Fail(ErrorKind::kInvalid, "checked_required", "请列出检查的内容（年度报告、信息公开、内部治理、财务、业务活动）",
                "checked must list at least one content item", "checked");
  for (size_t i = 0; i < checked.size(); ++i) {
    auto c = ParseInspectionContent(checked[i]);
    std::string field = "checked[" + std::to_string(i) + "]";
    if (!c)
      return Fail(ErrorKind::kInvalid, "invalid_content",
                  "检查内容应为 annual_report、disclosure、governance、finances 或 activities",
                  "a content item is annual_report, disclosure, governance, finances or activities", field);
    if (std::find(out.checked.begin(), out.checked.end(), *c) != out.checked.end())
      return Fail(ErrorKind::kInvalid, "duplicate_content", "检查内容重复", "a content item is listed twice", field);
    out.checked.push_back(*c);
  }
  return out;
}

}  // namespace socorg::supervision
