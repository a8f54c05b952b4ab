#include <gtest/gtest.h>

#include "domain/supervision/rating.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

TEST(Rating, GradeThresholdsAtBoundaries) {
  RulesConfig cfg;
  struct Case {
    int score, grade;
  } cases[] = {{1000, 5}, {900, 5}, {899, 4}, {800, 4}, {799, 3}, {700, 3}, {699, 2}, {600, 2}, {599, 1}, {0, 1}};
  for (auto c : cases) EXPECT_EQ(GradeForScore(c.score, cfg), c.grade) << c.score;
  cfg.rating_grade_5a = 950;  // local thresholds [config]
  EXPECT_EQ(GradeForScore(900, cfg), 4);
}

TEST(Rating, ScoresValidatedAgainstIndicatorSet) {
  std::map<std::string, int> s{{"basic", 100}, {"governance", 300}, {"performance", 250}, {"social", 120}, {"party", 80}};
  auto t = TotalScore(OrgType::kSocialGroup, s);
  ASSERT_TRUE(t);
  EXPECT_EQ(*t, 850);
  s["party"] = 101;
  auto bad = TotalScore(OrgType::kSocialGroup, s);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "scores.party");
  s.erase("party");
  EXPECT_EQ(TotalScore(OrgType::kSocialGroup, s).error().code, "score_missing");
  EXPECT_EQ(IndicatorSet(OrgType::kSocialServiceAgency)[2].label_zh, "业务活动和诚信建设");
  int sum = 0;
  for (auto& g : IndicatorSet(OrgType::kFoundation)) sum += g.max_points;
  EXPECT_EQ(sum, kMaxRatingScore);
}

Outcome OutcomeOf(const std::vector<Finding>& fs, const std::string& id) {
  for (auto& f : fs)
    if (f.rule_id == id) return f.outcome;
  return Outcome::kNeedsReview;
}

TEST(Rating, EligibilityRegisteredTwoFullYears) {
  RulesConfig cfg;
  OrgBuilder b("2023-03-01");
  b.OnTime(2023, 2024);
  EXPECT_EQ(OutcomeOf(CheckRatingEligibility(b.Get(), D("2025-02-28"), false, cfg), "RATING-ELIG-AGE"), Outcome::kFail);
  EXPECT_EQ(OutcomeOf(CheckRatingEligibility(b.Get(), D("2025-03-01"), false, cfg), "RATING-ELIG-AGE"), Outcome::kPass);
}

TEST(Rating, EligibilityExclusions) {
  RulesConfig cfg;
  Date on = D("2025-09-01");
  {
    OrgBuilder b;
    b.OnTime(2015, 2022).Report(2023, "2024-05-01", ReportConclusion::kBasicallyQualified)
        .Report(2024, "2025-05-01", ReportConclusion::kBasicallyQualified);
    EXPECT_EQ(OutcomeOf(CheckRatingEligibility(b.Get(), on, false, cfg), "RATING-ELIG-REPORT"), Outcome::kFail);
  }
  {
    OrgBuilder b;
    b.OnTime(2015, 2023).Report(2024, "2025-05-01", ReportConclusion::kUnqualified);
    EXPECT_EQ(OutcomeOf(CheckRatingEligibility(b.Get(), on, false, cfg), "RATING-ELIG-REPORT"), Outcome::kFail);
  }
  {
    OrgBuilder b;
    b.OnTime(2015, 2023);  // 2024 not filed
    EXPECT_EQ(OutcomeOf(CheckRatingEligibility(b.Get(), on, false, cfg), "RATING-ELIG-REPORT"), Outcome::kFail);
  }
  {
    OrgBuilder b;
    b.OnTime(2015, 2024).Penalty(1, "2024-06-01", PenaltyKind::kWarning);
    auto fs = CheckRatingEligibility(b.Get(), on, true, cfg);
    EXPECT_EQ(OutcomeOf(fs, "RATING-ELIG-PENALTY"), Outcome::kFail);
    EXPECT_EQ(OutcomeOf(fs, "RATING-ELIG-CASE"), Outcome::kFail);
    EXPECT_EQ(OutcomeOf(fs, "RATING-ELIG-REPORT"), Outcome::kPass);
  }
  {
    OrgBuilder b;
    b.OnTime(2015, 2024).Listing(1, CreditCause::kUnreachable, 1, "2025-01-01");
    b.org.rating = RatingFact{1, 4, D("2021-01-01"), D("2025-12-31"), false, 0};
    auto fs = CheckRatingEligibility(b.Get(), on, false, cfg);
    EXPECT_EQ(OutcomeOf(fs, "RATING-ELIG-CREDIT"), Outcome::kFail);
    EXPECT_EQ(OutcomeOf(fs, "RATING-ELIG-VALID"), Outcome::kFail);
  }
}

// #13 item 4: "penalised last year" (评估管理办法 art. 12 (三)) is decided on the decision dates: from 1 January
// of the year before the round up to the round's date. The old rule looked only at the previous calendar year
// and let a fine decided this year, before the round, through.
TEST(Rating, PenalisedLastYearByDecisionDate) {
  RulesConfig cfg;
  Date on = D("2025-09-01");
  struct Case {
    const char* decided_on;
    Outcome expected;
  } cases[] = {
      {"2023-12-31", Outcome::kPass},  // two years before: not last year
      {"2024-01-01", Outcome::kFail},  // first day of last year
      {"2024-06-01", Outcome::kFail},  // last year
      {"2024-12-31", Outcome::kFail},  // last day of last year
      {"2025-01-01", Outcome::kFail},  // this year, before the round
      {"2025-08-31", Outcome::kFail},
      {"2025-09-01", Outcome::kFail},  // on the round's date
      {"2025-09-02", Outcome::kPass},  // after the round's date: not yet a fact on `on`
  };
  for (const auto& c : cases) {
    OrgBuilder b;
    b.OnTime(2015, 2024).Penalty(1, c.decided_on, PenaltyKind::kFine, 1000);
    EXPECT_EQ(OutcomeOf(CheckRatingEligibility(b.Get(), on, false, cfg), "RATING-ELIG-PENALTY"), c.expected)
        << c.decided_on;
  }
}

TEST(Rating, ExpiryTheDayAfterValidity) {
  RulesConfig cfg;
  OrgBuilder b;
  b.OnTime(2015, 2024);
  b.org.rating = RatingFact{7, 4, D("2020-06-01"), D("2025-05-31"), false, 0};
  EXPECT_TRUE(EvaluateRatingChanges(b.Get(), D("2025-05-31"), cfg, {}).empty());
  auto ch = EvaluateRatingChanges(b.Get(), D("2025-06-01"), cfg, {});
  ASSERT_EQ(ch.size(), 1u);
  EXPECT_EQ(ch[0].kind, RatingChangeKind::kExpired);
  EXPECT_EQ(ch[0].on.ToString(), "2025-06-01");
  EXPECT_TRUE(EvaluateRatingChanges(b.Get(), D("2025-06-01"), cfg, {{RatingChangeKind::kExpired, 0}}).empty());
}

TEST(Rating, DowngradesOneLevelPerTriggerAndNotTwice) {
  RulesConfig cfg;
  OrgBuilder b;
  b.OnTime(2015, 2021)
      .Report(2022, "2023-05-01", ReportConclusion::kBasicallyQualified)
      .Report(2023, "2024-05-01", ReportConclusion::kBasicallyQualified)
      .Report(2024, "2025-05-01", ReportConclusion::kUnqualified)
      .Penalty(11, "2025-02-01", PenaltyKind::kWarning);
  b.org.rating = RatingFact{7, 5, D("2023-01-01"), D("2027-12-31"), false, 0};
  auto ch = EvaluateRatingChanges(b.Get(), D("2025-06-01"), cfg, {});
  ASSERT_EQ(ch.size(), 3u);
  EXPECT_EQ(ch[0].kind, RatingChangeKind::kDowngradeTwiceBasic);
  EXPECT_EQ(ch[0].from_grade, 5);
  EXPECT_EQ(ch[0].to_grade, 4);
  EXPECT_EQ(ch[1].kind, RatingChangeKind::kDowngradeUnqualified);
  EXPECT_EQ(ch[2].kind, RatingChangeKind::kDowngradePenalty);
  EXPECT_EQ(ch[2].to_grade, 2);
  std::vector<std::pair<RatingChangeKind, std::int64_t>> done;
  for (auto& c : ch) done.push_back({c.kind, c.trigger_id});
  EXPECT_TRUE(EvaluateRatingChanges(b.Get(), D("2025-06-01"), cfg, done).empty());
  EXPECT_EQ(ExplainRatingChange(ch[0], cfg).rule_id, "RATING-DOWNGRADE-TWICE-BASIC");
}

TEST(Rating, ThreeAPlusRatio) {
  EXPECT_EQ(ThreeAPlusPermille({5, 4, 3, 2, 1}), 600);
  EXPECT_EQ(ThreeAPlusPermille({}), 0);
}

}  // namespace
}  // namespace socorg::supervision
