// #13 items 4 and 7 through the use cases on a real SQLite database, with the clock moved between steps:
// the rating's public notice (objections in the period, decision after it and after the objections) with its
// certificate and a cancellation for fraud; a penalty annulled or reduced on reconsideration correcting the
// serious-dishonesty entry derived from it, and the credit job re-run keeping it so.
#include <gtest/gtest.h>
#include <sodium.h>

#include <cstdlib>
#include <filesystem>

#include "app/supervision/jobs.h"
#include "app/supervision/use_cases.h"
#include "store/migrations.h"

namespace socorg::supervision {
namespace {

class OutcomesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    path_ = std::filesystem::temp_directory_path() / ("socorg-outcomes-test-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    auto db = Database::Open("sqlite:" + path_.string(), 1);
    ASSERT_TRUE(db) << db.error().message_en;
    db_ = std::move(*db);
    auto c = db_->Acquire();
    ASSERT_TRUE(Migrate(*c));
    const char* now = "2025-01-01T00:00:00Z";
    for (int id : {1, 2, 3})
      ASSERT_TRUE(c->Exec("INSERT INTO orgs (id, uscc, name, name_norm, type, level, status, region_code, "
                          "registered_on, term_end, created_at, updated_at) VALUES ($1, $2, $3, $3, 'social_group', "
                          "'county', 'active', '152502', '2015-01-01', '2028-01-01', $4, $4)",
                          {std::int64_t{id}, "U" + std::to_string(id), "组织" + std::to_string(id), std::string(now)}));
    for (int org : {1, 2, 3})
      for (int y = 2020; y <= 2024; ++y)
        ASSERT_TRUE(c->Exec("INSERT INTO annual_reports (org_id, year, filed_on, conclusion, concluded_on, "
                            "created_at, updated_at) VALUES ($1, $2, $3, 'qualified', $3, $4, $4)",
                            {std::int64_t{org}, std::int64_t{y}, std::to_string(y + 1) + "-05-01", std::string(now)}));
    ctx_.db = ctx_.read_db = db_.get();
    ctx_.divisions = &divisions_;
    officer_.username = "xlht", officer_.role = Role::kCountyOfficer, officer_.region_code = "152502";
    SetToday("2025-07-01");
  }
  void TearDown() override {
    unsetenv("SOCORG_TODAY");
    db_.reset();
    std::filesystem::remove(path_);
  }
  void SetToday(const char* d) {
    setenv("SOCORG_TODAY", d, 1);
    ctx_.clock = Clock();
  }
  std::int64_t Count(const std::string& sql) {
    auto c = db_->Acquire();
    return c->Query(sql)->at(0).Int(0);
  }
  PenaltyRecord Fine(const char* org, const char* no, std::int64_t amount) {
    PenaltyInput in;
    in.kind = PenaltyKind::kFine, in.decided_on = *Date::Parse("2025-06-01"), in.amount = amount;
    in.decision_no = no, in.basis = "《社会团体登记管理条例》第三十条";
    auto p = RecordPenalty(ctx_, officer_, org, in);
    EXPECT_TRUE(p) << (p ? "" : p.error().message_en);
    return *p;
  }
  PenaltyOutcomeInput Outcome(OutcomeResult r, std::int64_t amount = 0) {
    PenaltyOutcomeInput in;
    in.channel = OutcomeChannel::kReconsideration, in.result = r, in.decided_on = ctx_.clock.Today();
    in.decision_no = "锡政复决字〔2025〕" + std::to_string(++n_) + "号", in.authority = "锡林浩特市人民政府";
    in.amount = amount;
    return in;
  }
  void RunCreditTwiceSecondChangesNothing() {
    auto jobs = *ParseJobs("credit");
    ASSERT_TRUE(RunJobs(ctx_, ctx_.clock.Today(), jobs, "test"));
    auto again = RunJobs(ctx_, ctx_.clock.Today(), jobs, "test");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->jobs[0].inserted + again->jobs[0].updated, 0);
  }

  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
  Divisions divisions_;
  AppContext ctx_;
  Actor officer_;
  int n_ = 0;
};

constexpr char kActiveLargeFine[] =
    "SELECT count(*) FROM credit_listings WHERE org_id = %d AND cause = 'large_fine' AND exited_on IS NULL";

std::string Sql(const char* fmt, int org) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, org);
  return buf;
}

TEST_F(OutcomesTest, AnnulledPenaltyRemovesTheSeriousEntryAndTheJobKeepsItRemoved) {
  PenaltyRecord p = Fine("1", "锡民罚〔2025〕1号", 60000);
  auto jobs = *ParseJobs("credit");
  ASSERT_TRUE(RunJobs(ctx_, ctx_.clock.Today(), jobs, "test"));
  ASSERT_EQ(Count(Sql(kActiveLargeFine, 1)), 1);
  auto view = CreditOf(ctx_, officer_, "1");
  ASSERT_TRUE(view);
  EXPECT_EQ(view->status, CreditStatus::kSerious);

  auto o = RecordPenaltyOutcome(ctx_, officer_, p.id, Outcome(OutcomeResult::kAnnulled));
  ASSERT_TRUE(o) << o.error().message_en;
  EXPECT_EQ(Count(Sql(kActiveLargeFine, 1)), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 1 AND exit_reason = 'corrected'"), 1);
  view = CreditOf(ctx_, officer_, "1");
  EXPECT_EQ(view->status, CreditStatus::kGood);
  for (const auto& item : view->score.items) EXPECT_EQ(item.first.find("行政处罚"), std::string::npos) << item.first;
  RunCreditTwiceSecondChangesNothing();
  EXPECT_EQ(Count(Sql(kActiveLargeFine, 1)), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 1 AND exited_on IS NULL"), 0);
  // Nothing more can happen to an annulled penalty.
  auto again = RecordPenaltyOutcome(ctx_, officer_, p.id, Outcome(OutcomeResult::kUpheld));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, "penalty_annulled");
  // And it no longer excludes from a rating (RATING-ELIG-PENALTY).
  auto elig = RatingEligibility(ctx_, officer_, "1", false);
  ASSERT_TRUE(elig);
  for (const auto& f : *elig)
    if (f.rule_id == "RATING-ELIG-PENALTY") EXPECT_EQ(f.outcome, socorg::Outcome::kPass);
}

TEST_F(OutcomesTest, FineReducedBelowTheThresholdMovesItFromTheSeriousToTheAnomalyList) {
  PenaltyRecord p = Fine("2", "锡民罚〔2025〕2号", 60000);
  auto jobs = *ParseJobs("credit");
  ASSERT_TRUE(RunJobs(ctx_, ctx_.clock.Today(), jobs, "test"));
  ASSERT_EQ(Count(Sql(kActiveLargeFine, 2)), 1);
  auto worse = RecordPenaltyOutcome(ctx_, officer_, p.id, Outcome(OutcomeResult::kChanged, 60001));
  ASSERT_FALSE(worse);
  EXPECT_EQ(worse.error().code, "change_more_severe");
  // ¥50,000 is still a large fine: the entry stays.
  ASSERT_TRUE(RecordPenaltyOutcome(ctx_, officer_, p.id, Outcome(OutcomeResult::kChanged, 50000)));
  EXPECT_EQ(Count(Sql(kActiveLargeFine, 2)), 1);
  // ¥49,999 is not: corrected, and anomaly ⑤ takes its place from the decision date.
  auto o = RecordPenaltyOutcome(ctx_, officer_, p.id, Outcome(OutcomeResult::kChanged, 49999));
  ASSERT_TRUE(o) << o.error().message_en;
  EXPECT_EQ(o->amount_before, 50000);
  EXPECT_EQ(Count(Sql(kActiveLargeFine, 2)), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 2 AND cause = 'minor_penalty' AND "
                  "entered_on = '2025-06-01' AND exited_on IS NULL"),
            1);
  EXPECT_EQ(CreditOf(ctx_, officer_, "2")->status, CreditStatus::kAnomaly);
  EXPECT_EQ(Count("SELECT count(*) FROM penalties WHERE id = " + std::to_string(p.id) +
                  " AND amount = 49999 AND original_amount = 60000 AND original_kind = 'fine'"),
            1);
  RunCreditTwiceSecondChangesNothing();
  EXPECT_EQ(Count(Sql(kActiveLargeFine, 2)), 0);
}

TEST_F(OutcomesTest, PublicNoticeObjectionsDecisionCertificateAndCancellation) {
  std::map<std::string, int> scores{{"basic", 90}, {"governance", 300}, {"performance", 260}, {"social", 130},
                                    {"party", 90}};
  auto round = OpenRatingRound(ctx_, officer_, "", 2025, "2025年度评估");
  ASSERT_TRUE(round);
  auto r = ScoreRating(ctx_, officer_, *round, "3", scores, false);
  ASSERT_TRUE(r) << r.error().message_en;
  EXPECT_EQ(r->notice_until.ToString(), "2025-07-08");
  auto notices = PublicRatingNotices(ctx_, "", 1, 20);
  ASSERT_TRUE(notices);
  ASSERT_EQ(notices->total, 1);
  EXPECT_EQ(notices->items[0].org.name, "组织3");

  SetToday("2025-07-08");  // the last day of the notice
  auto obj = ObjectToRating(ctx_, nullptr, r->id, {"王先生", "13900000000", "活动情况不实"}, "test");
  ASSERT_TRUE(obj) << obj.error().message_en;
  auto early = DecideRating(ctx_, officer_, r->id);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, "notice_period");

  SetToday("2025-07-09");
  auto late = ObjectToRating(ctx_, nullptr, r->id, {"", "", "又一件"}, "test");
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, "notice_closed");
  auto pending = DecideRating(ctx_, officer_, r->id);
  ASSERT_FALSE(pending);
  EXPECT_EQ(pending.error().code, "objections_pending");
  EXPECT_EQ(r->grade, 4);  // 870 points
  auto decided_obj = DecideObjection(ctx_, officer_, obj->id, true, "经核实部分成立", 3);
  ASSERT_TRUE(decided_obj) << decided_obj.error().message_en;
  EXPECT_EQ(decided_obj->grade_before, 4);
  EXPECT_EQ(decided_obj->grade_after, 3);
  auto d = DecideRating(ctx_, officer_, r->id);
  ASSERT_TRUE(d) << d.error().message_en;
  EXPECT_EQ(d->grade, 3);  // 3A still earns the certificate
  EXPECT_EQ(d->certificate_no, "152502-2025-000001");

  SetToday("2025-09-01");
  auto cancelled = CancelRatingForFraud(ctx_, officer_, r->id, "fraud", "提供虚假财务资料");
  ASSERT_TRUE(cancelled) << cancelled.error().message_en;
  EXPECT_EQ(cancelled->status, RatingStatus::kCancelled);
  EXPECT_EQ(cancelled->reapply_from->ToString(), "2027-09-01");
  auto elig = RatingEligibility(ctx_, officer_, "3", false);
  ASSERT_TRUE(elig);
  bool seen = false;
  for (const auto& f : *elig)
    if (f.rule_id == "RATING-ELIG-CANCELLED") {
      seen = true;
      EXPECT_EQ(f.outcome, socorg::Outcome::kFail);
    }
  EXPECT_TRUE(seen);
  EXPECT_EQ(CancelRatingForFraud(ctx_, officer_, r->id, "fraud", "再次").error().code, "not_cancellable");
}

TEST_F(OutcomesTest, AnnulledPenaltyRevertsTheRatingDowngradeItCaused) {
  std::map<std::string, int> scores{{"basic", 90}, {"governance", 300}, {"performance", 260}, {"social", 130},
                                    {"party", 90}};
  auto round = OpenRatingRound(ctx_, officer_, "", 2025, "2025年度评估");
  auto r = ScoreRating(ctx_, officer_, *round, "3", scores, false);
  ASSERT_TRUE(r) << r.error().message_en;
  SetToday("2025-07-09");
  ASSERT_TRUE(DecideRating(ctx_, officer_, r->id));
  SetToday("2025-07-10");
  PenaltyInput in;
  in.kind = PenaltyKind::kWarning, in.decided_on = ctx_.clock.Today(), in.decision_no = "锡民罚〔2025〕30号";
  in.basis = "《社会团体登记管理条例》第三十条";
  auto p = RecordPenalty(ctx_, officer_, "3", in);
  ASSERT_TRUE(p);
  auto ratings_job = *ParseJobs("ratings");
  ASSERT_TRUE(RunJobs(ctx_, ctx_.clock.Today(), ratings_job, "test"));
  EXPECT_EQ(Count("SELECT grade FROM ratings WHERE id = " + std::to_string(r->id)), 3);  // downgraded
  ASSERT_TRUE(RecordPenaltyOutcome(ctx_, officer_, p->id, Outcome(OutcomeResult::kAnnulled)));
  EXPECT_EQ(Count("SELECT grade FROM ratings WHERE id = " + std::to_string(r->id)), 4);  // restored
  EXPECT_EQ(Count("SELECT count(*) FROM rating_changes WHERE kind = 'downgrade_penalty' AND reverted_on = '2025-07-10'"), 1);
  auto again = RunJobs(ctx_, ctx_.clock.Today(), ratings_job, "test");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->jobs[0].inserted, 0);
  EXPECT_EQ(Count("SELECT grade FROM ratings WHERE id = " + std::to_string(r->id)), 4);
}

}  // namespace
}  // namespace socorg::supervision
