#include "store/supervision/report_content.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::ReportContent;

constexpr char kContentColumns[] =
    "assets_fen, liabilities_fen, net_assets_fen, income_donations_fen, income_government_fen, income_dues_fen, "
    "income_services_fen, income_investment_fen, income_other_fen, total_income_fen, total_expenditure_fen, "
    "charitable_expenditure_fen, management_costs_fen, staff_salaries_fen, public_fundraising, activities_count, "
    "beneficiaries, general_assemblies, council_meetings, board_meetings, election_held, election_on, "
    "branches_count, party_org_kind, party_members, disclosed, disclosure_where, spending_ratio_bp, findings";
const std::string kInsertContent =
    std::string("INSERT INTO annual_report_content (report_id, org_id, year, updated_at, ") + kContentColumns +
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, "
    "$22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33)";
const std::string kGetContent =
    std::string("SELECT ") + kContentColumns + " FROM annual_report_content WHERE report_id = $1";

}  // namespace

Result<int> SaveReportContent(Connection& c, const ContentWrite& w) {
  const ReportContent& x = *w.content;
  const auto& f = x.finances;
  SOCORG_TRY_VOID(Run(c, "DELETE FROM annual_report_activities WHERE report_id = $1", {w.report_id}));
  SOCORG_TRY_VOID(Run(c, "DELETE FROM annual_report_content WHERE report_id = $1", {w.report_id}));
  SOCORG_TRY_VOID(Run(c, kInsertContent,
                      {w.report_id, w.org_id, Int(w.year), w.now, Opt(f.assets), Opt(f.liabilities),
                       Opt(f.net_assets), Opt(f.income_donations), Opt(f.income_government), Opt(f.income_dues),
                       Opt(f.income_services), Opt(f.income_investment), Opt(f.income_other), Opt(f.total_income),
                       Opt(f.total_expenditure), Opt(f.charitable_expenditure), Opt(f.management_costs),
                       Opt(f.staff_salaries), Bool(f.public_fundraising), Int(x.activities_count), x.beneficiaries,
                       Int(x.general_assemblies), Int(x.council_meetings), Int(x.board_meetings),
                       Bool(x.election_held), Opt(x.election_on), Int(x.branches_count), x.party_org_kind,
                       Int(x.party_members), Bool(x.disclosed), x.disclosure_where, Opt(w.spending_ratio_bp),
                       w.findings_json}));
  for (size_t i = 0; i < x.activities.size(); ++i) {
    const auto& a = x.activities[i];
    SOCORG_TRY_VOID(Run(c,
                        "INSERT INTO annual_report_activities (report_id, seq, name, held_on, beneficiaries) "
                        "VALUES ($1, $2, $3, $4, $5)",
                        {w.report_id, static_cast<std::int64_t>(i), a.name, Opt(a.held_on), a.beneficiaries}));
  }
  SOCORG_TRY(Rows v, c.Query("SELECT COALESCE(MAX(version), 0) + 1 FROM annual_report_versions WHERE report_id = $1",
                             {w.report_id}));
  std::int64_t version = v.at(0).Int(0);
  SOCORG_TRY_VOID(Run(c,
                      "INSERT INTO annual_report_versions (report_id, org_id, year, version, filed_on, content, "
                      "filed_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                      {w.report_id, w.org_id, Int(w.year), version, Opt(w.filed_on), w.content_json, w.filed_by,
                       w.now}));
  return static_cast<int>(version);
}

Status LoadReportContent(Connection& c, supervision::ReportRecord& r) {
  SOCORG_TRY(Rows rows, c.Query(kGetContent, {r.id}));
  if (rows.empty()) return {};
  const Row& w = rows[0];
  ReportContent x;
  x.present = true;
  auto& f = x.finances;
  f.assets = OptIntAt(w, 0), f.liabilities = OptIntAt(w, 1), f.net_assets = OptIntAt(w, 2);
  f.income_donations = OptIntAt(w, 3), f.income_government = OptIntAt(w, 4), f.income_dues = OptIntAt(w, 5);
  f.income_services = OptIntAt(w, 6), f.income_investment = OptIntAt(w, 7), f.income_other = OptIntAt(w, 8);
  f.total_income = OptIntAt(w, 9), f.total_expenditure = OptIntAt(w, 10);
  f.charitable_expenditure = OptIntAt(w, 11), f.management_costs = OptIntAt(w, 12);
  f.staff_salaries = OptIntAt(w, 13), f.public_fundraising = w.Int(14) != 0;
  x.activities_count = Int32At(w, 15), x.beneficiaries = w.Int(16);
  x.general_assemblies = Int32At(w, 17), x.council_meetings = Int32At(w, 18), x.board_meetings = Int32At(w, 19);
  x.election_held = w.Int(20) != 0, x.election_on = OptDateAt(w, 21), x.branches_count = Int32At(w, 22);
  x.party_org_kind = Str(w, 23), x.party_members = Int32At(w, 24), x.disclosed = w.Int(25) != 0;
  x.disclosure_where = Str(w, 26);
  r.spending_ratio_bp = OptIntAt(w, 27);
  r.findings = Str(w, 28);
  SOCORG_TRY(x.activities,
             All<supervision::ReportActivityItem>(
                 c, "SELECT name, held_on, beneficiaries FROM annual_report_activities WHERE report_id = $1 "
                    "ORDER BY seq",
                 {r.id}, [](const auto& a) {
                   return supervision::ReportActivityItem{Str(a, 0), OptDateAt(a, 1), a.Int(2)};
                 }));
  SOCORG_TRY(std::int64_t n, Count(c, "SELECT count(*) FROM annual_report_versions WHERE report_id = $1", {r.id}));
  r.versions = static_cast<int>(n);
  r.typed = std::move(x);
  return {};
}

Result<std::vector<YearFinances>> FinancesOf(Connection& c, std::int64_t org_id, int from, int to) {
  return All<YearFinances>(c,
                           "SELECT year, total_income_fen, net_assets_fen FROM annual_report_content "
                           "WHERE org_id = $1 AND year >= $2 AND year <= $3 ORDER BY year",
                           {org_id, Int(from), Int(to)}, [](const auto& w) {
                             return YearFinances{Int32At(w, 0), OptIntAt(w, 1), OptIntAt(w, 2)};
                           });
}

Result<std::vector<ContentVersion>> ContentVersions(Connection& c, std::int64_t report_id) {
  return All<ContentVersion>(c,
                             "SELECT version, filed_on, content, filed_by, created_at FROM annual_report_versions "
                             "WHERE report_id = $1 ORDER BY version",
                             {report_id}, [](const auto& w) {
                               return ContentVersion{Int32At(w, 0), OptDateAt(w, 1), Str(w, 2), Str(w, 3),
                                                     Str(w, 4)};
                             });
}

Result<std::vector<ReportQueryRow>> QueryReports(Connection& c, const ReportQuery& q) {
  std::string sql =
      "SELECT x.report_id, COALESCE(o.uscc, ''), o.name, o.region_code, o.type, x.year, r.filed_on, r.conclusion, "
      "x.total_income_fen, x.total_expenditure_fen, x.charitable_expenditure_fen, x.management_costs_fen, "
      "x.net_assets_fen, x.spending_ratio_bp, x.findings "
      "FROM annual_report_content x JOIN annual_reports r ON r.id = x.report_id JOIN orgs o ON o.id = x.org_id "
      "WHERE x.report_id > $1 AND o.region_code >= $2 AND o.region_code < $3";
  Params p{q.after, q.region_prefix, PrefixEnd(q.region_prefix)};
  auto arg = [&](Value v) {
    p.push_back(std::move(v));
    return "$" + std::to_string(p.size());
  };
  if (q.year) sql += " AND x.year = " + arg(Int(*q.year));
  if (q.type) sql += " AND o.type = " + arg(*q.type);
  if (q.min_income_fen) sql += " AND x.total_income_fen >= " + arg(*q.min_income_fen);
  if (q.ratio_below_bp) sql += " AND x.spending_ratio_bp < " + arg(*q.ratio_below_bp);
  if (q.findings_failed)
    sql += std::string(" AND x.findings ") + (*q.findings_failed ? "" : "NOT ") + "LIKE '%\"outcome\":\"fail\"%'";
  sql += " ORDER BY x.report_id LIMIT " + arg(Int(q.limit));
  return All<ReportQueryRow>(c, sql, p, [](const auto& w) {
    ReportQueryRow r;
    r.report_id = w.Int(0), r.org = supervision::OrgLabel{Str(w, 1), Str(w, 2), Str(w, 3)}, r.org_type = Str(w, 4);
    r.year = Int32At(w, 5), r.filed_on = OptDateAt(w, 6), r.conclusion = Str(w, 7);
    r.total_income = OptIntAt(w, 8), r.total_expenditure = OptIntAt(w, 9);
    r.charitable_expenditure = OptIntAt(w, 10), r.management_costs = OptIntAt(w, 11);
    r.net_assets = OptIntAt(w, 12), r.spending_ratio_bp = OptIntAt(w, 13), r.findings = Str(w, 14);
    return r;
  });
}

Result<std::int64_t> InsertInterview(Connection& c, const InterviewRecord& r) {
  return InsertReturningId(c,
                           "INSERT INTO org_interviews (org_id, held_on, reason, attendee_roles, outcome, "
                           "report_year, recorded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                           "RETURNING id",
                           {r.org_id, r.held_on.ToString(), r.reason, r.attendee_roles, r.outcome,
                            r.report_year ? Int(*r.report_year) : Null(), r.recorded_by, r.created_at});
}

Result<std::vector<InterviewRecord>> InterviewsOf(Connection& c, std::int64_t org_id) {
  return All<InterviewRecord>(
      c,
      "SELECT id, org_id, held_on, reason, attendee_roles, outcome, report_year, recorded_by, created_at "
      "FROM org_interviews WHERE org_id = $1 ORDER BY held_on DESC, id DESC",
      {org_id}, [](const auto& w) {
        InterviewRecord r;
        r.id = w.Int(0), r.org_id = w.Int(1), r.held_on = DateAt(w, 2), r.reason = Str(w, 3);
        r.attendee_roles = Str(w, 4), r.outcome = Str(w, 5);
        if (!w.IsNull(6)) r.report_year = Int32At(w, 6);
        r.recorded_by = Str(w, 7), r.created_at = Str(w, 8);
        return r;
      });
}

}  // namespace socorg::supervision_store
