// Thresholds DOMAIN.md marks [config], with their defaults. Loaded from config/socorg.json at the edge
// (app/config_loader.cpp); the domain only reads this struct.
#pragma once

#include <cstdint>

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
  // security
  int token_ttl_minutes = 480;
  int login_max_failures = 5;          // per username within the window, then 429
  int login_window_minutes = 15;
};

}  // namespace socorg
