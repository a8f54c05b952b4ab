// §6 annual reports: filing, opinion, conclusion, an organization's reports and states, completion figures
// and the non-filers (for 约谈).
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "app/supervision/use_cases.h"
#include "domain/amount.h"
#include "domain/supervision/annual_report.h"
#include "http/parse.h"
#include "http/route_table.h"
#include "http/supervision/dto.h"
#include "http/supervision/section_routes.h"

namespace socorg::supervision_http {
namespace {

using namespace socorg::http;

Result<Reply> ReportsOfOrg(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(ReportsView v, AnnualReportsOf(c, a, Param(p, "key")));
  return JsonReply(ReportsViewJson(v));
}

Result<Reply> FileReport(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOrgOrOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(ReportFiling in, ParseReportFiling(b));
  SOCORG_TRY(auto row, FileAnnualReport(c, a, Param(p, "key"), in));
  return JsonReply(ReportJson(row), 201);
}

Result<Reply> GiveOpinion(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kReviewers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(int year, PathInt(p, "year", 1900, 9999));
  SOCORG_TRY(std::string opinion, StringField(b, "opinion", Field::kRequired));
  SOCORG_TRY_VOID(GiveSupervisoryOpinion(c, a, Param(p, "key"), year, opinion));
  return JsonReply({{"ok", true}});
}

Result<Reply> Conclude(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  SOCORG_TRY(int year, PathInt(p, "year", 1900, 9999));
  SOCORG_TRY(std::string conclusion, StringField(b, "conclusion", Field::kRequired));
  SOCORG_TRY(std::string reasons, StringField(b, "reasons"));
  SOCORG_TRY(auto row,
             ConcludeAnnualReport(c, a, Param(p, "key"), year, conclusion, reasons));
  return JsonReply(ReportJson(row));
}

Result<Reply> Completion(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  SOCORG_TRY(int year, QueryInt(qp, "year", LastDueYear(c.clock.Today(), c.rules)));
  SOCORG_TRY(auto rows, ReportCompletion(c, a, Query(qp, "region"), year));
  return JsonReply(CompletionJson(year, rows));
}

Result<Reply> NonFilersList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  SOCORG_TRY(int year, QueryInt(qp, "year", LastDueYear(c.clock.Today(), c.rules)));
  SOCORG_TRY(PageQuery pg, Pages(q));
  SOCORG_TRY(auto rows, NonFilers(c, a, Query(qp, "region"), year, pg.page, pg.size));
  return JsonReply(NonFilersJson(year, rows));
}

// GET /api/v1/annual-reports: the officers' query over the typed content, keyset-paged by report_id.
Result<Reply> QueryReports(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  auto qp = ParseQuery(q);
  ReportQueryInput in;
  in.region = Query(qp, "region");
  SOCORG_TRY(auto year, QueryInt64(qp, "year", 1900, 9999));
  if (year) in.year = static_cast<int>(*year);
  if (std::string t = Query(qp, "type"); !t.empty()) in.type = t;
  SOCORG_TRY(in.min_income_fen, QueryInt64(qp, "min_income_fen", -kMaxAmountYuan * 100, kMaxAmountYuan * 100));
  if (std::string r = Query(qp, "ratio_below"); !r.empty()) {
    char* end = nullptr;
    double x = std::strtod(r.c_str(), &end);
    if (end != r.c_str() + r.size() || !(x >= 0 && x <= 100))
      return FieldError("ratio_below", "应为0到100之间的比例（如0.7）", "must be a ratio between 0 and 100 (e.g. 0.7)");
    in.ratio_below_bp = static_cast<std::int64_t>(std::llround(x * 10000));
  }
  if (std::string f = Query(qp, "findings"); !f.empty()) {
    if (f != "failed" && f != "passed")
      return FieldError("findings", "应为 failed 或 passed", "must be failed or passed");
    in.findings_failed = f == "failed";
  }
  SOCORG_TRY(auto after, QueryInt64(qp, "after", 0, (std::int64_t{1} << 53) - 1));
  in.after = after.value_or(0);
  SOCORG_TRY(auto size, QueryInt64(qp, "page_size", 1, 200));
  in.page_size = static_cast<int>(size.value_or(20));
  SOCORG_TRY(auto page, QueryAnnualReports(c, a, in));
  return JsonReply(ReportQueryJson(page));
}

Result<Reply> InterviewsList(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q));
  SOCORG_TRY(auto rows, InterviewsOfOrg(c, a, Param(p, "key")));
  return JsonReply({{"items", ArrayOf(rows, InterviewJson)}});
}

Result<Reply> AddInterview(AppContext& c, const Req& q, const RouteParams& p) {
  SOCORG_TRY(Actor a, Authed(c, q, Callers::kOfficers));
  SOCORG_TRY(json b, Body(q));
  InterviewInput in;
  SOCORG_TRY(in.held_on, DateField(b, "held_on"));
  SOCORG_TRY(in.reason, StringField(b, "reason", Field::kRequired));
  SOCORG_TRY(in.outcome, StringField(b, "outcome", Field::kRequired));
  if (!b.contains("attendee_roles") || !b["attendee_roles"].is_array())
    return FieldError("attendee_roles", "应为职务数组", "must be an array of roles");
  for (const auto& r : b["attendee_roles"]) {
    if (!r.is_string()) return FieldError("attendee_roles", "应为字符串数组", "must be an array of strings");
    in.attendee_roles.push_back(r.get<std::string>());
  }
  if (b.contains("report_year") && !b["report_year"].is_null()) {
    SOCORG_TRY(int y, IntField32(b, "report_year", 0, 1900, 9999));
    in.report_year = y;
  }
  SOCORG_TRY(auto row, RecordInterview(c, a, Param(p, "key"), in));
  return JsonReply(InterviewJson(row), 201);
}

}  // namespace

void AddReportRoutes(Router& r, AppContext& ctx, size_t max_body) {
  RouteTable t(r, ctx, max_body);
  t.Get("/api/v1/orgs/:key/annual-reports", ReportsOfOrg);
  t.Post("/api/v1/orgs/:key/annual-reports", FileReport);
  t.Post("/api/v1/orgs/:key/annual-reports/:year/opinion", GiveOpinion);
  t.Post("/api/v1/orgs/:key/annual-reports/:year/conclusion", Conclude);
  t.Get("/api/v1/annual-reports/completion", Completion);
  t.Get("/api/v1/annual-reports/non-filers", NonFilersList);
  t.Get("/api/v1/annual-reports", QueryReports);  // #13 typed content query
  t.Get("/api/v1/orgs/:key/interviews", InterviewsList);
  t.Post("/api/v1/orgs/:key/interviews", AddInterview);
}

}  // namespace socorg::supervision_http
