#include <gtest/gtest.h>

#include <algorithm>

#include "domain/supervision/zombie.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

// §11 filed community organizations: no recorded activity for 12 months [config]. Filed 2024-03-10: low activity
// from 2025-03-10 (12 months exactly), not on 2025-03-09.
TEST(LowActivityCommunity, TwelveMonthsWithoutActivityBoundary) {
  RulesConfig cfg;
  OrgBuilder b("2024-03-10");
  b.org.type = OrgType::kCommunity;
  EXPECT_FALSE(LowActivitySince(b.Get(), D("2025-03-09"), cfg).has_value()) << "the day before 12 months";
  Date last;
  auto since = LowActivitySince(b.Get(), D("2025-03-10"), cfg, &last);
  ASSERT_TRUE(since.has_value()) << "12 months exactly";
  EXPECT_EQ(since->ToString(), "2025-03-10");
  EXPECT_EQ(last.ToString(), "2024-03-10");
  Finding f = ExplainLowActivity(last, *since, D("2025-03-10"), cfg);
  EXPECT_EQ(f.rule_id, "LOW-ACTIVITY-COMMUNITY");
  EXPECT_EQ(f.outcome, Outcome::kNeedsReview);
  EXPECT_FALSE(f.basis.empty());

  // A later event on the register (a change, a person filed) is activity and moves the date.
  b.org.last_event_on = D("2024-09-01");
  EXPECT_FALSE(LowActivitySince(b.Get(), D("2025-08-31"), cfg).has_value());
  EXPECT_EQ(LowActivitySince(b.Get(), D("2025-09-01"), cfg)->ToString(), "2025-09-01");
  // A report filed with activity counts; one without activity does not.
  b.Report(2024, "2025-04-01", ReportConclusion::kQualified, nullptr, false);
  EXPECT_EQ(LowActivitySince(b.Get(), D("2025-09-01"), cfg)->ToString(), "2025-09-01");
  b.reports.back().had_activity = true;
  EXPECT_FALSE(LowActivitySince(b.Get(), D("2025-09-01"), cfg).has_value());
  // The threshold is configured.
  cfg.community_low_activity_months = 24;
  EXPECT_FALSE(LowActivitySince(b.Get(), D("2026-06-01"), cfg).has_value());
  EXPECT_EQ(LowActivitySince(b.Get(), D("2027-04-01"), cfg)->ToString(), "2027-04-01");
}

TEST(LowActivityCommunity, OnlyActiveCommunityFilings) {
  RulesConfig cfg;
  OrgBuilder b("2020-01-01");
  EXPECT_FALSE(LowActivitySince(b.Get(), D("2025-01-01"), cfg).has_value()) << "a social group: no";
  b.org.type = OrgType::kCommunity;
  b.org.status = OrgStatus::kDeregistered;
  EXPECT_FALSE(LowActivitySince(b.Get(), D("2025-01-01"), cfg).has_value()) << "ended: no";
  b.org.status = OrgStatus::kActive;
  EXPECT_TRUE(LowActivitySince(b.Get(), D("2025-01-01"), cfg).has_value());
  EXPECT_FALSE(AssessZombie(b.Get(), D("2025-01-01"), cfg).zombie) << "a community filing is never a zombie";
}

// No report for 2 consecutive due years: zombie from the day after the second missed deadline.
TEST(Zombie, TwoConsecutiveYearsWithoutReport) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2022);  // 2023 and 2024 missing
  EXPECT_FALSE(AssessZombie(b.Get(), D("2025-05-31"), cfg).zombie);  // only 2023 is due
  auto a = AssessZombie(b.Get(), D("2025-06-01"), cfg);
  ASSERT_TRUE(a.zombie);
  EXPECT_EQ(a.since->ToString(), "2025-06-01");
  EXPECT_EQ(a.signals[0].signal, Signal::kNoReport);
  EXPECT_EQ(a.signals[0].years, 2);
  // Still the same "since" a year later, with 3 years missing.
  auto later = AssessZombie(b.Get(), D("2026-06-01"), cfg);
  EXPECT_EQ(later.signals[0].years, 3);
  EXPECT_EQ(later.since->ToString(), "2025-06-01");
  Finding f = ExplainZombie(a, D("2025-06-01"), cfg);
  EXPECT_EQ(f.rule_id, "ZOMBIE");
  EXPECT_EQ(f.outcome, Outcome::kFail);
}

TEST(Zombie, TwoWeakSignalsTogether) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2022)
      .Report(2023, "2024-05-01", ReportConclusion::kQualified, nullptr, false)
      .Report(2024, "2025-05-01", ReportConclusion::kQualified, nullptr, false);
  auto one = AssessZombie(b.Get(), D("2025-06-01"), cfg);
  EXPECT_FALSE(one.zombie);
  ASSERT_EQ(one.signals.size(), 1u);
  EXPECT_EQ(one.signals[0].signal, Signal::kNoActivity);
  b.org.term_end = D("2025-03-31");
  auto two = AssessZombie(b.Get(), D("2025-06-01"), cfg);
  EXPECT_TRUE(two.zombie);
  EXPECT_EQ(two.since->ToString(), "2025-05-01");  // the later of the two signal starts
  cfg.zombie_min_signals = 3;
  EXPECT_FALSE(AssessZombie(b.Get(), D("2025-06-01"), cfg).zombie);
}

// Unreachable at the address counts whether an officer entered it or the credit job did from two unsigned
// registered letters (CREDIT-ANOMALY-UNREACHABLE): the letters' entry failed to count before.
TEST(Zombie, UnreachableFromLettersIsASignal) {
  RulesConfig cfg;
  for (CreditCause cause : {CreditCause::kUnreachable, CreditCause::kUnreachableLetters}) {
    OrgBuilder b("2015-01-01");
    b.OnTime(2015, 2024).Listing(1, cause, 0, "2025-02-01");
    b.org.term_end = D("2025-03-31");  // with an overdue election: two signals
    auto a = AssessZombie(b.Get(), D("2025-06-01"), cfg);
    ASSERT_TRUE(a.zombie) << ToString(cause);
    EXPECT_TRUE(std::any_of(a.signals.begin(), a.signals.end(), [](const SignalHit& h) { return h.signal == Signal::kUnreachable; }));
  }
}

TEST(Zombie, EndedAndCommunityNotAssessed) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.org.status = OrgStatus::kRevoked;
  EXPECT_FALSE(AssessZombie(b.Get(), D("2025-06-01"), cfg).zombie);
  OrgBuilder c("2015-01-01");
  c.org.type = OrgType::kCommunity;
  EXPECT_FALSE(AssessZombie(c.Get(), D("2025-06-01"), cfg).zombie);
}

TEST(Election, OverdueTheDayAfterTermOrPostponement) {
  OrgBuilder b;
  b.org.term_end = D("2025-03-31");
  EXPECT_FALSE(ElectionOverdueSince(b.Get(), D("2025-03-31")));
  EXPECT_EQ(ElectionOverdueSince(b.Get(), D("2025-04-01"))->ToString(), "2025-04-01");
  b.org.postponed_until = D("2025-12-31");
  EXPECT_FALSE(ElectionOverdueSince(b.Get(), D("2025-12-31")));
  EXPECT_EQ(ElectionOverdueSince(b.Get(), D("2026-01-01"))->ToString(), "2026-01-01");
  EXPECT_EQ(ExplainElectionOverdue(b.Get(), D("2026-01-01"), D("2026-01-01")).rule_id, "ELECTION-OVERDUE");
}

TEST(Revocation, TwoYearsWithoutInspectionIsCandidate) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2022);
  int years = 0;
  EXPECT_FALSE(RevocationCandidateSince(b.Get(), D("2025-05-31"), cfg, &years));
  EXPECT_EQ(years, 1);
  auto since = RevocationCandidateSince(b.Get(), D("2025-06-01"), cfg, &years);
  ASSERT_TRUE(since);
  EXPECT_EQ(years, 2);
  EXPECT_EQ(ExplainRevocationCandidate(years, *since, cfg).outcome, Outcome::kNeedsReview);
}

}  // namespace
}  // namespace socorg::supervision
