// Typed content of an annual report 年度工作报告内容 (DOMAIN §6): finances in fen (分, integers), activities,
// governance, branches, party organization and disclosure; its validation; and the foundation spending
// rules (DOMAIN §6, §17: 基金会管理条例 art. 29, 慈善法 art. 61) whose findings feed the conclusion and are read
// by credit, ratings and charity checks (SpendingFindings, below).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/amount.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/finding.h"
#include "domain/org_types.h"

namespace socorg::supervision {

inline constexpr char kRuleSpendPublic[] = "AR-FDN-SPEND-PUBLIC";
inline constexpr char kRuleSpendNonPublic[] = "AR-FDN-SPEND-NONPUBLIC";
inline constexpr char kRuleAdminCost[] = "AR-FDN-ADMIN-COST";

// Amounts in fen: within ±kMaxAmountYuan yuan.
inline constexpr std::int64_t kMaxAmountFen = kMaxAmountYuan * 100;

// All amounts in fen; nullopt = not reported.
struct ReportFinances {
  std::optional<std::int64_t> assets, liabilities, net_assets;
  // Income by source; total_income is the sum when given alongside them.
  std::optional<std::int64_t> income_donations, income_government, income_dues, income_services,
      income_investment, income_other, total_income;
  std::optional<std::int64_t> total_expenditure;
  std::optional<std::int64_t> charitable_expenditure;  // 公益/慈善活动支出 or business-activity cost (业务活动成本)
  std::optional<std::int64_t> management_costs;        // 管理费用: staff wages and benefits and office costs
  std::optional<std::int64_t> staff_salaries;          // 工资福利 (all staff)
  bool public_fundraising = false;                      // foundations: holds public-fundraising qualification (公募)
  bool Any() const;
};

struct ReportActivityItem {
  std::string name;
  std::optional<Date> held_on;
  std::int64_t beneficiaries = 0;
};

struct ReportContent {
  bool present = false;  // the filing carried typed content
  ReportFinances finances;
  int activities_count = 0;
  std::int64_t beneficiaries = 0;
  std::vector<ReportActivityItem> activities;  // a short list, ≤ 50
  int general_assemblies = 0, council_meetings = 0, board_meetings = 0;  // 会员(代表)大会 / 理事会 / 常务理事会
  bool election_held = false;
  std::optional<Date> election_on;
  int branches_count = 0;  // 分支机构、代表机构
  // Party organization (kinds and counts only, no names: #16 reads it from the party module's data).
  std::string party_org_kind = "none";  // none | branch | joint_branch | general_branch | committee | instructor
  int party_members = 0;
  bool disclosed = false;          // the report was published
  std::string disclosure_where;    // e.g. the portal or the organization's site
};

bool ValidPartyOrgKind(std::string_view k);
// kInvalid with the field ("finances.net_assets_fen", "activities[0].held_on", ...) for the first error:
// negative amounts (net assets may be negative), net assets ≠ assets − liabilities, income by source not
// summing to total_income, charitable or management costs above total expenditure, dates outside `year`,
// an election without its date, counts out of range.
Status ValidateReportContent(const ReportContent& c, int year);

// The previous year(s) a spending rule compares with: from the stored reports of year−1..year−3.
struct PriorYears {
  std::optional<std::int64_t> income_1, income_2, income_3;  // total income of year−1, −2, −3 (fen)
  std::optional<std::int64_t> net_assets_1;                 // net assets (基金余额) at the end of year−1 (fen)
};

// The foundation spending rules on a report with typed finances (empty for other types or no finances):
//  AR-FDN-SPEND-PUBLIC    public fundraising: charitable expenditure ≥ 70% of year−1 income, or of the
//                         average of the three previous years (慈善法 art. 61; 基金会管理条例 art. 29(1)).
//  AR-FDN-SPEND-NONPUBLIC non-public: charitable expenditure ≥ 8% of the year−1 fund balance (net assets).
//  AR-FDN-ADMIN-COST      management costs (wages and office costs) ≤ 10% of total expenditure.
// kNeedsReview when a figure is missing (e.g. no prior-year report). Findings, not refusals: the law lets
// the foundation explain (慈善法 art. 61: report and explain publicly), the officer concludes.
std::vector<Finding> SpendingFindings(OrgType type, const ReportContent& c, const PriorYears& prior);
// The ratio the spending rule compares, in basis points (charitable / base × 10000, rounded down), for the
// query endpoint's ratio_below; nullopt when it cannot be computed.
std::optional<std::int64_t> SpendingRatioBp(OrgType type, const ReportContent& c, const PriorYears& prior);

// "12345.67" for 1234567 fen.
std::string FenText(std::int64_t fen);

}  // namespace socorg::supervision
