#include "app/supervision/report_content_json.h"

namespace socorg::supervision {
namespace {

using nlohmann::json;

json Amount(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }
json OptDay(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(nullptr); }

}  // namespace

json ReportContentJson(const ReportContent& c) {
  const auto& f = c.finances;
  json items = json::array();
  for (const auto& a : c.activities)
    items.push_back({{"name", a.name}, {"held_on", OptDay(a.held_on)}, {"beneficiaries", a.beneficiaries}});
  return {{"finances",
           {{"public_fundraising", f.public_fundraising},
            {"assets_fen", Amount(f.assets)},
            {"liabilities_fen", Amount(f.liabilities)},
            {"net_assets_fen", Amount(f.net_assets)},
            {"income",
             {{"donations_fen", Amount(f.income_donations)},
              {"government_fen", Amount(f.income_government)},
              {"membership_dues_fen", Amount(f.income_dues)},
              {"services_fen", Amount(f.income_services)},
              {"investment_fen", Amount(f.income_investment)},
              {"other_fen", Amount(f.income_other)}}},
            {"total_income_fen", Amount(f.total_income)},
            {"total_expenditure_fen", Amount(f.total_expenditure)},
            {"charitable_expenditure_fen", Amount(f.charitable_expenditure)},
            {"management_costs_fen", Amount(f.management_costs)},
            {"staff_salaries_fen", Amount(f.staff_salaries)}}},
          {"activities", {{"count", c.activities_count}, {"beneficiaries", c.beneficiaries}, {"items", items}}},
          {"governance",
           {{"general_assemblies", c.general_assemblies},
            {"council_meetings", c.council_meetings},
            {"board_meetings", c.board_meetings},
            {"election_held", c.election_held},
            {"election_on", OptDay(c.election_on)}}},
          {"branches_count", c.branches_count},
          {"party", {{"org_kind", c.party_org_kind}, {"members", c.party_members}}},
          {"disclosure", {{"published", c.disclosed}, {"where", c.disclosure_where}}}};
}

json StoredFindingsJson(const std::vector<Finding>& fs) {
  json out = json::array();
  for (const auto& f : fs) {
    json facts = json::object();
    for (const auto& [k, v] : f.facts) facts[k] = v;
    out.push_back({{"rule_id", f.rule_id},
                   {"basis", f.basis},
                   {"title", f.title_zh},
                   {"outcome", ToString(f.outcome)},
                   {"facts", facts},
                   {"explanation", f.explanation_zh},
                   {"explanation_en", f.explanation_en}});
  }
  return out;
}

}  // namespace socorg::supervision
