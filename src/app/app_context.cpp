#include "app/app_context.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

namespace socorg {

Result<Divisions> LoadDivisions(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    return Fail(ErrorKind::kInternal, "divisions_missing", "找不到行政区划数据文件 " + path,
                "division data file not found: " + path);
  std::vector<Division> all;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    all.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return Divisions(std::move(all));
}

std::string DefaultDivisionsPath() {
  if (std::filesystem::exists("data/divisions.tsv")) return "data/divisions.tsv";
  return std::string(SOCORG_SOURCE_DIR) + "/data/divisions.tsv";
}

Result<RulesConfig> LoadRulesConfig(const std::string& path) {
  RulesConfig cfg;
  std::ifstream in(path);
  if (!in) return cfg;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    return Fail(ErrorKind::kInvalid, "bad_config", "配置文件格式错误：" + std::string(e.what()),
                "config file is not valid JSON: " + std::string(e.what()), path);
  }
  if (!j.is_object())
    return Fail(ErrorKind::kInvalid, "bad_config", "配置文件应为JSON对象", "the config file must be a JSON object", path);
  // The core's keys at the top level; each module's under its own key ("supervision": {...}, cli/modules.h).
  // Files written before the sections existed have the module's keys at the top level: still read. A key
  // that is neither is refused, so that a misspelt threshold is not silently left at its default.
  std::set<std::string> known;
  auto section = [&](const nlohmann::json& o, std::string_view name, auto read) -> Status {
    try {
      read(o);
    } catch (const std::exception& e) {
      return Fail(ErrorKind::kInvalid, "bad_config", "配置项类型错误：" + std::string(e.what()),
                  "config value has the wrong type: " + std::string(e.what()),
                  path + (name.empty() ? "" : ":" + std::string(name)));
    }
    return {};
  };
#define SOCORG_CFG(key)            \
  known.insert(#key);              \
  if (o.contains(#key)) cfg.key = o[#key].get<decltype(cfg.key)>();
  auto core = [&](const nlohmann::json& o) {
    SOCORG_CFG(leader_max_age) SOCORG_CFG(leader_max_consecutive_terms) SOCORG_CFG(term_years)
    SOCORG_CFG(election_prep_months) SOCORG_CFG(postponement_max_months) SOCORG_CFG(decision_days)
    SOCORG_CFG(missing_document_days) SOCORG_CFG(revocation_years_without_inspection)
    SOCORG_CFG(social_group_funds_national) SOCORG_CFG(social_group_funds_local)
    SOCORG_CFG(social_group_min_individual_members) SOCORG_CFG(social_group_min_unit_members)
    SOCORG_CFG(agency_min_funds) SOCORG_CFG(foundation_fund_national_public) SOCORG_CFG(foundation_fund_local_public)
    SOCORG_CFG(foundation_fund_non_public) SOCORG_CFG(foundation_min_directors) SOCORG_CFG(foundation_max_directors)
    SOCORG_CFG(token_ttl_minutes) SOCORG_CFG(login_max_failures) SOCORG_CFG(login_window_minutes)
  };
  auto supervision = [&](const nlohmann::json& o) {
    SOCORG_CFG(annual_report_supervisory_month) SOCORG_CFG(annual_report_supervisory_day)
    SOCORG_CFG(annual_report_authority_month) SOCORG_CFG(annual_report_authority_day)
    SOCORG_CFG(annual_report_exempt_months) SOCORG_CFG(rating_valid_years) SOCORG_CFG(rating_min_registered_years)
    SOCORG_CFG(rating_grade_5a) SOCORG_CFG(rating_grade_4a) SOCORG_CFG(rating_grade_3a) SOCORG_CFG(rating_grade_2a)
    SOCORG_CFG(rating_notice_days) SOCORG_CFG(anomaly_auto_exit_months) SOCORG_CFG(anomaly_escalation_years)
    SOCORG_CFG(serious_exit_years) SOCORG_CFG(serious_fine_yuan) SOCORG_CFG(serious_minor_penalty_count)
    SOCORG_CFG(serious_minor_penalty_window_years) SOCORG_CFG(unreachable_letter_min_days)
    SOCORG_CFG(unreachable_letter_max_days) SOCORG_CFG(inspection_permille_county) SOCORG_CFG(inspection_permille_city)
    SOCORG_CFG(inspection_permille_province) SOCORG_CFG(inspection_permille_national)
    SOCORG_CFG(inspection_min_inspectors) SOCORG_CFG(zombie_no_report_years) SOCORG_CFG(zombie_min_signals)
    SOCORG_CFG(illegal_min_officers) SOCORG_CFG(jobs_daily) SOCORG_CFG(charity_penalty_free_years)
    SOCORG_CFG(charity_min_registered_years)
  };
#undef SOCORG_CFG
  SOCORG_TRY_VOID(section(j, "", core));
  SOCORG_TRY_VOID(section(j, "", supervision));  // the older, flat layout
  const std::set<std::string> core_keys = known;
  known.clear();
  if (j.contains("supervision")) {
    if (!j["supervision"].is_object())
      return Fail(ErrorKind::kInvalid, "bad_config", "配置项 supervision 应为对象", "supervision must be an object",
                  path + ":supervision");
    SOCORG_TRY_VOID(section(j["supervision"], "supervision", supervision));
    for (auto& [k, v] : j["supervision"].items())
      if (!known.contains(k) && !k.starts_with("_"))
        return Fail(ErrorKind::kInvalid, "unknown_config_key", "未知配置项：supervision." + k,
                    "unknown config key: supervision." + k, path + ":supervision." + k);
  }
  for (auto& [k, v] : j.items())  // core_keys holds the flat layout's module keys too
    if (!core_keys.contains(k) && k != "supervision" && !k.starts_with("_"))
      return Fail(ErrorKind::kInvalid, "unknown_config_key", "未知配置项：" + k, "unknown config key: " + k,
                  path + ":" + k);
  return cfg;
}

}  // namespace socorg
