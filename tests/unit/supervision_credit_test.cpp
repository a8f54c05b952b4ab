#include <gtest/gtest.h>

#include "domain/supervision/credit.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

std::vector<DesiredListing> Eval(OrgBuilder& b, const char* today, const RulesConfig& cfg = {}) {
  std::vector<DesiredListing> out;
  EvaluateCredit(b.Get(), D(today), cfg, out);
  return out;
}

const DesiredListing* Find(const std::vector<DesiredListing>& v, CreditCause c) {
  for (const auto& d : v)
    if (d.cause == c) return &d;
  return nullptr;
}

int Count(const std::vector<DesiredListing>& v, CreditCause c) {
  int n = 0;
  for (const auto& d : v) n += d.cause == c;
  return n;
}

// anomaly ①: listed the day after the deadline, not on the deadline.
TEST(Credit, AnnualReportDeadlineDayBeforeAndDayOf) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2023);
  EXPECT_EQ(Find(Eval(b, "2025-05-31"), CreditCause::kAnnualReport), nullptr);
  auto out = Eval(b, "2025-06-01");
  const auto* d = Find(out, CreditCause::kAnnualReport);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->entered_on.ToString(), "2025-06-01");
  EXPECT_EQ(d->source_id, 2024);
  EXPECT_FALSE(d->exited_on);
  Finding f = ExplainListing(*d, RulesConfig{});
  EXPECT_EQ(f.rule_id, "CREDIT-ANOMALY-REPORT");
  EXPECT_EQ(f.outcome, Outcome::kFail);
}

TEST(Credit, LateReportConcludedIsRectified) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2023).Report(2024, "2025-07-10", ReportConclusion::kBasicallyQualified, "2025-07-20");
  auto out = Eval(b, "2025-07-19");
  ASSERT_NE(Find(out, CreditCause::kAnnualReport), nullptr);
  EXPECT_FALSE(Find(out, CreditCause::kAnnualReport)->exited_on);
  out = Eval(b, "2025-07-20");
  const auto* d = Find(out, CreditCause::kAnnualReport);
  ASSERT_TRUE(d->exited_on);
  EXPECT_EQ(d->exited_on->ToString(), "2025-07-20");
  EXPECT_EQ(d->exit_reason, ExitReason::kRectified);
}

// ¥49,999 is a minor penalty (anomaly ⑤); ¥50,000 a serious-list fine (serious ④).
TEST(Credit, FineThreshold) {
  struct Case {
    std::int64_t amount;
    CreditCause want;
  } cases[] = {{1, CreditCause::kMinorPenalty},
               {49'999, CreditCause::kMinorPenalty},
               {50'000, CreditCause::kLargeFine},
               {50'001, CreditCause::kLargeFine}};
  for (const auto& c : cases) {
    OrgBuilder b("2015-01-01");
    b.OnTime(2015, 2024).Penalty(7, "2025-02-01", PenaltyKind::kFine, c.amount);
    auto out = Eval(b, "2025-02-01");
    ASSERT_EQ(out.size(), 1u) << c.amount;
    EXPECT_EQ(out[0].cause, c.want) << c.amount;
    EXPECT_EQ(out[0].entered_on.ToString(), "2025-02-01");
  }
  RulesConfig cfg;
  cfg.serious_fine_yuan = 100'000;  // [config]
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Penalty(7, "2025-02-01", PenaltyKind::kFine, 50'000);
  EXPECT_EQ(Eval(b, "2025-02-01", cfg)[0].cause, CreditCause::kMinorPenalty);
}

TEST(Credit, SuspensionAndRevocationAreSerious) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Penalty(1, "2025-02-01", PenaltyKind::kSuspension);
  EXPECT_EQ(Eval(b, "2025-03-01")[0].cause, CreditCause::kSuspension);
  OrgBuilder r("2015-01-01");
  r.OnTime(2015, 2024);
  r.org.status = OrgStatus::kRevoked;
  r.org.ended_on = D("2025-02-01");
  auto out = Eval(r, "2025-03-01");
  ASSERT_NE(Find(out, CreditCause::kRevoked), nullptr);
  EXPECT_EQ(Find(out, CreditCause::kRevoked)->entered_on.ToString(), "2025-02-01");
  EXPECT_EQ(ExplainListing(out[0], RulesConfig{}).rule_id, "CREDIT-SERIOUS-REVOKED");
}

// serious ⑤: "三年内两次以上" — the second minor penalty within 3 years lists; 3 years and a day apart does not.
TEST(Credit, RepeatedMinorPenaltiesWithinThreeYears) {
  struct Case {
    const char* first;
    const char* second;
    bool serious;
  } cases[] = {
      {"2022-03-02", "2025-03-01", true},   // one day inside the 3-year window
      {"2022-03-01", "2025-03-01", false},  // exactly 3 years: outside the window
      {"2024-01-01", "2025-03-01", true},
  };
  for (const auto& c : cases) {
    OrgBuilder b("2015-01-01");
    b.OnTime(2015, 2024).Penalty(1, c.first, PenaltyKind::kWarning).Penalty(2, c.second, PenaltyKind::kWarning);
    auto out = Eval(b, "2025-03-01");
    EXPECT_EQ(Find(out, CreditCause::kRepeatedPenalties) != nullptr, c.serious) << c.first;
  }
  OrgBuilder one("2015-01-01");
  one.OnTime(2015, 2024).Penalty(1, "2025-01-01", PenaltyKind::kWarning);
  EXPECT_EQ(Find(Eval(one, "2025-03-01"), CreditCause::kRepeatedPenalties), nullptr);
}

// 2 vs 3 penalties: with the default the second lists and the third only restarts the clock (one entry);
// with the count configured to 3, two do not list and three do.
TEST(Credit, TwoVersusThreePenalties) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024)
      .Penalty(1, "2024-01-01", PenaltyKind::kWarning)
      .Penalty(2, "2024-06-01", PenaltyKind::kFine, 10'000)
      .Penalty(3, "2025-01-01", PenaltyKind::kWarning);
  auto out = Eval(b, "2025-03-01");
  EXPECT_EQ(Count(out, CreditCause::kRepeatedPenalties), 1);
  EXPECT_EQ(Find(out, CreditCause::kRepeatedPenalties)->entered_on.ToString(), "2024-06-01");
  RulesConfig three;
  three.serious_minor_penalty_count = 3;
  OrgBuilder two("2015-01-01");
  two.OnTime(2015, 2024).Penalty(1, "2024-01-01", PenaltyKind::kWarning).Penalty(2, "2024-06-01", PenaltyKind::kWarning);
  EXPECT_EQ(Find(Eval(two, "2025-03-01", three), CreditCause::kRepeatedPenalties), nullptr);
  auto out3 = Eval(b, "2025-03-01", three);
  ASSERT_NE(Find(out3, CreditCause::kRepeatedPenalties), nullptr);
  EXPECT_EQ(Find(out3, CreditCause::kRepeatedPenalties)->entered_on.ToString(), "2025-01-01");
  EXPECT_EQ(Find(out3, CreditCause::kRepeatedPenalties)->count, 3);
}

// anomaly ⑤ leaves automatically 6 months after entry: listed the day before, gone the day of.
TEST(Credit, SixMonthAutomaticExit) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Penalty(1, "2025-01-10", PenaltyKind::kWarning);
  auto before = Eval(b, "2025-07-09");
  EXPECT_FALSE(Find(before, CreditCause::kMinorPenalty)->exited_on);
  auto on = Eval(b, "2025-07-10");
  const auto* d = Find(on, CreditCause::kMinorPenalty);
  ASSERT_TRUE(d->exited_on);
  EXPECT_EQ(d->exited_on->ToString(), "2025-07-10");
  EXPECT_EQ(d->exit_reason, ExitReason::kAutoAfterPeriod);
}

// A new listable event while listed restarts the clock, and does not add a second ⑤ entry.
TEST(Credit, NewEventRestartsClock) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Penalty(1, "2025-01-10", PenaltyKind::kWarning).Rect(5, "2025-03-01", "2025-04-30");
  auto out = Eval(b, "2025-07-10");
  const auto* d = Find(out, CreditCause::kMinorPenalty);
  EXPECT_FALSE(d->exited_on) << "the overdue order on 2025-05-01 restarted the clock";
  EXPECT_EQ(d->clock_from.ToString(), "2025-05-01");
  ASSERT_NE(Find(out, CreditCause::kRectificationOverdue), nullptr);
  EXPECT_EQ(Find(out, CreditCause::kRectificationOverdue)->entered_on.ToString(), "2025-05-01");
  out = Eval(b, "2025-11-01");
  EXPECT_EQ(Find(out, CreditCause::kMinorPenalty)->exited_on->ToString(), "2025-11-01");

  OrgBuilder w("2015-01-01");
  w.OnTime(2015, 2024).Penalty(1, "2025-01-10", PenaltyKind::kWarning).Penalty(2, "2025-03-10", PenaltyKind::kWarning);
  out = Eval(w, "2025-12-01");
  EXPECT_EQ(Count(out, CreditCause::kMinorPenalty), 1);
  EXPECT_EQ(Find(out, CreditCause::kMinorPenalty)->exited_on->ToString(), "2025-09-10");
  // After the exit, a further penalty is a new entry.
  w.Penalty(3, "2025-10-01", PenaltyKind::kWarning);
  EXPECT_EQ(Count(Eval(w, "2025-12-01"), CreditCause::kMinorPenalty), 2);
}

// 2 full years on the anomaly list moves the organization to the serious list on the anniversary.
TEST(Credit, TwoYearEscalation) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2021).OnTime(2023, 2024);  // 2022 missing: anomaly from 2023-06-01
  auto out = Eval(b, "2025-05-31");
  EXPECT_EQ(Find(out, CreditCause::kAnomalyTwoYears), nullptr);
  EXPECT_FALSE(Find(out, CreditCause::kAnnualReport)->exited_on);
  out = Eval(b, "2025-06-01");
  const auto* a = Find(out, CreditCause::kAnnualReport);
  ASSERT_TRUE(a->exited_on);
  EXPECT_EQ(a->exit_reason, ExitReason::kMovedToSerious);
  const auto* s = Find(out, CreditCause::kAnomalyTwoYears);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->entered_on.ToString(), "2025-06-01");
  EXPECT_EQ(s->trigger_on.ToString(), "2023-06-01");
  EXPECT_EQ(s->source_id, EscalationSourceId(CreditCause::kAnnualReport, 2022));
  EXPECT_EQ(ExplainListing(*s, RulesConfig{}).rule_id, "CREDIT-SERIOUS-ESCALATION");
}

TEST(Credit, ManualAnomalyEntryEscalatesToo) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Listing(42, CreditCause::kUnreachable, 900, "2023-03-01");
  auto out = Eval(b, "2025-03-01");
  const auto* upd = Find(out, CreditCause::kUnreachable);
  ASSERT_NE(upd, nullptr);
  EXPECT_EQ(upd->stored_id, 42);
  EXPECT_EQ(upd->exit_reason, ExitReason::kMovedToSerious);
  EXPECT_NE(Find(out, CreditCause::kAnomalyTwoYears), nullptr);
  // Exited on application before the anniversary: no escalation.
  OrgBuilder c("2015-01-01");
  c.OnTime(2015, 2024).Listing(42, CreditCause::kUnreachable, 900, "2023-03-01", "2024-01-01",
                               ExitReason::kRectifiedVerified);
  EXPECT_TRUE(Eval(c, "2025-03-01").empty());
}

TEST(Credit, OfficerExitIsKept) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2023).Listing(9, CreditCause::kAnnualReport, 2024, "2025-06-01", "2025-06-05", ExitReason::kCorrected);
  auto out = Eval(b, "2027-07-01");
  const auto* d = Find(out, CreditCause::kAnnualReport);
  EXPECT_EQ(d->exit_reason, ExitReason::kCorrected);
  EXPECT_EQ(d->exited_on->ToString(), "2025-06-05");
}

// #13 item 5: an objection granted means the entry was an error. It must not escalate to the serious list
// (the old replay escalated a corrected entry still open on its second anniversary), it is no listable event
// (it would restart the repair clock), and the status and score drop it.
TEST(Credit, CorrectedEntryCorrectsEveryDerivedFigure) {
  RulesConfig cfg;
  // Entered 2023-03-01, corrected on 2025-04-01 after the anniversary but before the job ran again.
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Listing(42, CreditCause::kUnreachable, 900, "2023-03-01", "2025-04-01", ExitReason::kCorrected);
  auto out = Eval(b, "2025-07-01");
  EXPECT_EQ(Find(out, CreditCause::kAnomalyTwoYears), nullptr);
  EXPECT_TRUE(ListableEvents(b.Get(), D("2025-07-01"), cfg).empty());
  EXPECT_EQ(StatusOn(b.Get().listings, D("2025-07-01")), CreditStatus::kGood);
  // Automatic entry (annual report 2022 missing, listed 2023-06-01) corrected after its anniversary.
  OrgBuilder c("2015-01-01");
  c.OnTime(2015, 2021).OnTime(2023, 2024).Listing(7, CreditCause::kAnnualReport, 2022, "2023-06-01", "2025-06-05",
                                                   ExitReason::kCorrected);
  out = Eval(c, "2025-07-01");
  EXPECT_EQ(Find(out, CreditCause::kAnomalyTwoYears), nullptr);
  EXPECT_EQ(Find(out, CreditCause::kAnnualReport)->exit_reason, ExitReason::kCorrected);
  // Moved to the serious list, then both corrected (the origin keeps its date with the reason corrected).
  OrgBuilder d("2015-01-01");
  d.OnTime(2015, 2024)
      .Listing(42, CreditCause::kUnreachable, 900, "2023-03-01", "2025-03-01", ExitReason::kCorrected)
      .Listing(43, CreditCause::kAnomalyTwoYears, EscalationSourceId(CreditCause::kUnreachable, 42), "2025-03-01",
               "2025-06-10", ExitReason::kCorrected);
  out = Eval(d, "2025-07-01");
  const auto* s = Find(out, CreditCause::kAnomalyTwoYears);
  EXPECT_EQ(s, nullptr);
  EXPECT_EQ(StatusOn(d.Get().listings, D("2025-07-01")), CreditStatus::kGood);
  EXPECT_EQ(ComputeCreditScore(d.Get(), D("2025-07-01"), cfg).score,
            ComputeCreditScore(OrgBuilder("2015-01-01").OnTime(2015, 2024).Get(), D("2025-07-01"), cfg).score);
}

// #13 item 5 of the list (DOMAIN §8 ⑥): two registered letters not signed for, 20-60 days apart
// [config], enter the anomaly list on the second letter's date; a later signed letter is the rectification.
TEST(Credit, UnreachableFromTwoUnsignedLetters) {
  RulesConfig cfg;
  struct Case {
    const char* second;
    bool listed;
  } cases[] = {{"2025-01-20", false}, {"2025-01-21", true}, {"2025-03-02", true}, {"2025-03-03", false}};
  for (const auto& c : cases) {  // 19, 20, 60 and 61 days after 2025-01-01
    OrgBuilder b("2015-01-01");
    b.OnTime(2015, 2024).Letter(1, "2025-01-01").Letter(2, c.second);
    auto out = Eval(b, "2025-04-01", cfg);
    const auto* d = Find(out, CreditCause::kUnreachableLetters);
    EXPECT_EQ(d != nullptr, c.listed) << c.second;
    if (d) {
      EXPECT_EQ(d->entered_on.ToString(), c.second);
      EXPECT_EQ(d->source_id, 2);
      EXPECT_FALSE(d->exited_on);
      EXPECT_EQ(ListOf(d->cause), CreditList::kAnomaly);
      EXPECT_EQ(ExplainListing(*d, cfg).rule_id, "CREDIT-ANOMALY-UNREACHABLE");
    }
  }
  // A signed letter in between: reachable, no entry; a letter dated after today is not a fact yet.
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Letter(1, "2025-01-01").Letter(2, "2025-01-15", true).Letter(3, "2025-02-01");
  EXPECT_EQ(Find(Eval(b, "2025-04-01", cfg), CreditCause::kUnreachableLetters), nullptr);
  OrgBuilder f("2015-01-01");
  f.OnTime(2015, 2024).Letter(1, "2025-01-01").Letter(2, "2025-02-01");
  EXPECT_EQ(Find(Eval(f, "2025-01-31", cfg), CreditCause::kUnreachableLetters), nullptr);
  // Signed for later: rectified on that date; the window is configurable.
  OrgBuilder r("2015-01-01");
  r.OnTime(2015, 2024).Letter(1, "2025-01-01").Letter(2, "2025-02-01").Letter(3, "2025-03-10", true);
  const auto* d = Find(Eval(r, "2025-04-01", cfg), CreditCause::kUnreachableLetters);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->exited_on->ToString(), "2025-03-10");
  EXPECT_EQ(d->exit_reason, ExitReason::kRectified);
  cfg.unreachable_letter_min_days = 40;
  EXPECT_EQ(Find(Eval(r, "2025-04-01", cfg), CreditCause::kUnreachableLetters), nullptr);
}

// #16 (DOMAIN §8 ②, §13): the confirmed party filings — ≥ 3 formal members without an own party organization —
// enter the anomaly list on that filing's as_of; the filing that shows one is the rectification; the last
// filing of a day decides the day; a filing dated after today is not a fact yet.
TEST(Credit, PartyBranchMissingFromPartyFilings) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Party(1, "2025-01-10", false).Party(2, "2025-03-01", true).Party(3, "2025-03-01", true)
      .Party(4, "2025-05-20", false).Party(5, "2025-06-01", true).Party(6, "2025-08-01", false);
  auto out = Eval(b, "2025-07-01", cfg);
  std::vector<const DesiredListing*> runs;
  for (const auto& d : out)
    if (d.cause == CreditCause::kPartyBranchMissing) runs.push_back(&d);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0]->entered_on.ToString(), "2025-03-01");
  EXPECT_EQ(runs[0]->source_id, 3);  // the day's last filing
  EXPECT_EQ(runs[0]->exited_on->ToString(), "2025-05-20");
  EXPECT_EQ(runs[0]->exit_reason, ExitReason::kRectified);
  EXPECT_EQ(runs[1]->entered_on.ToString(), "2025-06-01");
  EXPECT_FALSE(runs[1]->exited_on) << "the filing of 2025-08-01 is after today";
  EXPECT_EQ(ListOf(runs[1]->cause), CreditList::kAnomaly);
  auto f = ExplainListing(*runs[1], cfg);
  EXPECT_EQ(f.rule_id, "CREDIT-ANOMALY-PARTY");
  // Corrected the same day: the day's last filing has a branch, so nothing is listed.
  OrgBuilder same("2015-01-01");
  same.OnTime(2015, 2024).Party(1, "2025-03-01", true).Party(2, "2025-03-01", false);
  EXPECT_EQ(Find(Eval(same, "2025-07-01", cfg), CreditCause::kPartyBranchMissing), nullptr);
}

TEST(Credit, ReplayIsDeterministic) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2021).Penalty(1, "2023-01-01", PenaltyKind::kWarning).Penalty(2, "2024-01-01", PenaltyKind::kFine, 60'000);
  auto a = Eval(b, "2025-08-01"), c = Eval(b, "2025-08-01");
  ASSERT_EQ(a.size(), c.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].cause, c[i].cause);
    EXPECT_EQ(a[i].source_id, c[i].source_id);
    EXPECT_EQ(a[i].exited_on, c[i].exited_on);
  }
}

TEST(Credit, RepairAfterTwoFullYearsWithoutNewEvent) {
  RulesConfig cfg;
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Penalty(1, "2022-03-01", PenaltyKind::kFine, 80'000).Listing(3, CreditCause::kLargeFine, 1, "2022-03-01");
  auto& o = b.Get();
  EXPECT_EQ(CheckRepairEligibility(o, o.listings[0], D("2024-02-29"), cfg).outcome, Outcome::kFail);
  EXPECT_EQ(CheckRepairEligibility(o, o.listings[0], D("2024-03-01"), cfg).outcome, Outcome::kPass);
  // A later listable event restarts the clock.
  OrgBuilder c("2015-01-01");
  c.OnTime(2015, 2024)
      .Penalty(1, "2022-03-01", PenaltyKind::kFine, 80'000)
      .Penalty(2, "2023-01-01", PenaltyKind::kWarning)
      .Listing(3, CreditCause::kLargeFine, 1, "2022-03-01");
  auto& oc = c.Get();
  Finding f = CheckRepairEligibility(oc, oc.listings[0], D("2024-03-01"), cfg);
  EXPECT_EQ(f.outcome, Outcome::kFail);
  EXPECT_EQ(CheckRepairEligibility(oc, oc.listings[0], D("2025-01-01"), cfg).outcome, Outcome::kPass);
}

TEST(Credit, StatusAndScore) {
  OrgBuilder b("2015-01-01");
  b.OnTime(2015, 2024).Listing(1, CreditCause::kUnreachable, 5, "2025-01-01");
  EXPECT_EQ(StatusOn(b.Get().listings, D("2024-12-31")), CreditStatus::kGood);
  EXPECT_EQ(StatusOn(b.Get().listings, D("2025-01-01")), CreditStatus::kAnomaly);
  b.Listing(2, CreditCause::kLargeFine, 5, "2025-02-01");
  EXPECT_EQ(StatusOn(b.Get().listings, D("2025-02-01")), CreditStatus::kSerious);
  CreditScore s = ComputeCreditScore(b.Get(), D("2025-07-01"), RulesConfig{});
  EXPECT_EQ(s.score, 100 - 10 - 20 + 5);
  EXPECT_EQ(s.items.size(), 3u);
}

}  // namespace
}  // namespace socorg::supervision
