// Supervision routes (issue #4). Officer endpoints under /api/v1, public ones under /api/v1/public; each
// handler parses, calls one use case in app/supervision, and serializes. Access is decided in app/.
#include "http/supervision_routes.h"

#include "app/supervision/scheduler.h"
#include "app/supervision/use_cases.h"
#include "domain/supervision/annual_report.h"
#include "http/dto.h"

namespace socorg {
namespace {

using namespace socorg::http;
using namespace socorg::supervision;
namespace ss = supervision_store;

// --- parsing helpers: field-level errors ---
std::unexpected<Error> Bad(const std::string& field, const std::string& what_zh, const std::string& what_en) {
  return Fail(ErrorKind::kInvalid, "invalid_field", what_zh + "：" + field, what_en + ": " + field, field);
}
Result<std::string> Str(const json& j, const char* k, bool required = false) {
  if (!j.contains(k) || j[k].is_null()) {
    if (required) return Fail(ErrorKind::kInvalid, "required", std::string("缺少必填项：") + k,
                              std::string("missing required field: ") + k, k);
    return std::string();
  }
  if (!j[k].is_string()) return Bad(k, "应为字符串", "must be a string");
  return j[k].get<std::string>();
}
Result<std::int64_t> Int(const json& j, const char* k, std::int64_t dflt, bool required = false) {
  if (!j.contains(k) || j[k].is_null()) {
    if (required) return Fail(ErrorKind::kInvalid, "required", std::string("缺少必填项：") + k,
                              std::string("missing required field: ") + k, k);
    return dflt;
  }
  if (!j[k].is_number_integer()) return Bad(k, "应为整数", "must be an integer");
  return j[k].get<std::int64_t>();
}
Result<bool> Bool(const json& j, const char* k, bool dflt) {
  if (!j.contains(k) || j[k].is_null()) return dflt;
  if (!j[k].is_boolean()) return Bad(k, "应为布尔值", "must be true or false");
  return j[k].get<bool>();
}
Result<std::optional<Date>> DateField(const json& j, const char* k, bool required = false) {
  SOCORG_TRY(std::string s, Str(j, k, required));
  if (s.empty()) return std::optional<Date>{};
  auto d = Date::Parse(s);
  if (!d) return Fail(ErrorKind::kInvalid, "invalid_date", "日期格式应为YYYY-MM-DD", std::string(k) + " must be YYYY-MM-DD", k);
  return d;
}
Result<std::int64_t> Id(const RouteParams& p, const char* name) {
  std::string s = Param(p, name);
  if (s.empty() || s.size() > 15 || s.find_first_not_of("0123456789") != std::string::npos)
    return Fail(ErrorKind::kNotFound, "not_found", "记录不存在", "no such record", name);
  return std::stoll(s);
}
struct PageQ {
  int page = 1, size = 20;
};
Result<PageQ> Pages(const Req& q) {
  auto qp = ParseQuery(q);
  PageQ p;
  SOCORG_TRY(p.page, QueryInt(qp, "page", 1));
  SOCORG_TRY(p.size, QueryInt(qp, "page_size", 20));
  return p;
}
std::string Q(const Req& q, const char* k) { return Query(ParseQuery(q), k); }

json FactsObject(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  return j.is_discarded() ? json::object() : j;
}

// --- serializers ---
json ListingJson(const ss::ListingRow& l, bool with_org) {
  json explanation = FactsObject(l.facts);
  json j{{"id", l.id},
         {"list", l.list},
         {"cause", l.cause},
         {"cause_label", ParseCreditCause(l.cause) ? std::string(LabelZh(*ParseCreditCause(l.cause))) : l.cause},
         {"automatic", l.automatic},
         {"entered_on", l.entered_on},
         {"exited_on", l.exited_on ? json(*l.exited_on) : json(nullptr)},
         {"exit_reason", l.exit_reason},
         {"rule_id", l.rule_id},
         {"basis", l.basis},
         {"facts", explanation.value("facts", json::object())},
         {"explanation", l.explanation}};
  if (with_org) j["org"] = {{"uscc", l.uscc}, {"name", l.org_name}, {"region_code", l.region_code}};
  return j;
}
json ReportJson(const ss::ReportRow& r) {
  return {{"year", r.year},
          {"filed_on", r.filed_on ? json(*r.filed_on) : json(nullptr)},
          {"supervisory_opinion", r.supervisory_opinion},
          {"supervisory_on", r.supervisory_on ? json(*r.supervisory_on) : json(nullptr)},
          {"conclusion", r.conclusion},
          {"concluded_on", r.concluded_on ? json(*r.concluded_on) : json(nullptr)},
          {"conclusion_reasons", r.conclusion_reasons},
          {"had_activity", r.had_activity},
          {"total_income", r.total_income},
          {"total_expenditure", r.total_expenditure},
          {"net_assets", r.net_assets},
          {"content", FactsObject(r.content)}};
}
json PenaltyJson(const ss::PenaltyRow& p) {
  return {{"id", p.id}, {"decision_no", p.decision_no}, {"kind", p.kind}, {"decided_on", p.decided_on},
          {"amount", p.amount}, {"basis", p.basis}, {"reason", p.reason}};
}
json RectJson(const ss::RectificationRow& r) {
  return {{"id", r.id}, {"issued_on", r.issued_on}, {"deadline", r.deadline},
          {"completed_on", r.completed_on ? json(*r.completed_on) : json(nullptr)}, {"content", r.content},
          {"source", r.source}};
}
json RequestJson(const ss::CreditRequestRow& r) {
  return {{"id", r.id}, {"listing_id", r.listing_id}, {"kind", r.kind}, {"submitted_on", r.submitted_on},
          {"content", r.content}, {"status", r.status}, {"decided_on", r.decided_on ? json(*r.decided_on) : json(nullptr)},
          {"decision_reason", r.decision_reason}, {"findings", FactsObject(r.findings)}};
}
json RatingJson(const ss::RatingRow& r) {
  return {{"id", r.id}, {"round_id", r.round_id}, {"scores", FactsObject(r.scores)}, {"total_score", r.total_score},
          {"preliminary_grade", r.preliminary_grade}, {"grade", r.grade}, {"status", r.status},
          {"notice_until", r.notice_until}, {"decided_on", r.decided_on ? json(*r.decided_on) : json(nullptr)},
          {"valid_until", r.valid_until ? json(*r.valid_until) : json(nullptr)},
          {"eligibility", FactsObject(r.eligibility)}};
}
json FlagJson(const ss::FlagRow& f) {
  json e = FactsObject(f.facts);
  return {{"id", f.id}, {"kind", f.kind}, {"since", f.since}, {"active", f.active}, {"first_seen_on", f.first_seen_on},
          {"cleared_on", f.cleared_on ? json(*f.cleared_on) : json(nullptr)}, {"rule_id", f.rule_id},
          {"basis", f.basis}, {"facts", e.value("facts", json::object())}, {"explanation", f.explanation},
          {"handling", f.handling}, {"handling_outcome", f.handling_outcome},
          {"org", {{"id", f.org_id}, {"uscc", f.uscc}, {"name", f.org_name}, {"region_code", f.region_code}}}};
}
json CaseJson(const ss::CaseRow& c, bool officer) {
  json j{{"id", c.id}, {"target_name", c.target_name}, {"target_class", c.target_class},
         {"target_class_label", ParseIllegalTarget(c.target_class) ? std::string(LabelZh(*ParseIllegalTarget(c.target_class))) : ""},
         {"status", c.status},
         {"status_label", ParseCaseStatus(c.status) ? std::string(LabelZh(*ParseCaseStatus(c.status))) : ""},
         {"handling_region", c.handling_region}, {"opened_on", c.opened_on}, {"decision_no", c.decision_no},
         {"decided_on", c.decided_on ? json(*c.decided_on) : json(nullptr)}};
  if (officer) {
    j["act_regions"] = FactsObject(c.act_regions);
    j["complaint_id"] = c.complaint_id ? json(*c.complaint_id) : json(nullptr);
    j["suspected_public"] = c.suspected_public;
    j["referral_to"] = c.referral_to;
    j["findings"] = FactsObject(c.findings);
  }
  return j;
}
json PlanJson(const PlanView& v) {
  json drawn = json::array();
  for (const auto& i : v.items)
    drawn.push_back({{"item_id", i.id}, {"rank", i.rank}, {"uscc", i.uscc}, {"name", i.org_name}, {"key", i.draw_key},
                     {"inspectors", FactsObject(i.inspectors)}, {"result", i.result}, {"result_note", i.result_note},
                     {"result_on", i.result_on ? json(*i.result_on) : json(nullptr)}});
  return {{"id", v.plan.id},
          {"region_code", v.plan.region_code},
          {"year", v.plan.year},
          {"permille", v.plan.permille},
          {"inspectors_per_org", v.plan.inspectors_per_org},
          {"seed", v.plan.seed},
          {"algorithm", v.plan.algorithm},
          {"algorithm_description",
           "key = hex SHA-256(seed \":\" uscc); organizations ranked by key, the first ceil(N*permille/1000) drawn; "
           "inspectors ranked by hex SHA-256(seed \":\" uscc \":\" inspector_id), the first without a conflict "
           "assigned"},
          {"population_digest", v.plan.population_digest},
          {"population_size", v.plan.population_size},
          {"population", v.population},
          {"roster", FactsObject(v.plan.roster)},
          {"conflicts", FactsObject(v.plan.conflicts)},
          {"drawn_on", v.plan.drawn_on},
          {"ratio_check", dto::SerializeFinding(v.ratio)},
          {"drawn", drawn}};
}

template <typename T>
json Array(const std::vector<T>& v, json (*f)(const T&)) {
  json a = json::array();
  for (const auto& x : v) a.push_back(f(x));
  return a;
}

}  // namespace

void AddSupervisionRoutes(http::Router& r, AppContext& ctx, size_t max_body) {
  auto W = [max_body](auto f) { return http::Wrap(max_body, f); };
  AppContext* c = &ctx;

  // ---------- public (portal) ----------
  r.http_get("/api/v1/public/credit/:list", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(PageQ pg, Pages(q));
    SOCORG_TRY(auto page, PublicCreditList(*c, Param(p, "list"), Q(q, "region"), pg.page, pg.size));
    json items = json::array();
    for (const auto& l : page.items) items.push_back(ListingJson(l, true));
    return JsonReply({{"list", Param(p, "list")}, {"as_of", c->clock.Today().ToString()}, {"total", page.total},
                      {"page", pg.page}, {"page_size", pg.size}, {"items", items}});
  }));
  r.http_get("/api/v1/public/illegal-organizations", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(PageQ pg, Pages(q));
    SOCORG_TRY(auto rows, PublicIllegalList(*c, pg.page, pg.size));
    json items = json::array();
    for (const auto& x : rows) items.push_back(CaseJson(x, false));
    return JsonReply({{"items", items}, {"page", pg.page}, {"page_size", pg.size}});
  }));
  r.http_post("/api/v1/public/complaints", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(json b, Body(q));
    ComplaintInput in;
    SOCORG_TRY(in.target_name, Str(b, "target_name", true));
    SOCORG_TRY(in.target_address, Str(b, "target_address"));
    SOCORG_TRY(in.act_region, Str(b, "act_region", true));
    SOCORG_TRY(in.content, Str(b, "content", true));
    SOCORG_TRY(in.reporter_name, Str(b, "reporter_name"));
    SOCORG_TRY(in.reporter_contact, Str(b, "reporter_contact"));
    SOCORG_TRY(std::int64_t id, SubmitComplaint(*c, in, Source(q)));
    return JsonReply({{"id", id}, {"status", "received"}}, 201);
  }));
  r.http_get("/api/v1/public/orgs/:uscc/supervision", W([c](const Req&, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(PublicSummary s, GetPublicSummary(*c, Param(p, "uscc")));
    return JsonReply({{"uscc", s.uscc}, {"name", s.name}, {"annual_reports_up_to_date", s.annual_reports_up_to_date},
                      {"credit_status", ToString(s.credit_status)}, {"credit_status_label", LabelZh(s.credit_status)},
                      {"credit_score", s.credit_score},
                      {"rating", s.rating ? json(std::to_string(*s.rating) + "A") : json(nullptr)},
                      {"rating_valid_until", s.rating_valid_until ? json(*s.rating_valid_until) : json(nullptr)}});
  }));
  r.http_get("/api/v1/public/inspection-plans/:id", W([c](const Req&, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(PlanView v, GetPlan(*c, id));
    return JsonReply(PlanJson(v));
  }));

  // ---------- annual reports §6 ----------
  r.http_get("/api/v1/orgs/:key/annual-reports", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(ReportsView v, AnnualReportsOf(*c, a, Param(p, "key")));
    json states = json::array();
    for (const auto& f : v.states) states.push_back(dto::SerializeFinding(f));
    return JsonReply({{"reports", Array<ss::ReportRow>(v.reports, ReportJson)}, {"states", states}});
  }));
  r.http_post("/api/v1/orgs/:key/annual-reports", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    ReportFiling in;
    SOCORG_TRY(std::int64_t year, Int(b, "year", 0, true));
    in.year = static_cast<int>(year);
    SOCORG_TRY(in.filed_on, DateField(b, "filed_on"));
    SOCORG_TRY(in.had_activity, Bool(b, "had_activity", true));
    SOCORG_TRY(in.total_income, Int(b, "total_income", 0));
    SOCORG_TRY(in.total_expenditure, Int(b, "total_expenditure", 0));
    SOCORG_TRY(in.net_assets, Int(b, "net_assets", 0));
    if (b.contains("content")) {
      if (!b["content"].is_object()) return Bad("content", "应为对象", "must be an object");
      in.content = b["content"].dump();
    }
    SOCORG_TRY(auto row, FileAnnualReport(*c, a, Param(p, "key"), in));
    return JsonReply(ReportJson(row), 201);
  }));
  r.http_post("/api/v1/orgs/:key/annual-reports/:year/opinion", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t year, Id(p, "year"));
    SOCORG_TRY(std::string opinion, Str(b, "opinion", true));
    SOCORG_TRY_VOID(GiveSupervisoryOpinion(*c, a, Param(p, "key"), static_cast<int>(year), opinion));
    return JsonReply({{"ok", true}});
  }));
  r.http_post("/api/v1/orgs/:key/annual-reports/:year/conclusion", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t year, Id(p, "year"));
    SOCORG_TRY(std::string conclusion, Str(b, "conclusion", true));
    SOCORG_TRY(std::string reasons, Str(b, "reasons"));
    SOCORG_TRY(auto row, ConcludeAnnualReport(*c, a, Param(p, "key"), static_cast<int>(year), conclusion, reasons));
    return JsonReply(ReportJson(row));
  }));
  r.http_get("/api/v1/annual-reports/completion", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    auto qp = ParseQuery(q);
    SOCORG_TRY(int year, QueryInt(qp, "year", LastDueYear(c->clock.Today(), c->rules)));
    SOCORG_TRY(auto rows, ReportCompletion(*c, a, Query(qp, "region"), year));
    json items = json::array();
    std::int64_t req = 0, filed = 0, on_time = 0;
    for (const auto& x : rows) {
      items.push_back({{"region_code", x.region_code}, {"region_name", x.region_name}, {"required", x.required},
                       {"filed", x.filed}, {"on_time", x.on_time}});
      req += x.required, filed += x.filed, on_time += x.on_time;
    }
    return JsonReply({{"year", year}, {"required", req}, {"filed", filed}, {"on_time", on_time},
                      {"completion_rate", req ? static_cast<double>(filed) / req : 0.0},
                      {"on_time_rate", req ? static_cast<double>(on_time) / req : 0.0}, {"by_region", items}});
  }));
  r.http_get("/api/v1/annual-reports/non-filers", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    auto qp = ParseQuery(q);
    SOCORG_TRY(int year, QueryInt(qp, "year", LastDueYear(c->clock.Today(), c->rules)));
    SOCORG_TRY(PageQ pg, Pages(q));
    SOCORG_TRY(auto rows, NonFilers(*c, a, Query(qp, "region"), year, pg.page, pg.size));
    json items = json::array();
    for (const auto& s : rows) items.push_back(dto::SerializeOrgSummary(s));
    return JsonReply({{"year", year}, {"purpose", "约谈"}, {"items", items}});
  }));

  // ---------- penalties §10, rectification ----------
  r.http_post("/api/v1/orgs/:key/penalties", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    PenaltyInput in;
    SOCORG_TRY(std::string kind, Str(b, "kind", true));
    auto k = ParsePenaltyKind(kind);
    if (!k) return Bad("kind", "处罚种类无效", "unknown penalty kind");
    in.kind = *k;
    SOCORG_TRY(auto d, DateField(b, "decided_on", true));
    in.decided_on = *d;
    SOCORG_TRY(in.amount, Int(b, "amount", 0));
    SOCORG_TRY(in.decision_no, Str(b, "decision_no", true));
    SOCORG_TRY(in.basis, Str(b, "basis", true));
    SOCORG_TRY(in.reason, Str(b, "reason"));
    SOCORG_TRY(auto row, RecordPenalty(*c, a, Param(p, "key"), in));
    return JsonReply(PenaltyJson(row), 201);
  }));
  r.http_post("/api/v1/orgs/:key/rectifications", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(auto d, DateField(b, "deadline", true));
    SOCORG_TRY(std::string content, Str(b, "content", true));
    SOCORG_TRY(auto row, OrderRectification(*c, a, Param(p, "key"), *d, content, "manual"));
    return JsonReply(RectJson(row), 201);
  }));
  r.http_post("/api/v1/rectifications/:id/complete", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(auto d, DateField(b, "completed_on"));
    SOCORG_TRY_VOID(CompleteRectificationOrder(*c, a, id, d));
    return JsonReply({{"ok", true}});
  }));

  // ---------- credit §8 ----------
  r.http_get("/api/v1/orgs/:key/credit", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(CreditView v, CreditOf(*c, a, Param(p, "key")));
    json listings = json::array(), score = json::array();
    for (const auto& l : v.listings) listings.push_back(ListingJson(l, false));
    for (const auto& [what, delta] : v.score.items) score.push_back({{"item", what}, {"delta", delta}});
    return JsonReply({{"status", ToString(v.status)}, {"status_label", LabelZh(v.status)},
                      {"score", v.score.score}, {"score_items", score}, {"listings", listings},
                      {"requests", Array<ss::CreditRequestRow>(v.requests, RequestJson)},
                      {"penalties", Array<ss::PenaltyRow>(v.penalties, PenaltyJson)},
                      {"rectifications", Array<ss::RectificationRow>(v.rectifications, RectJson)}});
  }));
  r.http_post("/api/v1/orgs/:key/credit/listings", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::string cause, Str(b, "cause", true));
    SOCORG_TRY(auto on, DateField(b, "entered_on"));
    SOCORG_TRY(std::string reason, Str(b, "reason", true));
    SOCORG_TRY(auto row, EnterListing(*c, a, Param(p, "key"), cause, on, reason));
    return JsonReply(ListingJson(row, true), 201);
  }));
  r.http_post("/api/v1/credit/listings/:id/requests", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(std::string kind, Str(b, "kind", true));
    SOCORG_TRY(std::string content, Str(b, "content", true));
    SOCORG_TRY(auto row, SubmitCreditRequest(*c, a, id, kind, content));
    return JsonReply(RequestJson(row), 201);
  }));
  r.http_post("/api/v1/credit/requests/:id/decision", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    if (!b.contains("grant") || !b["grant"].is_boolean()) return Bad("grant", "应为布尔值", "must be true or false");
    SOCORG_TRY(std::string reason, Str(b, "reason", true));
    SOCORG_TRY(auto row, DecideCreditRequest(*c, a, id, b["grant"].get<bool>(), reason));
    return JsonReply(RequestJson(row));
  }));

  // ---------- automated decisions, flags §4 §11 ----------
  r.http_get("/api/v1/orgs/:key/supervision", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(AutomatedDecisions d, SupervisionOf(*c, a, Param(p, "key")));
    json changes = json::array();
    for (const auto& x : d.rating_changes)
      changes.push_back({{"rating_id", x.rating_id}, {"kind", x.kind}, {"changed_on", x.changed_on},
                         {"from_grade", x.from_grade}, {"to_grade", x.to_grade}, {"rule_id", x.rule_id},
                         {"basis", x.basis}, {"facts", FactsObject(x.facts).value("facts", json::object())},
                         {"explanation", x.explanation}});
    return JsonReply({{"flags", Array<ss::FlagRow>(d.flags, FlagJson)}, {"rating_changes", changes},
                      {"ratings", Array<ss::RatingRow>(d.ratings, RatingJson)}});
  }));
  r.http_get("/api/v1/supervision/flags", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(PageQ pg, Pages(q));
    SOCORG_TRY(auto page, ListFlags(*c, a, Q(q, "kind"), Q(q, "region"), pg.page, pg.size));
    return JsonReply({{"total", page.total}, {"page", pg.page}, {"page_size", pg.size},
                      {"items", Array<ss::FlagRow>(page.items, FlagJson)}});
  }));
  r.http_post("/api/v1/supervision/flags/:id/handling", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(std::string handling, Str(b, "handling", true));
    SOCORG_TRY(std::string outcome, Str(b, "outcome"));
    SOCORG_TRY_VOID(HandleFlag(*c, a, id, handling, outcome));
    return JsonReply({{"ok", true}});
  }));
  r.http_get("/api/v1/supervision/flags/outcomes", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(auto rows, FlagOutcomeStats(*c, a, Q(q, "region")));
    json items = json::array();
    for (const auto& x : rows)
      items.push_back({{"kind", x.key1}, {"handling", x.key2}, {"outcome", x.key3}, {"count", x.count}});
    return JsonReply({{"items", items}});
  }));

  // ---------- ratings §7 ----------
  r.http_post("/api/v1/rating-rounds", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::string region, Str(b, "region"));
    SOCORG_TRY(std::int64_t year, Int(b, "year", c->clock.Today().Year()));
    SOCORG_TRY(std::string name, Str(b, "name", true));
    SOCORG_TRY(std::int64_t id, OpenRatingRound(*c, a, region, static_cast<int>(year), name));
    return JsonReply({{"id", id}}, 201);
  }));
  r.http_get("/api/v1/orgs/:key/rating-eligibility", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(auto fs, RatingEligibility(*c, a, Param(p, "key"), Q(q, "under_investigation") == "true"));
    json out = json::array();
    for (const auto& f : fs) out.push_back(dto::SerializeFinding(f));
    return JsonReply({{"eligible", !AnyFailed(fs)}, {"findings", out}});
  }));
  r.http_post("/api/v1/rating-rounds/:id/ratings", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(std::string org, Str(b, "org", true));
    if (!b.contains("scores") || !b["scores"].is_object()) return Bad("scores", "应为对象", "must be an object");
    std::map<std::string, int> scores;
    for (auto& [k, v] : b["scores"].items()) {
      if (!v.is_number_integer()) return Bad("scores." + k, "应为整数", "must be an integer");
      scores[k] = v.get<int>();
    }
    SOCORG_TRY(bool inv, Bool(b, "under_investigation", false));
    SOCORG_TRY(auto row, ScoreRating(*c, a, id, org, scores, inv));
    return JsonReply(RatingJson(row), 201);
  }));
  r.http_post("/api/v1/ratings/:id/decision", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(auto row, DecideRating(*c, a, id));
    return JsonReply(RatingJson(row));
  }));
  r.http_get("/api/v1/ratings/stats", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(auto s, GetRatingStats(*c, a, Q(q, "region")));
    json by = json::object();
    for (auto [g, n] : s.by_grade) by[std::to_string(g) + "A"] = n;
    return JsonReply({{"rated", s.rated}, {"by_grade", by}, {"three_a_plus_permille", s.three_a_plus_permille}});
  }));

  // ---------- inspections §9 ----------
  r.http_post("/api/v1/inspectors", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::string region, Str(b, "region"));
    SOCORG_TRY(std::string name, Str(b, "name", true));
    SOCORG_TRY(std::string cert, Str(b, "certificate_no"));
    SOCORG_TRY(std::int64_t id, AddInspector(*c, a, region, name, cert));
    return JsonReply({{"id", id}}, 201);
  }));
  r.http_post("/api/v1/inspectors/:id/conflicts", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(std::string org, Str(b, "org", true));
    SOCORG_TRY(std::string reason, Str(b, "reason", true));
    SOCORG_TRY_VOID(DeclareConflict(*c, a, id, org, reason));
    return JsonReply({{"ok", true}}, 201);
  }));
  r.http_post("/api/v1/inspection-plans", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    PlanInput in;
    SOCORG_TRY(in.region, Str(b, "region"));
    SOCORG_TRY(std::int64_t year, Int(b, "year", 0));
    SOCORG_TRY(std::int64_t permille, Int(b, "permille", 0, true));
    SOCORG_TRY(std::int64_t per_org, Int(b, "inspectors_per_org", c->rules.inspection_min_inspectors));
    in.year = static_cast<int>(year), in.permille = static_cast<int>(permille), in.inspectors_per_org = static_cast<int>(per_org);
    SOCORG_TRY(in.seed, Str(b, "seed"));
    SOCORG_TRY(PlanView v, CreatePlan(*c, a, in));
    return JsonReply(PlanJson(v), 201);
  }));
  r.http_post("/api/v1/inspection-items/:id/result", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(std::string result, Str(b, "result", true));
    SOCORG_TRY(std::string note, Str(b, "note"));
    SOCORG_TRY(auto deadline, DateField(b, "rectification_deadline"));
    SOCORG_TRY_VOID(RecordInspectionResult(*c, a, id, result, note, deadline));
    return JsonReply({{"ok", true}});
  }));

  // ---------- illegal organizations §12 ----------
  r.http_get("/api/v1/complaints", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(PageQ pg, Pages(q));
    SOCORG_TRY(auto rows, ListComplaints(*c, a, Q(q, "region"), pg.page, pg.size));
    json items = json::array();
    for (const auto& x : rows)
      items.push_back({{"id", x.id}, {"received_on", x.received_on}, {"target_name", x.target_name},
                       {"target_address", x.target_address}, {"act_region", x.act_region}, {"content", x.content},
                       {"reporter_name", x.reporter_name}, {"status", x.status},
                       {"case_id", x.case_id ? json(*x.case_id) : json(nullptr)}});
    return JsonReply({{"items", items}});
  }));
  r.http_post("/api/v1/illegal-cases", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    CaseInput in;
    SOCORG_TRY(in.target_name, Str(b, "target_name", true));
    SOCORG_TRY(in.target_class, Str(b, "target_class", true));
    if (!b.contains("act_regions") || !b["act_regions"].is_array())
      return Bad("act_regions", "应为行政区划代码数组", "must be an array of region codes");
    for (const auto& x : b["act_regions"]) {
      if (!x.is_string()) return Bad("act_regions", "应为行政区划代码数组", "must be an array of region codes");
      in.act_regions.push_back(x.get<std::string>());
    }
    SOCORG_TRY(std::string takeover, Str(b, "takeover_region"));
    if (!takeover.empty()) in.takeover_region = takeover;
    SOCORG_TRY(std::int64_t complaint, Int(b, "complaint_id", 0));
    if (complaint) in.complaint_id = complaint;
    SOCORG_TRY(in.org_key, Str(b, "org"));
    SOCORG_TRY(in.publish_as_suspected, Bool(b, "publish_as_suspected", false));
    SOCORG_TRY(auto row, OpenCase(*c, a, in));
    return JsonReply(CaseJson(row, true), 201);
  }));
  r.http_get("/api/v1/illegal-cases/:id", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    SOCORG_TRY(auto cs, GetCase(*c, a, id));
    json steps = json::array();
    for (const auto& s : cs.second)
      steps.push_back({{"step", s.step}, {"on", s.on_date}, {"officers", FactsObject(s.officers)},
                       {"content", s.content}, {"actor", s.actor}});
    json j = CaseJson(cs.first, true);
    j["steps"] = steps;
    return JsonReply(j);
  }));
  r.http_post("/api/v1/illegal-cases/:id/steps", W([c](const Req& q, const RouteParams& p) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(std::int64_t id, Id(p, "id"));
    StepInput in;
    SOCORG_TRY(in.step, Str(b, "step", true));
    SOCORG_TRY(in.on, DateField(b, "on"));
    SOCORG_TRY(in.content, Str(b, "content", true));
    SOCORG_TRY(in.decision_no, Str(b, "decision_no"));
    SOCORG_TRY(in.referral_to, Str(b, "referral_to"));
    if (b.contains("publish_as_suspected")) {
      SOCORG_TRY(bool pub, Bool(b, "publish_as_suspected", false));
      in.publish_as_suspected = pub;
    }
    if (b.contains("officers")) {
      if (!b["officers"].is_array()) return Bad("officers", "应为数组", "must be an array");
      for (const auto& o : b["officers"]) {
        if (!o.is_object()) return Bad("officers", "应为对象数组", "must be an array of objects");
        in.officers.push_back({o.value("name", ""), o.value("certificate_no", "")});
      }
    }
    SOCORG_TRY(auto row, AdvanceCase(*c, a, id, in));
    return JsonReply(CaseJson(row, true));
  }));

  // ---------- console lists and dashboard counts ----------
  r.http_get("/api/v1/inspection-plans", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(Rows rows, ListPlans(*c, a, Q(q, "region")));
    json items = json::array();
    for (const auto& w : rows)
      items.push_back({{"id", w.Int(0)}, {"region_code", w.Text(1)}, {"year", w.Int(2)}, {"permille", w.Int(3)},
                       {"inspectors_per_org", w.Int(4)}, {"seed", w.Text(5)}, {"algorithm", w.Text(6)},
                       {"population_size", w.Int(7)}, {"drawn_count", w.Int(8)}, {"drawn_on", w.Text(9)},
                       {"results_recorded", w.Int(10)}});
    return JsonReply({{"items", items}});
  }));
  r.http_get("/api/v1/illegal-cases", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(PageQ pg, Pages(q));
    SOCORG_TRY(auto rows, ListCases(*c, a, Q(q, "region"), pg.page, pg.size));
    json items = json::array();
    for (const auto& x : rows) items.push_back(CaseJson(x, true));
    return JsonReply({{"items", items}, {"page", pg.page}, {"page_size", pg.size}});
  }));
  r.http_get("/api/v1/rating-rounds", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(Rows rows, ListRatingRounds(*c, a, Q(q, "region")));
    json items = json::array();
    for (const auto& w : rows)
      items.push_back({{"id", w.Int(0)}, {"region_code", w.Text(1)}, {"year", w.Int(2)}, {"name", w.Text(3)},
                       {"opened_on", w.Text(4)}});
    return JsonReply({{"items", items}});
  }));
  r.http_get("/api/v1/inspectors", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(auto rows, ListInspectors(*c, a, Q(q, "region")));
    json items = json::array();
    for (const auto& x : rows)
      items.push_back({{"id", x.id}, {"region_code", x.region_code}, {"name", x.name}, {"certificate_no", x.certificate_no}});
    return JsonReply({{"items", items}});
  }));
  r.http_get("/api/v1/supervision/overview", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    auto qp = ParseQuery(q);
    Date today = c->clock.Today();
    std::string to = Query(qp, "to"), from = Query(qp, "from");
    if (to.empty()) to = today.ToString();
    if (from.empty()) from = std::to_string(today.Year()) + "-01-01";
    SOCORG_TRY(Rows rows, SupervisionOverview(*c, a, Query(qp, "region"), from, to));
    json penalties = {{"total", 0}, {"fines_yuan", 0}, {"by_kind", json::object()}};
    json credit = {{"anomaly", 0}, {"serious", 0}};
    json inspections = {{"plans", 0}, {"drawn", 0}, {"by_result", json::object()}};
    json cases = {{"total", 0}, {"by_status", json::object()}};
    for (const auto& w : rows) {
      std::string metric = w.Text(0), key = w.Text(1);
      std::int64_t n = w.Int(2), sum = w.Int(3);
      if (metric == "penalty") {
        penalties["by_kind"][key] = n;
        penalties["total"] = penalties["total"].get<std::int64_t>() + n;
        if (key == "fine") penalties["fines_yuan"] = sum;
      } else if (metric == "credit") {
        credit[key] = n;
      } else if (metric == "plans") {
        inspections["plans"] = n, inspections["drawn"] = sum;
      } else if (metric == "inspection") {
        inspections["by_result"][key.empty() ? "pending" : key] = n;
      } else if (metric == "case") {
        cases["by_status"][key] = n;
        cases["total"] = cases["total"].get<std::int64_t>() + n;
      }
    }
    return JsonReply({{"from", from}, {"to", to}, {"penalties", penalties}, {"credit", credit},
                      {"inspections", inspections}, {"illegal_cases", cases}});
  }));

  // ---------- jobs ----------
  r.http_post("/api/v1/jobs/run", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(json b, Body(q));
    SOCORG_TRY(auto d, DateField(b, "date"));
    SOCORG_TRY(std::string jobs, Str(b, "jobs"));
    SOCORG_TRY(JobsResult res, RunJobsAs(*c, a, d.value_or(c->clock.Today()), jobs));
    json out = json::array();
    for (const auto& j : res.jobs)
      out.push_back({{"job", j.job}, {"evaluated", j.evaluated}, {"inserted", j.inserted}, {"updated", j.updated},
                     {"compute_ms", j.compute_ms}, {"write_ms", j.write_ms}});
    return JsonReply({{"load_ms", res.load_ms}, {"jobs", out}});
  }));
  r.http_get("/api/v1/jobs/runs", W([c](const Req& q, const RouteParams&) -> Result<Reply> {
    SOCORG_TRY(Actor a, Authed(*c, q));
    SOCORG_TRY(Rows rows, RecentJobs(*c, a, 50));
    json items = json::array();
    for (const auto& w : rows)
      items.push_back({{"id", w.Int(0)}, {"job", w.Text(1)}, {"as_of", w.Text(2)}, {"started_at", w.Text(3)},
                       {"evaluated", w.Int(4)}, {"inserted", w.Int(5)}, {"updated", w.Int(6)}, {"actor", w.Text(7)},
                       {"summary", FactsObject(w.Text(8))}});
    return JsonReply({{"items", items}});
  }));
}

}  // namespace socorg
