// #13 item 7: reconsideration and litigation outcomes of a penalty (PENALTY-OUTCOME, -NO-WORSE, -CREDIT).
// The domain rules here; supervision_outcomes_app_test.cpp runs the use case and the jobs on SQLite.
#include <gtest/gtest.h>

#include "domain/supervision/penalty_outcome.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

PenaltyOutcomeInput Changed(std::optional<PenaltyKind> kind, std::int64_t amount) {
  PenaltyOutcomeInput in;
  in.result = OutcomeResult::kChanged, in.decided_on = D("2025-07-01"), in.decision_no = "复决1", in.authority = "市政府";
  in.kind = kind, in.amount = amount;
  return in;
}

TEST(PenaltyOutcome, AChangeMayNotMakeThePenaltyHeavier) {
  PenaltyFact fine{1, D("2025-06-01"), PenaltyKind::kFine, 60000};
  Date today = D("2025-07-01");
  auto code = [&](const PenaltyOutcomeInput& in) {
    auto s = ValidateOutcome(fine, fine.decided_on, false, in, today);
    return s ? std::string("ok") : s.error().code + "@" + s.error().field;
  };
  EXPECT_EQ(code(Changed(std::nullopt, 60001)), "change_more_severe@amount");  // one yuan more
  EXPECT_EQ(code(Changed(std::nullopt, 60000)), "no_change@amount");
  EXPECT_EQ(code(Changed(std::nullopt, 59999)), "ok");
  EXPECT_EQ(code(Changed(PenaltyKind::kSuspension, 0)), "change_more_severe@kind");
  EXPECT_EQ(code(Changed(PenaltyKind::kWarning, 0)), "ok");
  EXPECT_EQ(code(Changed(PenaltyKind::kWarning, 100)), "amount_not_allowed@amount");
  EXPECT_EQ(code(Changed(std::nullopt, 0)), "amount_required@amount");
  PenaltyOutcomeInput before = Changed(std::nullopt, 30000);
  before.decided_on = D("2025-05-31");  // the day before the penalty
  EXPECT_EQ(code(before), "before_penalty@decided_on");
  before.decided_on = D("2025-06-01");
  EXPECT_EQ(code(before), "ok");
  PenaltyOutcomeInput annul;
  annul.result = OutcomeResult::kAnnulled, annul.decided_on = today, annul.decision_no = "判1", annul.authority = "法院";
  EXPECT_TRUE(ValidateOutcome(fine, fine.decided_on, false, annul, today));
  EXPECT_EQ(ValidateOutcome(fine, fine.decided_on, true, annul, today).error().code, "penalty_annulled");
  annul.amount = 10;
  EXPECT_EQ(ValidateOutcome(fine, fine.decided_on, false, annul, today).error().code, "change_not_allowed");
}

TEST(PenaltyOutcome, ListingsThePenaltiesInForceNoLongerImplyAreStale) {
  RulesConfig cfg;
  Date today = D("2025-07-01");
  // Stored: a large-fine entry for penalty 7 and an anomaly ⑤ entry for penalty 8 (a warning), a report entry.
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024);
  b.Listing(1, CreditCause::kLargeFine, 7, "2025-06-01");
  b.Listing(2, CreditCause::kMinorPenalty, 8, "2025-06-10");
  b.Listing(3, CreditCause::kAnnualReport, 2019, "2020-06-01", "2020-07-01", ExitReason::kRectified);
  // Penalty 7 reduced to ¥49,999 (below the threshold), penalty 8 still in force.
  b.Penalty(7, "2025-06-01", PenaltyKind::kFine, 49999).Penalty(8, "2025-06-10", PenaltyKind::kWarning);
  std::vector<DesiredListing> desired;
  EvaluateCredit(b.Get(), today, cfg, desired);
  // The large-fine entry is stale; so is the anomaly ⑤ entry of penalty 8: the reduced fine 7, decided earlier, now
  // opens the anomaly ⑤ entry and the warning 8 only restarts its clock (no second entry while one is open).
  EXPECT_EQ(StalePenaltyListings(b.Get().listings, desired), (std::vector<std::int64_t>{1, 2}));
  bool minor7 = false;
  for (const auto& d : desired) minor7 |= d.cause == CreditCause::kMinorPenalty && d.source_id == 7;
  EXPECT_TRUE(minor7);
  // At ¥50,000 the large-fine entry is still implied: nothing is stale.
  OrgBuilder c("2015-01-01");
  c.OnTime(2015, 2024);
  c.Listing(1, CreditCause::kLargeFine, 7, "2025-06-01");
  c.Penalty(7, "2025-06-01", PenaltyKind::kFine, 50000);
  desired.clear();
  EvaluateCredit(c.Get(), today, cfg, desired);
  EXPECT_TRUE(StalePenaltyListings(c.Get().listings, desired).empty());
  // Annulled (no penalty in force): the entry and the serious entry escalated from an anomaly ⑤ entry are stale,
  // a corrected one is left alone.
  OrgBuilder e("2015-01-01");
  e.OnTime(2015, 2024);
  e.Listing(1, CreditCause::kMinorPenalty, 9, "2022-06-01", "2024-06-01", ExitReason::kMovedToSerious);
  e.Listing(2, CreditCause::kAnomalyTwoYears, EscalationSourceId(CreditCause::kMinorPenalty, 9), "2024-06-01");
  e.Listing(3, CreditCause::kLargeFine, 11, "2021-01-01", "2021-02-01", ExitReason::kCorrected);
  desired.clear();
  EvaluateCredit(e.Get(), today, cfg, desired);
  EXPECT_EQ(StalePenaltyListings(e.Get().listings, desired), (std::vector<std::int64_t>{1, 2}));
}

}  // namespace
}  // namespace socorg::supervision
