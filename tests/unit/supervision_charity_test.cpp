// #13 item 2: charity recognition is refused while the organization is disqualified (DOMAIN §8, §17;
// 慈善组织认定办法 arts. 4-5). The old code recognised an organization on the serious list.
#include <gtest/gtest.h>

#include "domain/supervision/charity.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

Outcome OutcomeOf(const std::vector<Finding>& fs, const std::string& id) {
  for (auto& f : fs)
    if (f.rule_id == id) return f.outcome;
  return Outcome::kNeedsReview;
}

TEST(Charity, CleanOrganizationPassesEveryCondition) {
  RulesConfig cfg;
  OrgBuilder b("2020-01-01");
  auto fs = CheckCharityRecognition(b.Get(), D("2025-06-01"), cfg);
  ASSERT_EQ(fs.size(), 4u);
  for (auto& f : fs) EXPECT_EQ(f.outcome, Outcome::kPass) << f.rule_id;
}

TEST(Charity, SeriousListOnTheDayRefuses) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.Listing(1, CreditCause::kLargeFine, 9, "2024-03-01", "2026-04-01", ExitReason::kRepaired);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2024-02-29"), cfg), "CHARITY-SERIOUS"), Outcome::kPass);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2024-03-01"), cfg), "CHARITY-SERIOUS"), Outcome::kFail);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2026-03-31"), cfg), "CHARITY-SERIOUS"), Outcome::kFail);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2026-04-01"), cfg), "CHARITY-SERIOUS"), Outcome::kPass);
  // The serious entry is not an anomaly entry.
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2025-01-01"), cfg), "CHARITY-ANOMALY"), Outcome::kPass);
}

TEST(Charity, AnomalyListRefuses) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.Listing(1, CreditCause::kAnnualReport, 2023, "2024-06-01");
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2024-07-01"), cfg), "CHARITY-ANOMALY"), Outcome::kFail);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2024-05-31"), cfg), "CHARITY-ANOMALY"), Outcome::kPass);
}

TEST(Charity, PenaltyWithinTwoYearsBefore) {
  RulesConfig cfg;
  Date on = D("2025-06-01");
  struct Case {
    const char* decided_on;
    PenaltyKind kind;
    Outcome expected;
  } cases[] = {
      {"2023-06-01", PenaltyKind::kWarning, Outcome::kPass},      // exactly 2 years before: outside
      {"2023-06-02", PenaltyKind::kWarning, Outcome::kFail},      // inside the 2 years
      {"2025-06-01", PenaltyKind::kFine, Outcome::kFail},         // on the day
      {"2025-06-02", PenaltyKind::kFine, Outcome::kPass},         // after: not yet a fact
      {"2024-06-01", PenaltyKind::kOrderCorrect, Outcome::kPass}, // an order to correct is no penalty
  };
  for (const auto& c : cases) {
    OrgBuilder b("2015-01-01");
    b.Penalty(1, c.decided_on, c.kind, c.kind == PenaltyKind::kFine ? 1000 : 0);
    EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), on, cfg), "CHARITY-PENALTY"), c.expected) << c.decided_on;
  }
  cfg.charity_penalty_free_years = 1;  // [config]
  OrgBuilder b("2015-01-01");
  b.Penalty(1, "2023-06-02", PenaltyKind::kWarning);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), on, cfg), "CHARITY-PENALTY"), Outcome::kPass);
}

TEST(Charity, RegisteredAtLeastOneYear) {
  RulesConfig cfg;
  OrgBuilder b("2024-06-01");
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2025-05-31"), cfg), "CHARITY-AGE"), Outcome::kFail);
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2025-06-01"), cfg), "CHARITY-AGE"), Outcome::kPass);
  b.org.registered_on.reset();
  EXPECT_EQ(OutcomeOf(CheckCharityRecognition(b.Get(), D("2025-06-01"), cfg), "CHARITY-AGE"), Outcome::kFail);
}

}  // namespace
}  // namespace socorg::supervision
