// Thresholds DOMAIN.md marks [config], with their defaults. Loaded from config/socorg.json at the edge
// (app/config_loader.cpp); the domain only reads this struct.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/error.h"

namespace socorg {

struct RulesConfig {
  // §5 responsible persons
  int leader_max_age = 70;             // age on the term start
  int leader_max_consecutive_terms = 2;
  // §4 life cycle
  int term_years = 5;                  // board term, 3-5
  int election_prep_months = 6;        // "preparation starts 3-6 months before expiry"
  int postponement_max_months = 12;    // once, ≤ 1 year
  int decision_days = 60;              // founding decision within 60 days of complete documents
  int missing_document_days = 30;      // 容缺受理: days to supply a missing document
  int revocation_years_without_inspection = 2;
  // §3 founding minimums (yuan)
  std::int64_t social_group_funds_national = 100'000;
  std::int64_t social_group_funds_local = 30'000;
  int social_group_min_individual_members = 50;
  int social_group_min_unit_members = 30;
  std::int64_t agency_min_funds = 0;   // "no national minimum funds [config]"
  std::int64_t foundation_fund_national_public = 8'000'000;
  std::int64_t foundation_fund_local_public = 4'000'000;
  std::int64_t foundation_fund_non_public = 2'000'000;
  int foundation_min_directors = 5;
  int foundation_max_directors = 25;
  // §6 annual reports: deadlines for the report on year Y, in year Y+1
  int annual_report_supervisory_month = 3, annual_report_supervisory_day = 31;
  int annual_report_authority_month = 5, annual_report_authority_day = 31;
  // A foundation reports to the registration authority by 31 Mar, after its supervisory unit's review
  // (基金会管理条例 第三十六条); social groups and agencies by 31 May (社团条例 第二十八条, 民非条例 第二十三条).
  int annual_report_foundation_month = 3, annual_report_foundation_day = 31;
  int annual_report_exempt_months = 6;   // registered < 6 months before 31 Dec: exempt that year
  // §7 ratings
  int rating_valid_years = 5;
  int rating_min_registered_years = 2;
  int rating_grade_5a = 900, rating_grade_4a = 800, rating_grade_3a = 700, rating_grade_2a = 600;
  int rating_notice_days = 7;            // public notice review period [practice]
  int rating_cancel_reapply_years = 2;   // after a cancellation for fraud, no new application [practice]
  // §8 credit lists
  int anomaly_auto_exit_months = 6;
  int anomaly_escalation_years = 2;      // 2 full years on the anomaly list -> serious list
  int serious_exit_years = 2;            // 2 full years with no new listable event -> repair possible
  std::int64_t serious_fine_yuan = 50'000;
  int serious_minor_penalty_count = 2;   // "三年内两次以上受到警告或者不满5万元罚款"
  int serious_minor_penalty_window_years = 3;
  int unreachable_letter_min_days = 20, unreachable_letter_max_days = 60;
  // §17 charity recognition (慈善组织认定办法 arts. 4-5)
  int charity_penalty_free_years = 2;    // no administrative penalty within this many years before
  int charity_min_registered_years = 1;  // registered at least this many full years
  // §9 random inspections: minimum ratios in per-mille by the authority's level
  int inspection_permille_county = 30, inspection_permille_city = 40;
  int inspection_permille_province = 50, inspection_permille_national = 100;
  int inspection_min_inspectors = 2;
  // §11 zombie organizations
  int zombie_no_report_years = 2;        // consecutive years without an annual report
  int zombie_min_signals = 2;            // or this many signals together
  int community_low_activity_months = 12;  // a filed community organization with no activity for this long
  // §12 illegal organizations
  int illegal_min_officers = 2;          // certified officers per investigative act
  // security
  int token_ttl_minutes = 480;
  int login_max_failures = 5;          // per username within the window, then 429
  int login_window_minutes = 15;
  int public_submissions_per_hour = 20;  // anonymous complaints and rating objections per source address
  // §4-12 supervision jobs: `socorg serve` runs them when the date rolls over
  bool jobs_daily = true;
};

// Every key, once: the core's and the supervision module's (the configuration file's sections). The loader,
// the writer of the in-force configuration and the what-if simulation read these lists.
#define SOCORG_RULES_CORE_KEYS(X)                                                                            \
  X(leader_max_age) X(leader_max_consecutive_terms) X(term_years) X(election_prep_months)                     \
  X(postponement_max_months) X(decision_days) X(missing_document_days) X(revocation_years_without_inspection) \
  X(social_group_funds_national) X(social_group_funds_local) X(social_group_min_individual_members)           \
  X(social_group_min_unit_members) X(agency_min_funds) X(foundation_fund_national_public)                     \
  X(foundation_fund_local_public) X(foundation_fund_non_public) X(foundation_min_directors)                   \
  X(foundation_max_directors) X(token_ttl_minutes) X(login_max_failures) X(login_window_minutes) \
  X(public_submissions_per_hour)
#define SOCORG_RULES_SUPERVISION_KEYS(X)                                                                     \
  X(annual_report_supervisory_month) X(annual_report_supervisory_day) X(annual_report_authority_month)        \
  X(annual_report_authority_day) X(annual_report_exempt_months) X(annual_report_foundation_month) X(annual_report_foundation_day) \
  X(rating_valid_years) \
  X(rating_min_registered_years) X(rating_grade_5a) X(rating_grade_4a) X(rating_grade_3a) X(rating_grade_2a)  \
  X(rating_notice_days) X(rating_cancel_reapply_years) X(anomaly_auto_exit_months) X(anomaly_escalation_years) X(serious_exit_years)         \
  X(serious_fine_yuan) X(serious_minor_penalty_count) X(serious_minor_penalty_window_years)                   \
  X(unreachable_letter_min_days) X(unreachable_letter_max_days) X(inspection_permille_county)                 \
  X(inspection_permille_city) X(inspection_permille_province) X(inspection_permille_national)                 \
  X(inspection_min_inspectors) X(zombie_no_report_years) X(zombie_min_signals) X(illegal_min_officers)        \
  X(jobs_daily) X(charity_penalty_free_years) X(charity_min_registered_years)                \
  X(community_low_activity_months)

// The range each threshold may take, so that a configuration file or a what-if simulation cannot set a value
// the rules are not written for (a minimum of 0 signals, a month 13, a 3A bar above the 4A bar). kInvalid
// with code "config_out_of_range" and the key as the field.
Status CheckRulesConfig(const RulesConfig& c);

}  // namespace socorg
