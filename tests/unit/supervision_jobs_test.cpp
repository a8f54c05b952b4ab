// The batch jobs against a real SQLite database: results written, explanations stored, and a second run
// with the same date changes nothing (issue #4 item 8). Also the published-draw verification.
#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/supervision/jobs.h"
#include "cli/supervision/commands.h"
#include "domain/supervision/inspection_draw.h"
#include "store/migrations.h"

namespace socorg::supervision {
namespace {

class JobsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    path_ = std::filesystem::temp_directory_path() / ("socorg-jobs-test-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    auto db = Database::Open("sqlite:" + path_.string(), 1);
    ASSERT_TRUE(db) << db.error().message_en;
    db_ = std::move(*db);
    auto c = db_->Acquire();
    ASSERT_TRUE(Migrate(*c));
    const char* now = "2025-01-01T00:00:00Z";
    // 1: reports on time, a ¥50,000 fine; 2: no reports at all; 3: term overdue; 4: community (no duty).
    for (auto [id, type, reg, term] : {std::tuple{1, "social_group", "2015-01-01", "2028-01-01"},
                                       std::tuple{2, "agency", "2015-01-01", "2028-01-01"},
                                       std::tuple{3, "foundation", "2015-01-01", "2024-12-31"},
                                       std::tuple{4, "community", "2015-01-01", "2028-01-01"}})
      ASSERT_TRUE(c->Exec("INSERT INTO orgs (id, uscc, name, name_norm, type, level, status, region_code, "
                          "registered_on, term_end, created_at, updated_at) VALUES ($1, $2, $3, $3, $4, 'county', "
                          "'active', '152502', $5, $6, $7, $7)",
                          {std::int64_t{id}, "U" + std::to_string(id), "组织" + std::to_string(id), std::string(type),
                           std::string(reg), std::string(term), std::string(now)}));
    for (int org : {1, 3})
      for (int y = 2020; y <= 2024; ++y)
        ASSERT_TRUE(c->Exec("INSERT INTO annual_reports (org_id, year, filed_on, conclusion, concluded_on, "
                            "created_at, updated_at) VALUES ($1, $2, $3, 'qualified', $3, $4, $4)",
                            {std::int64_t{org}, std::int64_t{y}, std::to_string(y + 1) + "-05-01", std::string(now)}));
    ASSERT_TRUE(c->Exec("INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, created_by, "
                        "created_at) VALUES (1, 'P1', 'fine', '2025-06-01', 50000, 'b', 't', $1)",
                        {std::string(now)}));
    ctx_.db = ctx_.read_db = db_.get();
    ctx_.divisions = &divisions_;
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove(path_);
  }
  std::int64_t Count(const std::string& sql) {
    auto c = db_->Acquire();
    return c->Query(sql)->at(0).Int(0);
  }

  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
  Divisions divisions_;
  AppContext ctx_;
};

TEST_F(JobsTest, AllJobsWriteExplainedDecisionsAndAreIdempotent) {
  auto jobs = *ParseJobs("all");
  Date d = *Date::Parse("2025-07-01");
  auto first = RunJobs(ctx_, d, jobs, "test");
  ASSERT_TRUE(first) << first.error().message_en;
  std::int64_t changes = 0;
  for (auto& j : first->jobs) changes += j.inserted + j.updated;
  EXPECT_GT(changes, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 1 AND cause = 'large_fine' AND "
                  "rule_id = 'CREDIT-SERIOUS-LARGE-FINE' AND facts LIKE '%50000%'"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 2 AND cause = 'annual_report'"), 5);
  EXPECT_GE(Count("SELECT count(*) FROM credit_listings WHERE org_id = 2 AND cause = 'anomaly_two_years'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 4"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM supervision_flags WHERE org_id = 2 AND kind = 'zombie' AND active = 1"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM supervision_flags WHERE org_id = 3 AND kind = 'overdue_election' AND "
                  "since = '2025-01-01'"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM job_runs"), 4);
  std::int64_t events = Count("SELECT count(*) FROM events");
  std::int64_t audit = Count("SELECT count(*) FROM audit_log");

  auto second = RunJobs(ctx_, d, jobs, "test");
  ASSERT_TRUE(second);
  for (auto& j : second->jobs) {
    EXPECT_EQ(j.inserted, 0) << j.job;
    EXPECT_EQ(j.updated, 0) << j.job;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM events"), events);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log"), audit + 4);  // one record per job run

  // Filing the missing report for the last year and concluding it rectifies that entry on the next run,
  // and the zombie flag (2 consecutive missing years) clears when the last two years are filed.
  {
    auto c = db_->Acquire();
    for (int y : {2023, 2024})
      ASSERT_TRUE(c->Exec("INSERT INTO annual_reports (org_id, year, filed_on, conclusion, concluded_on, created_at, "
                          "updated_at) VALUES (2, $1, '2025-07-10', 'qualified', '2025-07-15', 'x', 'x')",
                          {std::int64_t{y}}));
  }
  auto third = RunJobs(ctx_, *Date::Parse("2025-07-20"), jobs, "test");
  ASSERT_TRUE(third);
  EXPECT_EQ(Count("SELECT count(*) FROM credit_listings WHERE org_id = 2 AND cause = 'annual_report' AND "
                  "source_id = 2024 AND exit_reason = 'rectified' AND exited_on = '2025-07-15'"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM supervision_flags WHERE org_id = 2 AND kind = 'zombie' AND active = 1"), 0);
}

TEST(VerifyDraw, PublishedPlanVerifiesAndTamperingIsDetected) {
  ASSERT_GE(sodium_init(), 0);
  std::vector<std::string> pop;
  for (int i = 0; i < 40; ++i) pop.push_back("U" + std::to_string(1000 + i));
  std::vector<DrawInspector> roster{{"1", "a"}, {"2", "b"}, {"3", "c"}};
  std::set<std::pair<std::string, std::string>> conflicts{{"1", "U1000"}};
  auto d = Draw(pop, roster, conflicts, "s-2025", 100, 2);
  ASSERT_TRUE(d);
  nlohmann::json drawn = nlohmann::json::array();
  for (auto& x : d->drawn) drawn.push_back({{"uscc", x.uscc}, {"inspectors", x.inspectors}});
  nlohmann::json plan{{"algorithm", kDrawAlgorithm}, {"seed", "s-2025"}, {"permille", 100}, {"inspectors_per_org", 2},
                      {"population", pop}, {"population_digest", d->population_digest},
                      {"roster", {{{"id", "1"}, {"name", "a"}}, {{"id", "2"}, {"name", "b"}}, {{"id", "3"}, {"name", "c"}}}},
                      {"conflicts", nlohmann::json::array({nlohmann::json::array({"1", "U1000"})})}, {"drawn", drawn}};
  EXPECT_EQ(VerifyPublishedDraw(plan.dump()), "");
  auto swapped = plan;
  swapped["drawn"][0]["uscc"] = "U9999";
  EXPECT_NE(VerifyPublishedDraw(swapped.dump()), "");
  auto shrunk = plan;
  shrunk["population"].erase(shrunk["population"].begin());
  EXPECT_NE(VerifyPublishedDraw(shrunk.dump()).find("digest"), std::string::npos);
  auto reseeded = plan;
  reseeded["seed"] = "other";
  EXPECT_NE(VerifyPublishedDraw(reseeded.dump()), "");
}

}  // namespace
}  // namespace socorg::supervision
