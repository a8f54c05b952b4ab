// #13 item 4: the public notice (RATING-NOTICE), cancellation for fraud (RATING-CANCEL-FRAUD,
// RATING-ELIG-CANCELLED) and certificates (RATING-CERTIFICATE), at their boundaries.
#include <gtest/gtest.h>

#include "domain/supervision/rating.h"
#include "domain/supervision/rating_notice.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

TEST(RatingNotice, ObjectionsOnlyWithinThePeriodBothDaysIncluded) {
  Date from = D("2025-07-01"), until = D("2025-07-08");
  EXPECT_EQ(CheckObjectionWindow(from, until, D("2025-06-30")).error().code, "notice_not_open");
  EXPECT_TRUE(CheckObjectionWindow(from, until, from));
  EXPECT_TRUE(CheckObjectionWindow(from, until, until));  // the last day of the notice
  auto late = CheckObjectionWindow(from, until, D("2025-07-09"));
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, "notice_closed");
  EXPECT_EQ(late.error().kind, ErrorKind::kRuleViolation);
}

TEST(RatingNotice, DecidedOnlyAfterThePeriodAndEveryObjection) {
  Date until = D("2025-07-08");
  EXPECT_EQ(CheckDecidable(until, 0, until).error().code, "notice_period");  // still on notice that day
  EXPECT_TRUE(CheckDecidable(until, 0, D("2025-07-09")));
  EXPECT_EQ(CheckDecidable(until, 1, D("2025-07-09")).error().code, "objections_pending");
  EXPECT_EQ(CheckDecidable(until, 1, until).error().code, "notice_period");
}

TEST(RatingNotice, CancellationBarsANewApplicationForTheConfiguredYears) {
  RulesConfig cfg;
  Date cancelled = D("2025-03-15");
  EXPECT_EQ(ReapplyFrom(cancelled, cfg), D("2027-03-15"));
  OrgBuilder b("2015-01-01");
  b.org.rating_reapply_from = ReapplyFrom(cancelled, cfg);
  auto outcome = [&](Date on) {
    for (auto& f : CheckRatingEligibility(b.Get(), on, false, cfg))
      if (f.rule_id == "RATING-ELIG-CANCELLED") return f.outcome;
    return Outcome::kNeedsReview;
  };
  EXPECT_EQ(outcome(D("2027-03-14")), Outcome::kFail);  // the day before the bar ends
  EXPECT_EQ(outcome(D("2027-03-15")), Outcome::kPass);
  cfg.rating_cancel_reapply_years = 3;  // [config]
  EXPECT_EQ(ReapplyFrom(cancelled, cfg), D("2028-03-15"));
  EXPECT_EQ(ParseCancelGround("fraud"), CancelGround::kFraud);
  EXPECT_FALSE(ParseCancelGround("other"));
}

TEST(RatingNotice, CertificatesFrom3A) {
  EXPECT_FALSE(EarnsCertificate(2));
  EXPECT_TRUE(EarnsCertificate(3));
  EXPECT_TRUE(EarnsCertificate(5));
  EXPECT_EQ(CertificateNumber("150000", 2026, 42), "150000-2026-000042");
}

}  // namespace
}  // namespace socorg::supervision
