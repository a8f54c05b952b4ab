#include "app/app_context.h"

#include <filesystem>
#include <fstream>
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
#define SOCORG_CFG(key) \
  if (j.contains(#key)) cfg.key = j[#key].get<decltype(cfg.key)>();
  try {
    SOCORG_CFG(leader_max_age) SOCORG_CFG(leader_max_consecutive_terms) SOCORG_CFG(term_years)
    SOCORG_CFG(election_prep_months) SOCORG_CFG(postponement_max_months) SOCORG_CFG(decision_days)
    SOCORG_CFG(missing_document_days) SOCORG_CFG(revocation_years_without_inspection)
    SOCORG_CFG(social_group_funds_national) SOCORG_CFG(social_group_funds_local)
    SOCORG_CFG(social_group_min_individual_members) SOCORG_CFG(social_group_min_unit_members)
    SOCORG_CFG(agency_min_funds) SOCORG_CFG(foundation_fund_national_public) SOCORG_CFG(foundation_fund_local_public)
    SOCORG_CFG(foundation_fund_non_public) SOCORG_CFG(foundation_min_directors) SOCORG_CFG(foundation_max_directors)
    SOCORG_CFG(token_ttl_minutes) SOCORG_CFG(login_max_failures) SOCORG_CFG(login_window_minutes)
    // supervision (issue #4)
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
    SOCORG_CFG(illegal_min_officers) SOCORG_CFG(jobs_daily)
  } catch (const std::exception& e) {
    return Fail(ErrorKind::kInvalid, "bad_config", "配置项类型错误：" + std::string(e.what()),
                "config value has the wrong type: " + std::string(e.what()), path);
  }
#undef SOCORG_CFG
  return cfg;
}

}  // namespace socorg
