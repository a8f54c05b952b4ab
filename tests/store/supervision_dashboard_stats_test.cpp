// The in-memory dashboard statistics (app/supervision/dashboard_stats.h) against their reference, the SQL of
// supervision_store (ReportCompletion, GradeDistribution, FlagOutcomes, SupervisionCounts), on SQLite and
// PostgreSQL: a generated register with organizations registered around the exemption cut-off, ended
// around the deadline, community organizations, unregistered ones, reports filed on time, on the deadline,
// late or not at all, flags, ratings, penalties and credit listings, over several regions, years and periods.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "app/supervision/dashboard_stats.h"
#include "domain/rules_config.h"
#include "domain/supervision/annual_report.h"
#include "store/supervision/flags.h"
#include "store/supervision/ratings.h"
#include "store/supervision/reports.h"
#include "store/supervision/statistics.h"
#include "store_backend.h"

namespace socorg {
namespace {

using testing::Backends;
using testing::TempDatabase;

class DashboardStatsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { t_ = std::make_unique<TempDatabase>(GetParam(), 2); }
  Database& db() { return t_->db(); }
  std::unique_ptr<TempDatabase> t_;
};

const std::vector<std::string> kRegions = {"110101", "110102", "110105", "110000", "440103",
                                           "440106", "440305", "440000", "150102", "150203"};

// A day near one of the boundaries (cut-off 30 Jun, deadline 31 May of the next year), or anywhere.
std::string Day(std::mt19937& rng, int year) {
  static const std::vector<std::string> kNear = {"-05-30", "-05-31", "-06-01", "-06-29", "-06-30", "-07-01"};
  if (rng() % 2) return std::to_string(year) + kNear[rng() % kNear.size()];
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, 1 + static_cast<int>(rng() % 12),
                1 + static_cast<int>(rng() % 28));
  return buf;
}

Value NullOr(bool null, const std::string& s) { return null ? Null() : Value(s); }

// Inserts `n` organizations and their reports for 2019-2025; returns the number of filed reports.
int Generate(Connection& c, int n, unsigned seed) {
  std::mt19937 rng(seed);
  static const std::vector<std::string> kTypes = {"social_group", "social_service_agency", "foundation",
                                                  "community"};
  static const std::vector<std::string> kStatuses = {"active",  "active",       "active",  "active",
                                                     "applied", "deregistered", "revoked", "refused"};
  static const std::vector<std::string> kFlagKinds = {"zombie", "overdue_election", "revocation_candidate"};
  static const std::vector<std::string> kHandlings = {"", "", "guide_deregistration", "penalise", "revoke"};
  static const std::vector<std::string> kOutcomes = {"", "", "deregistered", "penalised", "revoked", "resumed"};
  static const std::vector<std::string> kPenalties = {"warning", "order_correct", "fine", "fine", "suspension"};
  static const std::vector<std::string> kRatingStatuses = {"decided", "decided", "notice", "expired"};
  auto tx = Transaction::Start(c, /*write=*/true);
  EXPECT_TRUE(tx);
  auto round = c.Query(
      "INSERT INTO rating_rounds (region_code, year, name, opened_on, created_by, created_at) VALUES "
      "('110000', 2024, 'r', '2024-03-01', 't', '2024-03-01T00:00:00Z') RETURNING id");
  EXPECT_TRUE(round);
  const Value none = Null();
  int filed = 0;
  for (int i = 0; i < n; ++i) {
    std::string status = kStatuses[rng() % kStatuses.size()];
    bool ended = status == "deregistered" || status == "revoked" || status == "refused";
    auto id = c.Query(
        "INSERT INTO orgs (name, name_norm, type, level, status, region_code, registered_on, ended_on, "
        "created_at, updated_at) VALUES ($1, $1, $2, 'county', $3, $4, $5, $6, '2024-01-01T00:00:00Z', "
        "'2024-01-01T00:00:00Z') RETURNING id",
        {"组织" + std::to_string(i), kTypes[rng() % kTypes.size()], status, kRegions[rng() % kRegions.size()],
         NullOr(status == "applied" || rng() % 20 == 0, Day(rng, 2016 + static_cast<int>(rng() % 9))),
         NullOr(!ended || rng() % 10 == 0, Day(rng, 2020 + static_cast<int>(rng() % 6)))});
    EXPECT_TRUE(id) << id.error().message_en;
    const std::int64_t org = id->at(0).Int(0);
    auto exec = [&](const char* sql, const Params& p) {
      auto r = c.Exec(sql, p);
      EXPECT_TRUE(r) << r.error().message_en;
    };
    if (rng() % 5 == 0)
      exec("INSERT INTO supervision_flags (org_id, kind, since, first_seen_on, rule_id, basis, handling, "
           "handling_outcome, created_at, updated_at) VALUES ($1, $2, '2024-01-01', '2024-06-01', 'R', 'B', $3, $4, "
           "'2024-06-01T00:00:00Z', '2024-06-01T00:00:00Z')",
           {org, kFlagKinds[rng() % 3], kHandlings[rng() % kHandlings.size()], kOutcomes[rng() % kOutcomes.size()]});
    if (rng() % 6 == 0) {
      std::int64_t grade = 1 + rng() % 5;
      exec("INSERT INTO ratings (org_id, round_id, total_score, preliminary_grade, grade, status, notice_until, "
           "created_by, created_at, updated_at) VALUES ($1, $2, 800, $3, $3, $4, '2024-05-01', 't', "
           "'2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z')",
           {org, round->at(0).Int(0), grade, kRatingStatuses[rng() % kRatingStatuses.size()]});
    }
    for (int k = static_cast<int>(rng() % 7); k < 2; ++k)  // 0-2 penalties for 2 in 7
      exec("INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, created_by, created_at) "
           "VALUES ($1, $2, $3, $4, $5, 'B', 't', '2024-01-01T00:00:00Z')",
           {org, "N" + std::to_string(i) + "-" + std::to_string(k), kPenalties[rng() % kPenalties.size()],
            Day(rng, 2023 + static_cast<int>(rng() % 3)), static_cast<std::int64_t>(rng() % 100000)});
    for (int k = static_cast<int>(rng() % 6); k < 2; ++k)  // 0-2 listings (possibly on the same list)
      exec("INSERT INTO credit_listings (org_id, list, cause, source_id, entered_on, exited_on, rule_id, basis, "
           "created_by, created_at, updated_at) VALUES ($1, $2, 'c', $3, $4, $5, 'R', 'B', 't', "
           "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
           {org, rng() % 4 == 0 ? "serious" : "anomaly", std::int64_t{k}, Day(rng, 2023 + static_cast<int>(rng() % 2)),
            rng() % 2 ? none : Value(Day(rng, 2024 + static_cast<int>(rng() % 2)))});
    for (int year = 2019; year <= 2025; ++year) {
      if (rng() % 3 == 0) continue;  // no report row
      bool null_filed = rng() % 8 == 0;
      filed += !null_filed;
      auto r = c.Exec(
          "INSERT INTO annual_reports (org_id, year, filed_on, created_at, updated_at) "
          "VALUES ($1, $2, $3, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
          {org, std::int64_t{year}, NullOr(null_filed, Day(rng, year + 1 + (rng() % 4 == 0)))});
      EXPECT_TRUE(r) << r.error().message_en;
    }
  }
  EXPECT_TRUE(tx->Commit());
  return filed;
}

TEST_P(DashboardStatsTest, CompletionInMemoryEqualsTheSql) {
  auto c = db().Acquire();
  int filed_reports = Generate(*c, 1500, 20260101);
  auto stats = supervision::BuildDashboardStats(*c, "2026-01-01T00:00:00Z");
  ASSERT_TRUE(stats) << stats.error().message_en;
  EXPECT_EQ((*stats)->orgs.size(), 1500u);
  size_t held = 0;
  for (const auto& [year, v] : (*stats)->filed_by_year) held += v.size();
  EXPECT_EQ(held, static_cast<size_t>(filed_reports));
  RulesConfig rules;
  std::int64_t late_seen = 0, exempt_seen = 0;
  for (int year : {2019, 2021, 2022, 2023, 2024, 2025}) {
    Date cutoff = Date::FromYmd(year, 12, 31).AddMonths(-rules.annual_report_exempt_months);
    Date deadline = supervision::DeadlinesFor(year, OrgType::kSocialGroup, rules).authority;
    Date fdn = supervision::DeadlinesFor(year, OrgType::kFoundation, rules).authority;
    for (std::string prefix : {"", "11", "1101", "110101", "110000", "44", "4403", "440305", "15", "99"}) {
      SCOPED_TRACE(prefix + " / " + std::to_string(year));
      auto sql = supervision_store::ReportCompletion(*c, prefix, year, cutoff, deadline, fdn);
      ASSERT_TRUE(sql) << sql.error().message_en;
      auto mem = (*stats)->Completion(prefix, year, cutoff, deadline, fdn);
      ASSERT_EQ(mem.size(), sql->size());
      for (size_t i = 0; i < mem.size(); ++i) {
        EXPECT_EQ(mem[i].region_code, (*sql)[i].region_code);
        EXPECT_EQ(mem[i].required, (*sql)[i].required);
        EXPECT_EQ(mem[i].filed, (*sql)[i].filed);
        EXPECT_EQ(mem[i].on_time, (*sql)[i].on_time);
        late_seen += mem[i].filed - mem[i].on_time;
      }
      if (prefix == "99") EXPECT_TRUE(mem.empty());
    }
    // The exemption matters: a later cut-off would require more organizations.
    auto wider = supervision_store::ReportCompletion(*c, "", year, cutoff.AddMonths(6), deadline, fdn);
    auto mem = (*stats)->Completion("", year, cutoff, deadline, fdn);
    ASSERT_TRUE(wider);
    std::int64_t a = 0, b = 0;
    for (const auto& r : *wider) a += r.required;
    for (const auto& r : mem) b += r.required;
    exempt_seen += a - b;
  }
  EXPECT_GT(late_seen, 0);    // the data has late filings
  EXPECT_GT(exempt_seen, 0);  // and organizations registered after the cut-off

  for (std::string prefix : {"", "11", "1101", "110101", "44", "440305", "99"}) {
    SCOPED_TRACE(prefix);
    auto grades = supervision_store::GradeDistribution(*c, prefix);
    ASSERT_TRUE(grades);
    auto mem_grades = (*stats)->Grades(prefix);
    ASSERT_EQ(mem_grades.size(), grades->size());
    for (size_t i = 0; i < grades->size(); ++i) {
      EXPECT_EQ(mem_grades[i].grade, (*grades)[i].grade);
      EXPECT_EQ(mem_grades[i].count, (*grades)[i].count);
    }
    auto outcomes = supervision_store::FlagOutcomes(*c, prefix);
    ASSERT_TRUE(outcomes);
    auto mem_outcomes = (*stats)->FlagOutcomes(prefix);
    ASSERT_EQ(mem_outcomes.size(), outcomes->size());
    for (size_t i = 0; i < outcomes->size(); ++i) {
      EXPECT_EQ(mem_outcomes[i].kind, (*outcomes)[i].kind);
      EXPECT_EQ(mem_outcomes[i].handling, (*outcomes)[i].handling);
      EXPECT_EQ(mem_outcomes[i].outcome, (*outcomes)[i].outcome);
      EXPECT_EQ(mem_outcomes[i].count, (*outcomes)[i].count);
    }
    if (prefix == "") EXPECT_GT(mem_outcomes.size(), 10u);
    const std::vector<std::pair<std::string, std::string>> periods = {
        {"2024-01-01", "2024-12-31"}, {"2023-06-30", "2024-05-31"}, {"2025-01-01", "2025-06-30"},
        {"2020-01-01", "2026-12-31"}};
    for (const auto& [from, to] : periods) {
      SCOPED_TRACE(from + ".." + to);
      auto sql = supervision_store::SupervisionCounts(*c, prefix, *Date::Parse(from), *Date::Parse(to));
      ASSERT_TRUE(sql) << sql.error().message_en;
      supervision::OverviewCounts mem;
      (*stats)->PenaltiesAndCredit(prefix, *Date::Parse(from), *Date::Parse(to), mem);
      auto sorted = [](auto v) {
        std::sort(v.begin(), v.end());
        return v;
      };
      EXPECT_EQ(sorted(mem.penalties_by_kind), sorted(sql->penalties_by_kind));
      EXPECT_EQ(mem.fines_yuan, sql->fines_yuan);
      EXPECT_EQ(mem.anomaly_listed, sql->anomaly_listed);
      EXPECT_EQ(mem.serious_listed, sql->serious_listed);
      if (prefix == "" && from == "2024-01-01") {
        EXPECT_GT(mem.fines_yuan, 0);
        EXPECT_GT(mem.anomaly_listed, 0);
        EXPECT_GT(mem.serious_listed, 0);
      }
    }
  }
}

// A small register is read again on every request: a filing shows at once.
TEST_P(DashboardStatsTest, CacheOfASmallRegisterSeesTheLastFiling) {
  auto c = db().Acquire();
  Generate(*c, 50, 7);
  AppContext ctx;
  ctx.db = ctx.read_db = &db();
  auto cache = std::make_shared<supervision::DashboardStatsCache>();
  auto before = cache->Get(ctx);
  ASSERT_TRUE(before) << before.error().message_en;
  ASSERT_LT((*before)->build_seconds, supervision::DashboardStatsCache::kSyncBuildSeconds);
  EXPECT_FALSE((*before)->computed_at.empty());
  auto org = c->Query(
      "SELECT id FROM orgs WHERE id NOT IN (SELECT org_id FROM annual_reports WHERE year = 2030) ORDER BY id");
  ASSERT_TRUE(org);
  ASSERT_FALSE(org->empty());
  ASSERT_TRUE(c->Exec("INSERT INTO annual_reports (org_id, year, filed_on, created_at, updated_at) VALUES ($1, "
                      "2030, '2031-01-02', '2031-01-02T00:00:00Z', '2031-01-02T00:00:00Z')",
                      {org->at(0).Int(0)}));
  auto after = cache->Get(ctx);
  ASSERT_TRUE(after);
  EXPECT_EQ((*before)->filed_by_year.count(2030), 0u);
  ASSERT_EQ((*after)->filed_by_year.count(2030), 1u);
  EXPECT_EQ((*after)->filed_by_year.at(2030).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardStatsTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace socorg
