#include "domain/supervision/report_content.h"

#include <cstdio>

namespace socorg::supervision {
namespace {

std::unexpected<Error> Bad(std::string code, std::string zh, std::string en, std::string field) {
  return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
}

struct Amount {
  const char* field;
  const std::optional<std::int64_t>* v;
  bool may_be_negative;
};

}  // namespace

bool ReportFinances::Any() const {
  for (auto* v : {&assets, &liabilities, &net_assets, &income_donations, &income_government, &income_dues,
                  &income_services, &income_investment, &income_other, &total_income, &total_expenditure,
                  &charitable_expenditure, &management_costs, &staff_salaries})
    if (v->has_value()) return true;
  return false;
}

bool ValidPartyOrgKind(std::string_view k) {
  return k == "none" || k == "branch" || k == "joint_branch" || k == "general_branch" || k == "committee" ||
         k == "instructor";
}

std::string FenText(std::int64_t fen) {
  char buf[40];
  std::int64_t a = fen < 0 ? -fen : fen;
  std::snprintf(buf, sizeof buf, "%s%lld.%02lld", fen < 0 ? "-" : "", static_cast<long long>(a / 100),
                static_cast<long long>(a % 100));
  return buf;
}

Status ValidateReportContent(const ReportContent& c, int year) {
  const ReportFinances& f = c.finances;
  const Amount amounts[] = {
      {"finances.assets_fen", &f.assets, false},
      {"finances.liabilities_fen", &f.liabilities, false},
      {"finances.net_assets_fen", &f.net_assets, true},
      {"finances.income.donations_fen", &f.income_donations, false},
      {"finances.income.government_fen", &f.income_government, false},
      {"finances.income.membership_dues_fen", &f.income_dues, false},
      {"finances.income.services_fen", &f.income_services, false},
      {"finances.income.investment_fen", &f.income_investment, true},  // investment losses
      {"finances.income.other_fen", &f.income_other, false},
      {"finances.total_income_fen", &f.total_income, true},
      {"finances.total_expenditure_fen", &f.total_expenditure, false},
      {"finances.charitable_expenditure_fen", &f.charitable_expenditure, false},
      {"finances.management_costs_fen", &f.management_costs, false},
      {"finances.staff_salaries_fen", &f.staff_salaries, false},
  };
  for (const auto& a : amounts) {
    if (!a.v->has_value()) continue;
    std::int64_t v = **a.v;
    if (!a.may_be_negative && v < 0) return Bad("negative_amount", std::string("金额不能为负数：") + a.field,
                                                std::string("amount must not be negative: ") + a.field, a.field);
    if (v > kMaxAmountFen || v < -kMaxAmountFen)
      return Bad("out_of_range", std::string("金额超出范围：") + a.field, std::string("amount out of range: ") + a.field,
                 a.field);
  }
  if (f.assets && f.liabilities && f.net_assets && *f.net_assets != *f.assets - *f.liabilities)
    return Bad("net_assets_mismatch", "净资产应等于资产总额减负债总额（" + FenText(*f.assets - *f.liabilities) + "元）",
               "net assets must equal assets minus liabilities (" + FenText(*f.assets - *f.liabilities) + ")",
               "finances.net_assets_fen");
  bool any_source = f.income_donations || f.income_government || f.income_dues || f.income_services ||
                    f.income_investment || f.income_other;
  if (any_source && f.total_income) {
    std::int64_t sum = 0;
    for (auto* v : {&f.income_donations, &f.income_government, &f.income_dues, &f.income_services,
                    &f.income_investment, &f.income_other})
      sum += v->value_or(0);
    if (sum != *f.total_income)
      return Bad("income_sum_mismatch", "各项收入之和（" + FenText(sum) + "元）与收入合计不符",
                 "income by source (" + FenText(sum) + ") does not add up to total income",
                 "finances.total_income_fen");
  }
  if (f.total_expenditure) {
    if (f.charitable_expenditure && *f.charitable_expenditure > *f.total_expenditure)
      return Bad("exceeds_total", "公益（业务）活动支出不能超过支出合计", "charitable expenditure exceeds total expenditure",
                 "finances.charitable_expenditure_fen");
    if (f.management_costs && *f.management_costs > *f.total_expenditure)
      return Bad("exceeds_total", "管理费用不能超过支出合计", "management costs exceed total expenditure",
                 "finances.management_costs_fen");
    if (f.charitable_expenditure && f.management_costs &&
        *f.charitable_expenditure + *f.management_costs > *f.total_expenditure)
      return Bad("exceeds_total", "公益（业务）活动支出与管理费用之和不能超过支出合计",
                 "charitable expenditure plus management costs exceed total expenditure",
                 "finances.management_costs_fen");
  }
  auto in_year = [&](const std::optional<Date>& d) { return !d || d->Year() == year; };
  if (c.activities_count < 0 || c.activities_count > 1'000'000)
    return Bad("out_of_range", "活动次数超出范围", "activities count out of range", "activities.count");
  if (c.beneficiaries < 0 || c.beneficiaries > 2'000'000'000)
    return Bad("out_of_range", "受益人次超出范围", "beneficiaries out of range", "activities.beneficiaries");
  if (c.activities.size() > 50)
    return Bad("too_many", "主要活动最多列50项", "at most 50 activities may be listed", "activities.items");
  if (static_cast<std::int64_t>(c.activities.size()) > c.activities_count)
    return Bad("count_mismatch", "列出的活动多于活动次数", "more activities listed than the activities count",
               "activities.count");
  for (size_t i = 0; i < c.activities.size(); ++i) {
    const auto& x = c.activities[i];
    std::string base = "activities.items[" + std::to_string(i) + "]";
    if (x.name.empty() || x.name.size() > 600)
      return Bad("required", "活动名称必填（不超过200字）：" + base + ".name", "activity name required: " + base + ".name",
                 base + ".name");
    if (!in_year(x.held_on))
      return Bad("date_outside_year", "活动日期应在报告年度内：" + base + ".held_on",
                 "activity date must be within the report year: " + base + ".held_on", base + ".held_on");
    if (x.beneficiaries < 0 || x.beneficiaries > 2'000'000'000)
      return Bad("out_of_range", "受益人次超出范围", "beneficiaries out of range", base + ".beneficiaries");
  }
  for (auto [v, field] : {std::pair{c.general_assemblies, "governance.general_assemblies"},
                          std::pair{c.council_meetings, "governance.council_meetings"},
                          std::pair{c.board_meetings, "governance.board_meetings"},
                          std::pair{c.branches_count, "branches_count"}, std::pair{c.party_members, "party.members"}})
    if (v < 0 || v > 100'000)
      return Bad("out_of_range", std::string("数量超出范围：") + field, std::string("count out of range: ") + field,
                 field);
  if (c.election_held && !c.election_on)
    return Bad("required", "已换届的应填写换届日期", "election_on is required when an election was held",
               "governance.election_on");
  if (c.election_on && !c.election_held)
    return Bad("inconsistent", "未换届不应填写换届日期", "election_on given but election_held is false",
               "governance.election_on");
  if (!in_year(c.election_on))
    return Bad("date_outside_year", "换届日期应在报告年度内", "the election date must be within the report year",
               "governance.election_on");
  if (!ValidPartyOrgKind(c.party_org_kind))
    return Bad("invalid_enum", "党组织形式无效", "party.org_kind must be none, branch, joint_branch, general_branch, "
               "committee or instructor", "party.org_kind");
  if (c.party_org_kind != "none" && c.party_org_kind != "instructor" && c.party_members < 3)
    return Bad("inconsistent", "建立党组织应有正式党员3名以上", "a party organization needs at least 3 members",
               "party.members");
  if (c.disclosed && c.disclosure_where.empty())
    return Bad("required", "已公开的应填写公开渠道", "disclosure.where is required when published", "disclosure.where");
  if (c.disclosure_where.size() > 600)
    return Bad("too_long", "公开渠道过长", "disclosure.where too long", "disclosure.where");
  return {};
}

namespace {

Finding Make(const char* rule, const char* title) {
  return Finding{rule, BasisText(rule), title, {}, Outcome::kNeedsReview, "", ""};
}

std::string Pct(std::int64_t num, std::int64_t den) {
  if (den <= 0) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * static_cast<double>(num) / static_cast<double>(den));
  return buf;
}

}  // namespace

std::vector<Finding> SpendingFindings(OrgType type, const ReportContent& c, const PriorYears& p) {
  std::vector<Finding> out;
  const ReportFinances& f = c.finances;
  if (type != OrgType::kFoundation || !c.present || !f.Any()) return out;
  if (f.public_fundraising) {
    Finding x = Make(kRuleSpendPublic, "公募基金会年度公益支出不低于上一年总收入的70%");
    x.facts = {{"public_fundraising", "true"}};
    if (f.charitable_expenditure) x.facts.push_back({"charitable_expenditure", FenText(*f.charitable_expenditure)});
    if (p.income_1) x.facts.push_back({"prior_year_income", FenText(*p.income_1)});
    if (!f.charitable_expenditure || !p.income_1) {
      x.explanation_zh = "缺少本年度公益支出或上一年度总收入，需人工核对";
      x.explanation_en = "charitable expenditure or the previous year's income is missing; check by hand";
    } else {
      std::int64_t ce = *f.charitable_expenditure, i1 = *p.income_1;
      x.facts.push_back({"required_min", FenText((i1 * 70 + 99) / 100)});
      x.facts.push_back({"ratio", Pct(ce, i1)});
      bool ok1 = ce * 100 >= i1 * 70;
      bool have3 = p.income_2 && p.income_3;
      std::int64_t sum3 = have3 ? i1 + *p.income_2 + *p.income_3 : 0;
      bool ok3 = have3 && ce * 300 >= sum3 * 70;
      if (have3) x.facts.push_back({"three_year_average_income", FenText(sum3 / 3)});
      if (ok1 || ok3) {
        x.outcome = Outcome::kPass;
        x.explanation_zh = ok1 ? "公益支出达到上一年总收入的70%" : "公益支出达到前三年收入平均数的70%";
        x.explanation_en = ok1 ? "charitable expenditure is at least 70% of the previous year's income"
                               : "charitable expenditure is at least 70% of the three-year average income";
      } else {
        x.outcome = Outcome::kFail;
        x.explanation_zh = "公益支出低于上一年总收入（及前三年收入平均数）的70%，应报告登记机关并向社会公开说明";
        x.explanation_en = "charitable expenditure is below 70% of the previous year's income (and of the "
                           "three-year average); the foundation must report and explain publicly";
      }
    }
    out.push_back(std::move(x));
  } else {
    Finding x = Make(kRuleSpendNonPublic, "非公募基金会年度公益支出不低于上一年基金余额的8%");
    x.facts = {{"public_fundraising", "false"}};
    if (f.charitable_expenditure) x.facts.push_back({"charitable_expenditure", FenText(*f.charitable_expenditure)});
    if (p.net_assets_1) x.facts.push_back({"prior_year_fund_balance", FenText(*p.net_assets_1)});
    if (!f.charitable_expenditure || !p.net_assets_1) {
      x.explanation_zh = "缺少本年度公益支出或上一年度基金余额，需人工核对";
      x.explanation_en = "charitable expenditure or the previous year's fund balance is missing; check by hand";
    } else {
      std::int64_t ce = *f.charitable_expenditure, base = std::max<std::int64_t>(*p.net_assets_1, 0);
      x.facts.push_back({"required_min", FenText((base * 8 + 99) / 100)});
      x.facts.push_back({"ratio", Pct(ce, base)});
      if (ce * 100 >= base * 8) {
        x.outcome = Outcome::kPass;
        x.explanation_zh = "公益支出达到上一年基金余额的8%";
        x.explanation_en = "charitable expenditure is at least 8% of the previous year's fund balance";
      } else {
        x.outcome = Outcome::kFail;
        x.explanation_zh = "公益支出低于上一年基金余额的8%";
        x.explanation_en = "charitable expenditure is below 8% of the previous year's fund balance";
      }
    }
    out.push_back(std::move(x));
  }
  Finding m = Make(kRuleAdminCost, "工资福利和行政办公支出（管理费用）不超过当年总支出的10%");
  if (f.management_costs) m.facts.push_back({"management_costs", FenText(*f.management_costs)});
  if (f.total_expenditure) m.facts.push_back({"total_expenditure", FenText(*f.total_expenditure)});
  if (!f.management_costs || !f.total_expenditure) {
    m.explanation_zh = "缺少管理费用或支出合计，需人工核对";
    m.explanation_en = "management costs or total expenditure missing; check by hand";
  } else {
    std::int64_t mc = *f.management_costs, te = *f.total_expenditure;
    m.facts.push_back({"allowed_max", FenText(te / 10)});
    m.facts.push_back({"ratio", Pct(mc, te)});
    if (mc * 100 <= te * 10) {
      m.outcome = Outcome::kPass;
      m.explanation_zh = "管理费用未超过总支出的10%";
      m.explanation_en = "management costs are at most 10% of total expenditure";
    } else {
      m.outcome = Outcome::kFail;
      m.explanation_zh = "管理费用超过总支出的10%";
      m.explanation_en = "management costs exceed 10% of total expenditure";
    }
  }
  out.push_back(std::move(m));
  return out;
}

std::optional<std::int64_t> SpendingRatioBp(OrgType type, const ReportContent& c, const PriorYears& p) {
  const ReportFinances& f = c.finances;
  if (type != OrgType::kFoundation || !f.charitable_expenditure) return std::nullopt;
  auto base = f.public_fundraising ? p.income_1 : p.net_assets_1;
  if (!base || *base <= 0) return std::nullopt;
  return *f.charitable_expenditure * 10000 / *base;
}

}  // namespace socorg::supervision
