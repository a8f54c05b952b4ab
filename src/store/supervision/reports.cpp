#include "store/supervision/reports.h"

#include "store/supervision/columns.h"
#include "store/supervision/report_content.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::ReportRecord;

constexpr char kReportColumns[] =
    "id, org_id, year, filed_on, supervisory_opinion, supervisory_on, conclusion, concluded_on, "
    "conclusion_reasons, "
    "had_activity, total_income, total_expenditure, net_assets, content, created_at, updated_at";
constexpr char kInsertReport[] =
    "INSERT INTO annual_reports (org_id, year, filed_on, had_activity, total_income, total_expenditure, "
    "net_assets, "
    "content, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) "
    "ON CONFLICT (org_id, year) DO UPDATE SET filed_on = excluded.filed_on, had_activity = "
    "excluded.had_activity, "
    "total_income = excluded.total_income, total_expenditure = excluded.total_expenditure, "
    "net_assets = excluded.net_assets, content = excluded.content, updated_at = excluded.updated_at "
    "WHERE annual_reports.conclusion = 'none' RETURNING id";
constexpr char kSetOpinion[] =
    "UPDATE annual_reports SET supervisory_opinion = $1, supervisory_on = $2, updated_at = $3 "
    "WHERE org_id = $4 AND year = $5";
constexpr char kSetConclusion[] =
    "UPDATE annual_reports SET conclusion = $1, conclusion_reasons = $2, concluded_on = $3, updated_at = $4 "
    "WHERE org_id = $5 AND year = $6 AND filed_on IS NOT NULL";
const std::string kReportsOf =
    std::string("SELECT ") + kReportColumns + " FROM annual_reports WHERE org_id = $1 ORDER BY year";
const std::string kGetReport =
    std::string("SELECT ") + kReportColumns + " FROM annual_reports WHERE org_id = $1 AND year = $2";
constexpr char kReportCompletion[] =
    "SELECT o.region_code, count(*), count(r.filed_on), "
    "sum(CASE WHEN r.filed_on IS NOT NULL AND r.filed_on <= "
    "(CASE WHEN o.type = 'foundation' THEN $6 ELSE $4 END) THEN 1 ELSE 0 END) "
    "FROM orgs o LEFT JOIN annual_reports r ON r.org_id = o.id AND r.year = $3 "
    "WHERE o.region_code >= $1 AND o.region_code < $2 AND o.type <> 'community' AND o.registered_on <= $5 "
    "AND (o.status = 'active' OR (o.ended_on IS NOT NULL AND o.ended_on > "
    "(CASE WHEN o.type = 'foundation' THEN $6 ELSE $4 END))) "
    "GROUP BY o.region_code ORDER BY o.region_code";
constexpr char kNonFilers[] =
    "SELECT o.id, COALESCE(o.uscc, ''), o.name, o.type, o.level, o.status, o.region_code, "
    "COALESCE(o.registered_on, ''), o.legal_rep FROM orgs o "
    "LEFT JOIN annual_reports r ON r.org_id = o.id AND r.year = $3 "
    "WHERE o.region_code >= $1 AND o.region_code < $2 AND o.status = 'active' AND o.type <> 'community' "
    "AND o.registered_on <= $4 AND (r.id IS NULL OR r.filed_on IS NULL) ORDER BY o.id LIMIT $5 OFFSET $6";
constexpr char kReportOrgFacts[] =
    "SELECT id, region_code, type, status, registered_on, ended_on FROM orgs "
    "WHERE id > $1 ORDER BY id LIMIT $2";
constexpr char kFiledReports[] =
    "SELECT id, org_id, year, filed_on FROM annual_reports WHERE id > $1 AND filed_on IS NOT NULL "
    "ORDER BY id LIMIT $2";

template <typename R>
ReportRecord ReportFrom(const R& w) {
  ReportRecord r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.year = Int32At(w, 2), r.filed_on = OptDateAt(w, 3);
  r.supervisory_opinion = Str(w, 4), r.supervisory_on = OptDateAt(w, 5);
  r.conclusion = EnumAt(w, 6, supervision::ParseReportConclusion, supervision::ReportConclusion::kNone);
  r.concluded_on = OptDateAt(w, 7), r.conclusion_reasons = Str(w, 8), r.had_activity = w.Int(9) != 0;
  r.total_income = w.Int(10), r.total_expenditure = w.Int(11), r.net_assets = w.Int(12),
  r.content = Str(w, 13);
  r.created_at = Str(w, 14), r.updated_at = Str(w, 15);
  return r;
}

}  // namespace

Result<std::int64_t> UpsertReportFiling(Connection& c, const ReportRecord& r) {
  return InsertReturningId(c, kInsertReport,
                           {r.org_id, Int(r.year), Opt(r.filed_on), Bool(r.had_activity), r.total_income,
                            r.total_expenditure, r.net_assets, r.content, r.created_at});
}

Status SetSupervisoryOpinion(Connection& c, std::int64_t org_id, int year, const std::string& opinion,
                             Date on, const std::string& now) {
  SOCORG_TRY(std::int64_t n, c.Exec(kSetOpinion, {opinion, on.ToString(), now, org_id, Int(year)}));
  if (n != 1)
    return Fail(ErrorKind::kNotFound, "report_not_found", "未找到该年度报告", "no such annual report",
                "year");
  return {};
}

Status SetConclusion(Connection& c, std::int64_t org_id, int year, supervision::ReportConclusion conclusion,
                     const std::string& reasons, Date on, const std::string& now) {
  SOCORG_TRY(std::int64_t n, c.Exec(kSetConclusion, {Text(ToString(conclusion)), reasons, on.ToString(), now,
                                                     org_id, Int(year)}));
  if (n != 1)
    return Fail(ErrorKind::kRuleViolation, "report_not_filed", "该年度报告尚未报送，不能作出年检结论",
                "the report has not been filed", "year");
  return {};
}

Result<std::vector<ReportRecord>> ReportsOf(Connection& c, std::int64_t org_id) {
  SOCORG_TRY(auto rows, All<ReportRecord>(c, kReportsOf, {org_id}, [](const auto& w) { return ReportFrom(w); }));
  for (auto& r : rows) SOCORG_TRY_VOID(LoadReportContent(c, r));  // #13: typed content (migration 013)
  return rows;
}

Result<std::optional<ReportRecord>> GetReport(Connection& c, std::int64_t org_id, int year) {
  SOCORG_TRY(auto row,
             First<ReportRecord>(c, kGetReport, {org_id, Int(year)}, [](const auto& w) { return ReportFrom(w); }));
  if (row) SOCORG_TRY_VOID(LoadReportContent(c, *row));
  return row;
}

Result<std::vector<supervision::ReportCompletionCount>> ReportCompletion(Connection& c,
                                                                         const std::string& prefix, int year,
                                                                         Date registered_by, Date deadline,
                                                                         Date foundation_deadline) {
  return All<supervision::ReportCompletionCount>(
      c, kReportCompletion,
      {prefix, PrefixEnd(prefix), Int(year), deadline.ToString(), registered_by.ToString(),
       foundation_deadline.ToString()},
      [](const auto& w) {
        return supervision::ReportCompletionCount{Str(w, 0), w.Int(1), w.Int(2), w.Int(3)};
      });
}

// Keyset pages: `fn` sees the rows of one page at a time (on SQLite straight from the statement).
Status ForEachReportOrgFact(Connection& c, int page, const std::function<void(const ReportOrgFact&)>& fn) {
  std::int64_t after = 0;
  for (;;) {
    std::int64_t n = 0;
    SOCORG_TRY_VOID(EachRow(c, kReportOrgFacts, {after, std::int64_t{page}}, [&](const auto& w) {
      // Copies (short: no allocation): on PostgreSQL Row::Text returns a temporary.
      std::string region = Str(w, 1);
      auto reg = w.IsNull(4) ? std::nullopt : std::optional<std::string>(Str(w, 4));
      auto end = w.IsNull(5) ? std::nullopt : std::optional<std::string>(Str(w, 5));
      ReportOrgFact f;
      f.id = w.Int(0), f.region_code = region, f.community = w.Text(2) == "community",
      f.foundation = w.Text(2) == "foundation",
      f.active = w.Text(3) == "active";
      if (reg) f.registered_on = *reg;
      if (end) f.ended_on = *end;
      fn(f);
      after = f.id, ++n;
    }));
    if (n < page) return {};
  }
}

Status ForEachFiledReport(Connection& c, int page, const std::function<void(const FiledReportFact&)>& fn) {
  std::int64_t after = 0;
  for (;;) {
    std::int64_t n = 0;
    SOCORG_TRY_VOID(EachRow(c, kFiledReports, {after, std::int64_t{page}}, [&](const auto& w) {
      std::string filed = Str(w, 3);
      fn({w.Int(1), Int32At(w, 2), filed});
      after = w.Int(0), ++n;
    }));
    if (n < page) return {};
  }
}

Result<std::vector<OrgSummary>> NonFilers(Connection& c, const std::string& prefix, int year,
                                          Date registered_by, int limit, int offset) {
  return All<OrgSummary>(
      c, kNonFilers,
      {prefix, PrefixEnd(prefix), Int(year), registered_by.ToString(), Int(limit), Int(offset)},
      [](const auto& w) {
        return OrgSummary{OrgId{w.Int(0)},
                          Str(w, 1),
                          Str(w, 2),
                          ParseOrgType(Str(w, 3)).value_or(OrgType::kSocialGroup),
                          ParseOrgLevel(Str(w, 4)).value_or(OrgLevel::kCounty),
                          ParseOrgStatus(Str(w, 5)).value_or(OrgStatus::kActive),
                          Str(w, 6),
                          Str(w, 7),
                          Str(w, 8)};
      });
}

}  // namespace socorg::supervision_store
