#include "domain/rules_config.h"

#include <chrono>

namespace socorg {
namespace {

struct Bound {
  const char* key;
  std::int64_t value, min, max;
};

Status OutOfRange(const std::string& field, std::int64_t v, std::int64_t min, std::int64_t max) {
  return Fail(ErrorKind::kInvalid, "config_out_of_range",
              "配置项 " + field + " 的值 " + std::to_string(v) + " 超出范围（" + std::to_string(min) + "–" +
                  std::to_string(max) + "）",
              "config value " + field + " = " + std::to_string(v) + " is outside " + std::to_string(min) + "-" +
                  std::to_string(max),
              field);
}

bool ValidMonthDay(int month, int day) {
  using namespace std::chrono;
  return month >= 1 && month <= 12 && day >= 1 && year_month_day{year{2001}, std::chrono::month(month), std::chrono::day(day)}.ok();
}

}  // namespace

Status CheckRulesConfig(const RulesConfig& c) {
  constexpr std::int64_t kYuanMax = 1'000'000'000'000;  // ¥1 trillion
  const Bound bounds[] = {
      {"leader_max_age", c.leader_max_age, 18, 100},
      {"leader_max_consecutive_terms", c.leader_max_consecutive_terms, 1, 10},
      {"term_years", c.term_years, 1, 5},  // 章程: 3-5 years in practice; foundations ≤ 5 (基金会管理条例)
      {"election_prep_months", c.election_prep_months, 1, 12},
      {"postponement_max_months", c.postponement_max_months, 1, 12},
      {"decision_days", c.decision_days, 1, 365},
      {"missing_document_days", c.missing_document_days, 1, 365},
      {"revocation_years_without_inspection", c.revocation_years_without_inspection, 1, 10},
      {"social_group_funds_national", c.social_group_funds_national, 0, kYuanMax},
      {"social_group_funds_local", c.social_group_funds_local, 0, kYuanMax},
      {"social_group_min_individual_members", c.social_group_min_individual_members, 0, 1'000'000},
      {"social_group_min_unit_members", c.social_group_min_unit_members, 0, 1'000'000},
      {"agency_min_funds", c.agency_min_funds, 0, kYuanMax},
      {"foundation_fund_national_public", c.foundation_fund_national_public, 0, kYuanMax},
      {"foundation_fund_local_public", c.foundation_fund_local_public, 0, kYuanMax},
      {"foundation_fund_non_public", c.foundation_fund_non_public, 0, kYuanMax},
      {"foundation_min_directors", c.foundation_min_directors, 1, 100},
      {"foundation_max_directors", c.foundation_max_directors, c.foundation_min_directors, 100},
      {"annual_report_exempt_months", c.annual_report_exempt_months, 0, 12},
      {"rating_valid_years", c.rating_valid_years, 1, 10},
      {"rating_min_registered_years", c.rating_min_registered_years, 0, 10},
      // Grades strictly ascending from 2A to 5A, each bounded by its neighbours.
      {"rating_grade_2a", c.rating_grade_2a, 1, c.rating_grade_3a - 1},
      {"rating_grade_3a", c.rating_grade_3a, c.rating_grade_2a + 1, c.rating_grade_4a - 1},
      {"rating_grade_4a", c.rating_grade_4a, c.rating_grade_3a + 1, c.rating_grade_5a - 1},
      {"rating_grade_5a", c.rating_grade_5a, c.rating_grade_4a + 1, 1000},
      {"rating_notice_days", c.rating_notice_days, 1, 90},
      {"rating_cancel_reapply_years", c.rating_cancel_reapply_years, 0, 10},
      {"anomaly_auto_exit_months", c.anomaly_auto_exit_months, 1, 120},
      {"anomaly_escalation_years", c.anomaly_escalation_years, 1, 10},
      {"serious_exit_years", c.serious_exit_years, 1, 10},
      {"serious_fine_yuan", c.serious_fine_yuan, 1, kYuanMax},
      {"serious_minor_penalty_count", c.serious_minor_penalty_count, 1, 20},
      {"serious_minor_penalty_window_years", c.serious_minor_penalty_window_years, 1, 10},
      {"unreachable_letter_min_days", c.unreachable_letter_min_days, 1, 365},
      {"unreachable_letter_max_days", c.unreachable_letter_max_days, c.unreachable_letter_min_days, 365},
      {"inspection_permille_county", c.inspection_permille_county, 1, 1000},
      {"inspection_permille_city", c.inspection_permille_city, 1, 1000},
      {"inspection_permille_province", c.inspection_permille_province, 1, 1000},
      {"inspection_permille_national", c.inspection_permille_national, 1, 1000},
      {"inspection_min_inspectors", c.inspection_min_inspectors, 1, 10},
      {"zombie_no_report_years", c.zombie_no_report_years, 1, 10},
      {"zombie_min_signals", c.zombie_min_signals, 1, 4},  // there are four signals (supervision/zombie.h)
      {"community_low_activity_months", c.community_low_activity_months, 1, 120},
      {"illegal_min_officers", c.illegal_min_officers, 1, 10},
      {"charity_penalty_free_years", c.charity_penalty_free_years, 0, 10},
      {"charity_min_registered_years", c.charity_min_registered_years, 0, 10},
      {"token_ttl_minutes", c.token_ttl_minutes, 1, 7 * 24 * 60},
      {"login_max_failures", c.login_max_failures, 1, 1000},
      {"login_window_minutes", c.login_window_minutes, 1, 24 * 60},
      {"public_submissions_per_hour", c.public_submissions_per_hour, 1, 10000},
  };
  for (const Bound& b : bounds)
    if (b.value < b.min || b.value > b.max) return OutOfRange(b.key, b.value, b.min, b.max);
  auto month_day = [&](const std::string& m_key, int m, int d) -> Status {
    if (!ValidMonthDay(m, d))
      return Fail(ErrorKind::kInvalid, "config_out_of_range",
                  "配置项 " + m_key + " 不是有效的月日（" + std::to_string(m) + "月" + std::to_string(d) + "日）",
                  "config " + m_key + " is not a valid month and day", m_key);
    return {};
  };
  SOCORG_TRY_VOID(month_day("annual_report_supervisory_month", c.annual_report_supervisory_month,
                            c.annual_report_supervisory_day));
  SOCORG_TRY_VOID(month_day("annual_report_authority_month", c.annual_report_authority_month,
                            c.annual_report_authority_day));
  SOCORG_TRY_VOID(month_day("annual_report_foundation_month", c.annual_report_foundation_month,
                            c.annual_report_foundation_day));
  return {};
}

}  // namespace socorg
