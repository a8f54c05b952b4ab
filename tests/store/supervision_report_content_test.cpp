// Typed annual-report content (migration 013) on SQLite and PostgreSQL: a round trip of every column and
// the activities, the versions kept on refiling, prior-year finances, the officers' query (filters and
// keyset pages) and interview (约谈) records.
#include <gtest/gtest.h>

#include "store/supervision/report_content.h"
#include "store/supervision/reports.h"
#include "store_backend.h"

namespace socorg {
namespace {

using supervision::ReportContent;
using testing::Backends;
using testing::TempDatabase;
namespace ss = supervision_store;

class ReportContentStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { t_ = std::make_unique<TempDatabase>(GetParam(), 2); }
  std::unique_ptr<TempDatabase> t_;
};

std::int64_t Org(Connection& c, const std::string& name, const std::string& type, const std::string& region) {
  auto id = c.Query(
      "INSERT INTO orgs (name, name_norm, type, level, status, region_code, registered_on, created_at, updated_at) "
      "VALUES ($1, $1, $2, 'county', 'active', $3, '2015-01-01', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z') "
      "RETURNING id",
      {name, type, region});
  EXPECT_TRUE(id) << id.error().message_en;
  return id->at(0).Int(0);
}

std::int64_t File(Connection& c, std::int64_t org, int year, const ReportContent& x, std::optional<std::int64_t> bp,
                  const std::string& findings = "[]") {
  supervision::ReportRecord r;
  r.org_id = org, r.year = year, r.filed_on = Date::FromYmd(year + 1, 3, 1), r.created_at = "2025-03-01T00:00:00Z";
  auto id = ss::UpsertReportFiling(c, r);
  EXPECT_TRUE(id) << id.error().message_en;
  ss::ContentWrite w;
  w.report_id = *id, w.org_id = org, w.year = year, w.content = &x, w.spending_ratio_bp = bp;
  w.findings_json = findings, w.content_json = "{\"v\":1}", w.filed_on = r.filed_on, w.filed_by = "u";
  w.now = "2025-03-01T00:00:00Z";
  auto v = ss::SaveReportContent(c, w);
  EXPECT_TRUE(v) << v.error().message_en;
  return *id;
}

ReportContent Sample(std::int64_t income) {
  ReportContent x;
  x.present = true;
  auto& f = x.finances;
  f.assets = 5'000'00, f.liabilities = 1'000'00, f.net_assets = 4'000'00;
  f.income_donations = income, f.total_income = income, f.total_expenditure = 900, f.public_fundraising = true;
  f.charitable_expenditure = 800, f.management_costs = 90, f.staff_salaries = 60;
  x.activities_count = 2, x.beneficiaries = 300;
  x.activities = {{"助学", Date::FromYmd(2024, 5, 1), 200}, {"义诊", std::nullopt, 100}};
  x.council_meetings = 2, x.election_held = true, x.election_on = Date::FromYmd(2024, 6, 1);
  x.branches_count = 1, x.party_org_kind = "branch", x.party_members = 5;
  x.disclosed = true, x.disclosure_where = "慈善中国";
  return x;
}

TEST_P(ReportContentStoreTest, RoundTripVersionsAndPriorYears) {
  auto c = t_->db().Acquire();
  auto org = Org(*c, "甲基金会", "foundation", "110101");
  File(*c, org, 2023, Sample(1000), std::nullopt);
  auto id = File(*c, org, 2024, Sample(2000), 8000, "[{\"outcome\":\"pass\"}]");
  File(*c, org, 2024, Sample(3000), 8000);  // refiled: version 2
  auto r = ss::GetReport(*c, org, 2024);
  ASSERT_TRUE(r && *r);
  const auto& got = **r;
  ASSERT_TRUE(got.typed);
  EXPECT_EQ(got.id, id);
  EXPECT_EQ(got.versions, 2);
  EXPECT_EQ(got.spending_ratio_bp, 8000);
  const auto& f = got.typed->finances;
  EXPECT_EQ(f.total_income, 3000);
  EXPECT_EQ(f.net_assets, 4'000'00);
  EXPECT_FALSE(f.income_government);
  EXPECT_TRUE(f.public_fundraising);
  EXPECT_EQ(f.management_costs, 90);
  ASSERT_EQ(got.typed->activities.size(), 2u);
  EXPECT_EQ(got.typed->activities[0].name, "助学");
  EXPECT_EQ(got.typed->activities[0].held_on, Date::FromYmd(2024, 5, 1));
  EXPECT_FALSE(got.typed->activities[1].held_on);
  EXPECT_EQ(got.typed->election_on, Date::FromYmd(2024, 6, 1));
  EXPECT_EQ(got.typed->party_org_kind, "branch");
  EXPECT_EQ(got.typed->disclosure_where, "慈善中国");
  auto versions = ss::ContentVersions(*c, id);
  ASSERT_TRUE(versions);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[1].version, 2);
  auto prior = ss::FinancesOf(*c, org, 2021, 2023);
  ASSERT_TRUE(prior);
  ASSERT_EQ(prior->size(), 1u);
  EXPECT_EQ((*prior)[0].total_income, 1000);
  // A report without typed content reads as before.
  auto other = Org(*c, "乙协会", "social_group", "110101");
  supervision::ReportRecord plain;
  plain.org_id = other, plain.year = 2024, plain.filed_on = Date::FromYmd(2025, 3, 1), plain.created_at = "x";
  ASSERT_TRUE(ss::UpsertReportFiling(*c, plain));
  auto pr = ss::GetReport(*c, other, 2024);
  ASSERT_TRUE(pr && *pr);
  EXPECT_FALSE((*pr)->typed);
}

TEST_P(ReportContentStoreTest, QueryFiltersAndKeysetPages) {
  auto c = t_->db().Acquire();
  auto a = Org(*c, "甲基金会", "foundation", "110101");
  auto b = Org(*c, "乙协会", "social_group", "110102");
  auto d = Org(*c, "丙基金会", "foundation", "440103");
  File(*c, a, 2024, Sample(5000), 6999, "[{\"outcome\":\"fail\"}]");
  File(*c, b, 2024, Sample(100), std::nullopt);
  File(*c, d, 2024, Sample(9000), 7000);
  File(*c, a, 2023, Sample(4000), 7500);
  auto q = [&](ss::ReportQuery in) {
    auto r = ss::QueryReports(*c, in);
    EXPECT_TRUE(r) << r.error().message_en;
    std::vector<std::string> names;
    for (const auto& x : *r) names.push_back(x.org.name + std::to_string(x.year));
    return names;
  };
  ss::ReportQuery all;
  all.limit = 10;
  EXPECT_EQ(q(all).size(), 4u);
  ss::ReportQuery y = all;
  y.year = 2024, y.region_prefix = "11";
  EXPECT_EQ(q(y), (std::vector<std::string>{"甲基金会2024", "乙协会2024"}));
  ss::ReportQuery t = all;
  t.type = "foundation", t.year = 2024;
  EXPECT_EQ(q(t), (std::vector<std::string>{"甲基金会2024", "丙基金会2024"}));
  ss::ReportQuery ratio = all;
  ratio.ratio_below_bp = 7000;  // 6999 is below, 7000 is not, NULL never
  EXPECT_EQ(q(ratio), (std::vector<std::string>{"甲基金会2024"}));
  ss::ReportQuery inc = all;
  inc.min_income_fen = 5000;
  EXPECT_EQ(q(inc), (std::vector<std::string>{"甲基金会2024", "丙基金会2024"}));
  ss::ReportQuery failed = all;
  failed.findings_failed = true;
  EXPECT_EQ(q(failed), (std::vector<std::string>{"甲基金会2024"}));
  ss::ReportQuery page = all;
  page.limit = 2;
  auto first = ss::QueryReports(*c, page);
  ASSERT_TRUE(first);
  ASSERT_EQ(first->size(), 2u);
  page.after = first->back().report_id;
  auto second = ss::QueryReports(*c, page);
  ASSERT_TRUE(second);
  ASSERT_EQ(second->size(), 2u);
  EXPECT_GT(second->front().report_id, first->back().report_id);
}

TEST_P(ReportContentStoreTest, Interviews) {
  auto c = t_->db().Acquire();
  auto org = Org(*c, "甲协会", "social_group", "110101");
  ss::InterviewRecord r;
  r.org_id = org, r.held_on = Date::FromYmd(2025, 6, 10), r.reason = "未按时报送年报";
  r.attendee_roles = "[\"legal_representative\"]", r.outcome = "限期报送", r.report_year = 2024;
  r.recorded_by = "officer", r.created_at = "2025-06-10T00:00:00Z";
  ASSERT_TRUE(ss::InsertInterview(*c, r));
  r.held_on = Date::FromYmd(2025, 7, 1), r.report_year.reset();
  ASSERT_TRUE(ss::InsertInterview(*c, r));
  auto rows = ss::InterviewsOf(*c, org);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].held_on, Date::FromYmd(2025, 7, 1));
  EXPECT_FALSE((*rows)[0].report_year);
  EXPECT_EQ((*rows)[1].report_year, 2024);
  EXPECT_EQ((*rows)[1].attendee_roles, "[\"legal_representative\"]");
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportContentStoreTest, ::testing::ValuesIn(Backends()),
                         [](const auto& i) { return i.param; });

}  // namespace
}  // namespace socorg
