#include <gtest/gtest.h>

#include <algorithm>

#include "domain/supervision/annual_report.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;
using testing::OrgBuilder;

TEST(AnnualReport, DeadlinesFromConfig) {
  RulesConfig cfg;
  auto d = DeadlinesFor(2024, OrgType::kSocialGroup, cfg);
  EXPECT_EQ(d.supervisory.ToString(), "2025-03-31");
  EXPECT_EQ(d.authority.ToString(), "2025-05-31");
  EXPECT_EQ(DeadlinesFor(2024, OrgType::kSocialServiceAgency, cfg).authority.ToString(), "2025-05-31");
  // FDN art. 36: a foundation's report reaches the registration authority by 31 Mar.
  EXPECT_EQ(DeadlinesFor(2024, OrgType::kFoundation, cfg).authority.ToString(), "2025-03-31");
  EXPECT_EQ(DeadlinesFor(2024, OrgType::kFoundation, cfg).supervisory.ToString(), "2025-03-31");
  cfg.annual_report_authority_month = 6;
  cfg.annual_report_authority_day = 30;
  EXPECT_EQ(DeadlinesFor(2024, OrgType::kSocialGroup, cfg).authority.ToString(), "2025-06-30");
  EXPECT_EQ(DeadlinesFor(2024, OrgType::kFoundation, cfg).authority.ToString(), "2025-03-31");
}

// A foundation filing on 1 Apr is late, where a social group filing that day is on time; the last due
// year moves on 1 Apr for foundations and on 1 Jun for the others.
TEST(AnnualReport, FoundationsReportBy31March) {
  RulesConfig cfg;
  struct Case {
    OrgType type;
    const char* filed;  // nullptr = not filed
    const char* today;
    ReportState want;
  } cases[] = {
      {OrgType::kFoundation, "2025-03-31", "2025-06-01", ReportState::kFiledOnTime},
      {OrgType::kFoundation, "2025-04-01", "2025-06-01", ReportState::kFiledLate},
      {OrgType::kFoundation, nullptr, "2025-03-31", ReportState::kNotYetDue},
      {OrgType::kFoundation, nullptr, "2025-04-01", ReportState::kOverdue},
      {OrgType::kSocialGroup, "2025-04-01", "2025-06-01", ReportState::kFiledOnTime},
      {OrgType::kSocialGroup, nullptr, "2025-04-01", ReportState::kNotYetDue},
  };
  for (const auto& c : cases) {
    OrgBuilder b;
    b.org.type = c.type;
    if (c.filed) b.Report(2024, c.filed);
    EXPECT_EQ(EvaluateReport(b.Get(), 2024, D(c.today), cfg), c.want)
        << ToString(c.type) << " " << (c.filed ? c.filed : "-") << " " << c.today;
  }
  EXPECT_EQ(LastDueYear(D("2025-03-31"), OrgType::kFoundation, cfg), 2023);
  EXPECT_EQ(LastDueYear(D("2025-04-01"), OrgType::kFoundation, cfg), 2024);
  EXPECT_EQ(LastDueYear(D("2025-04-01"), OrgType::kSocialGroup, cfg), 2023);
  EXPECT_EQ(LastDueYear(D("2025-04-01"), cfg), 2023);  // due for every type: the later deadline
  EXPECT_EQ(LastDueYear(D("2025-06-01"), cfg), 2024);
  OrgBuilder late;
  late.org.type = OrgType::kFoundation;
  late.Report(2024, "2025-04-01");
  Finding f = ExplainReport(late.Get(), 2024, D("2025-06-01"), cfg);
  EXPECT_EQ(f.outcome, Outcome::kFail);
  EXPECT_NE(f.explanation_zh.find("2025-03-31"), std::string::npos) << f.explanation_zh;
}

// The day of the deadline is still on time; the day after is late.
TEST(AnnualReport, DeadlineBoundaries) {
  RulesConfig cfg;
  struct Case {
    const char* filed;  // nullptr = not filed
    const char* today;
    ReportState want;
  } cases[] = {
      {nullptr, "2025-05-30", ReportState::kNotYetDue},
      {nullptr, "2025-05-31", ReportState::kNotYetDue},
      {nullptr, "2025-06-01", ReportState::kOverdue},
      {"2025-05-31", "2025-06-01", ReportState::kFiledOnTime},
      {"2025-06-01", "2025-06-01", ReportState::kFiledLate},
      {"2025-06-01", "2025-05-31", ReportState::kNotYetDue},  // a filing after `today` is not seen yet
  };
  for (const auto& c : cases) {
    OrgBuilder b;
    if (c.filed) b.Report(2024, c.filed);
    EXPECT_EQ(EvaluateReport(b.Get(), 2024, D(c.today), cfg), c.want) << (c.filed ? c.filed : "-") << " " << c.today;
  }
}

// Registered less than 6 months before 31 Dec: exempt. 30 Jun is exactly 6 months before.
TEST(AnnualReport, SixMonthExemption) {
  RulesConfig cfg;
  struct Case {
    const char* registered;
    ReportDuty want;
  } cases[] = {
      {"2024-06-30", ReportDuty::kRequired},
      {"2024-07-01", ReportDuty::kExempt},
      {"2024-12-31", ReportDuty::kExempt},
      {"2025-01-01", ReportDuty::kNotRequired},
      {"2010-01-01", ReportDuty::kRequired},
  };
  for (const auto& c : cases) {
    OrgBuilder b(c.registered);
    EXPECT_EQ(DutyFor(b.Get(), 2024, cfg), c.want) << c.registered;
  }
  OrgBuilder community;
  community.org.type = OrgType::kCommunity;
  EXPECT_EQ(DutyFor(community.Get(), 2024, cfg), ReportDuty::kNotRequired);
}

TEST(AnnualReport, EndedBeforeDeadlineOwesNothing) {
  RulesConfig cfg;
  OrgBuilder b;
  b.org.status = OrgStatus::kDeregistered;
  b.org.ended_on = D("2025-05-31");
  EXPECT_EQ(DutyFor(b.Get(), 2024, cfg), ReportDuty::kNotRequired);
  b.org.ended_on = D("2025-06-01");
  EXPECT_EQ(DutyFor(b.Get(), 2024, cfg), ReportDuty::kRequired);
}

TEST(AnnualReport, ConsecutiveMissingCountsBackFromLastDueYear) {
  RulesConfig cfg;
  OrgBuilder b("2018-01-01");
  b.OnTime(2018, 2021);  // 2022, 2023 missing
  auto& o = b.Get();
  EXPECT_EQ(LastDueYear(D("2024-05-31"), cfg), 2022);
  EXPECT_EQ(LastDueYear(D("2024-06-01"), cfg), 2023);
  EXPECT_EQ(ConsecutiveMissingReports(o, D("2024-05-31"), cfg).years, 1);
  auto run = ConsecutiveMissingReports(o, D("2024-06-01"), cfg);
  EXPECT_EQ(run.years, 2);
  EXPECT_EQ(run.first_year, 2022);
  EXPECT_EQ(run.since->ToString(), "2023-06-01");
  EXPECT_FALSE(ReportsUpToDate(o, D("2024-06-01"), cfg));
}

TEST(AnnualReport, FindingCarriesFacts) {
  RulesConfig cfg;
  OrgBuilder b;
  Finding f = ExplainReport(b.Get(), 2024, D("2025-06-01"), cfg);
  EXPECT_EQ(f.rule_id, kRuleReportDue);
  EXPECT_EQ(f.outcome, Outcome::kFail);
  EXPECT_NE(f.basis.find("《社会团体登记管理条例》第二十八条"), std::string::npos);
  EXPECT_EQ(f.basis.find("DOMAIN"), std::string::npos);
  auto it = std::find_if(f.facts.begin(), f.facts.end(), [](auto& p) { return p.first == "authority_deadline"; });
  ASSERT_NE(it, f.facts.end());
  EXPECT_EQ(it->second, "2025-05-31");
}

}  // namespace
}  // namespace socorg::supervision
