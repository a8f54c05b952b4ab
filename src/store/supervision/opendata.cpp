#include "store/supervision/opendata.h"

#include <nlohmann/json.hpp>

#include "domain/legal_basis.h"

namespace socorg::supervision_store {
namespace {

using namespace opendata;
using namespace opendata::detail;
using FT = FieldType;

const std::string kReports =
    "SELECT r.id, o.uscc, r.year, r.filed_on, r.conclusion, r.concluded_on, x.total_income_fen, "
    "x.total_expenditure_fen, x.charitable_expenditure_fen, x.management_costs_fen, x.net_assets_fen "
    "FROM annual_reports r JOIN orgs o ON o.id = r.org_id "
    "LEFT JOIN annual_report_content x ON x.report_id = r.id WHERE r.id > $1 AND " + PublicOrgWhere() +
    " AND (r.filed_on IS NULL OR r.filed_on <= $3) ORDER BY r.id LIMIT $2";
// The lists as GET /public/credit/{list} shows them: entries in force on the snapshot date.
const std::string kListings =
    "SELECT l.id, l.id, o.uscc, l.list, l.cause, l.automatic, l.entered_on, l.rule_id, l.rule_id, l.facts, l.explanation "
    "FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.id > $1 AND " + PublicOrgWhere() +
    " AND l.entered_on <= $3 AND (l.exited_on IS NULL OR l.exited_on > $3) ORDER BY l.id LIMIT $2";
// Decisions, not the officers' free-text reasons.
const std::string kPenalties =
    "SELECT p.id, p.decision_no, o.uscc, p.kind, p.decided_on, p.amount, p.basis, p.outcome, p.outcome_on, "
    "p.original_kind, p.original_amount FROM penalties p "
    "JOIN orgs o ON o.id = p.org_id WHERE p.id > $1 AND " + PublicOrgWhere() +
    " AND p.decided_on <= $3 ORDER BY p.id LIMIT $2";
const std::string kPlans =
    "SELECT id, id, region_code, year, kind, target, permille, seed, algorithm, population_digest, "
    "population_size, drawn_count, drawn_on, superseded_by, redraw_of, redraw_reason FROM inspection_plans "
    "WHERE id > $1 AND drawn_on <= $3 ORDER BY id LIMIT $2";
const std::string kItems =
    "SELECT i.id, i.id, i.plan_id, i.uscc, i.rank, i.draw_key, i.result, i.result_on, i.method FROM inspection_items i "
    "JOIN inspection_plans p ON p.id = i.plan_id WHERE i.id > $1 AND p.drawn_on <= $3 ORDER BY i.id LIMIT $2";
const std::string kRatings =
    "SELECT g.id, g.id, o.uscc, g.round_id, r.region_code, r.opened_on, r.year, r.name, g.total_score, g.grade, g.status, g.notice_until, g.decided_on, "
    "g.valid_until, g.certificate_no, g.cancelled_on, g.cancel_ground FROM ratings g JOIN rating_rounds r ON r.id = g.round_id JOIN orgs o ON o.id = g.org_id "
    "WHERE g.id > $1 AND " + PublicOrgWhere() + " AND r.opened_on <= $3 ORDER BY g.id LIMIT $2";
// As GET /public/illegal-organizations: banned, or under investigation with the suspicion made public.
const std::string kIllegal =
    "SELECT id, id, target_name, target_class, handling_region, status, opened_on, decision_no, "
    "decided_on FROM illegal_cases WHERE id > $1 AND opened_on <= $3 AND (status = 'banned' OR "
    "(suspected_public = 1 AND status IN ('filed', 'investigating', 'reported', 'legal_reviewed'))) "
    "ORDER BY id LIMIT $2";

// Loading an extract back (LoadState): the rows get new ids; what refers to them is mapped.
constexpr char kLoadReport[] =
    "INSERT INTO annual_reports (org_id, year, filed_on, conclusion, concluded_on, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $6)";
constexpr char kLoadListing[] =
    "INSERT INTO credit_listings (org_id, list, cause, source_id, automatic, entered_on, rule_id, basis, facts, "
    "explanation, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)";
constexpr char kLoadPenalty[] =
    "INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, created_by, created_at, outcome, "
    "outcome_on, original_kind, original_amount) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
// superseded_by holds the extract's id until the plan it names is loaded (finish maps it): a superseded plan
// must be marked at once, or the standing draw's unique index refuses its re-draw.
constexpr char kLoadPlan[] =
    "INSERT INTO inspection_plans (region_code, year, kind, target, permille, inspectors_per_org, seed, algorithm, "
    "population_digest, population_size, drawn_count, drawn_on, superseded_by, redraw_of, redraw_reason, "
    "created_by, created_at) VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";
constexpr char kMapSuperseded[] = "UPDATE inspection_plans SET superseded_by = $1 WHERE id = $2";
constexpr char kLoadItem[] =
    "INSERT INTO inspection_items (plan_id, org_id, uscc, rank, draw_key, result, result_on, method) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr char kLoadRound[] =
    "INSERT INTO rating_rounds (region_code, year, name, opened_on, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
constexpr char kLoadRating[] =
    "INSERT INTO ratings (org_id, round_id, total_score, preliminary_grade, grade, status, notice_until, "
    "decided_on, valid_until, created_by, created_at, updated_at, certificate_no, cancelled_on, cancel_ground) "
    "VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13)";
constexpr char kLoadCase[] =
    "INSERT INTO illegal_cases (target_name, target_class, handling_region, status, opened_on, suspected_public, "
    "decision_no, decided_on, created_by, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)";

Result<std::int64_t> OrgOf(const char* table, const nlohmann::json& row, const LoadState& st) {
  std::int64_t id = st.OrgId(Str(row, "uscc"));
  if (!id) return std::unexpected(BadRow(table, "unknown uscc " + Str(row, "uscc")).error());
  return id;
}

// #13: the public financial figures of the typed content (fen); NULL when not reported.
constexpr const char* kReportFigures[] = {"total_income_fen", "total_expenditure_fen", "charitable_expenditure_fen",
                                          "management_costs_fen", "net_assets_fen"};
constexpr char kLoadReportFigures[] =
    "INSERT INTO annual_report_content (report_id, org_id, year, total_income_fen, total_expenditure_fen, "
    "charitable_expenditure_fen, management_costs_fen, net_assets_fen, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

Value OptInt(const nlohmann::json& row, const char* key) {
  auto it = row.find(key);
  return it != row.end() && it->is_number_integer() ? Value(it->get<std::int64_t>()) : Null();
}

Status LoadReport(Connection& c, const nlohmann::json& row, LoadState& st) {
  SOCORG_TRY(std::int64_t org, OrgOf("annual_reports", row, st));
  SOCORG_TRY(auto id, c.InsertId(kLoadReport, {org, Int(row, "year"), OptValue(row, "filed_on"),
                                               Str(row, "conclusion"), OptValue(row, "concluded_on"), st.now}));
  bool figures = false;
  for (const char* k : kReportFigures) figures = figures || (row.contains(k) && row[k].is_number_integer());
  if (figures) {
    Params p{id, org, Int(row, "year")};
    for (const char* k : kReportFigures) p.push_back(OptInt(row, k));
    p.push_back(st.now);
    SOCORG_TRY(auto n, c.Exec(kLoadReportFigures, p));
    (void)n;
  }
  return {};
}

Status LoadListing(Connection& c, const nlohmann::json& row, LoadState& st) {
  SOCORG_TRY(std::int64_t org, OrgOf("credit_listings", row, st));
  std::int64_t automatic = row.value("automatic", true) ? 1 : 0;
  SOCORG_TRY(auto id, c.InsertId(kLoadListing, {org, Str(row, "list"), Str(row, "cause"), Int(row, "listing_id"),
                                                automatic, Str(row, "entered_on"), Str(row, "rule_id"),
                                                Str(row, "basis"), Str(row, "facts"), Str(row, "explanation"),
                                                st.actor, st.now}));
  st.ids["credit_listings"][Int(row, "listing_id")] = id;
  return {};
}

Status LoadPenalty(Connection& c, const nlohmann::json& row, LoadState& st) {
  SOCORG_TRY(std::int64_t org, OrgOf("penalties", row, st));
  SOCORG_TRY(auto id, c.InsertId(kLoadPenalty, {org, Str(row, "decision_no"), Str(row, "kind"),
                                                Str(row, "decided_on"), Int(row, "amount"), Str(row, "basis"),
                                                st.actor, st.now, Str(row, "outcome"), OptValue(row, "outcome_on"),
                                                Str(row, "original_kind"), Int(row, "original_amount")}));
  (void)id;
  return {};
}

Status LoadPlan(Connection& c, const nlohmann::json& row, LoadState& st) {
  auto& plans = st.ids["inspection_plans"];
  Value redraw_of = Null();
  if (auto old = OptStr(row, "redraw_of")) {
    auto it = plans.find(Int(row, "redraw_of"));
    if (it == plans.end()) return BadRow("inspection_plans", "redraw_of names a later plan");
    redraw_of = it->second;
  }
  SOCORG_TRY(auto id, c.InsertId(kLoadPlan, {Str(row, "region_code"), Int(row, "year"), Str(row, "kind"),
                                             Str(row, "target"), Int(row, "permille"), Str(row, "seed"),
                                             Str(row, "algorithm"), Str(row, "population_digest"),
                                             Int(row, "population_size"), Int(row, "drawn_count"),
                                             Str(row, "drawn_on"), OptValue(row, "superseded_by"), redraw_of,
                                             Str(row, "redraw_reason"), st.actor, st.now}));
  plans[Int(row, "plan_id")] = id;
  if (OptStr(row, "superseded_by")) st.ids["inspection_plans.superseded_by"][id] = Int(row, "superseded_by");
  return {};
}

Status MapSuperseded(Connection& c, LoadState& st) {
  auto& plans = st.ids["inspection_plans"];
  for (const auto& [id, old_by] : st.ids["inspection_plans.superseded_by"]) {
    auto it = plans.find(old_by);
    if (it == plans.end()) return BadRow("inspection_plans", "superseded_by names a plan not in the extract");
    SOCORG_TRY(auto n, c.Exec(kMapSuperseded, {it->second, id}));
    (void)n;
  }
  return {};
}

Status LoadItem(Connection& c, const nlohmann::json& row, LoadState& st) {
  SOCORG_TRY(std::int64_t org, OrgOf("inspection_items", row, st));
  auto& plans = st.ids["inspection_plans"];
  auto plan = plans.find(Int(row, "plan_id"));
  if (plan == plans.end()) return BadRow("inspection_items", "unknown plan_id");
  SOCORG_TRY(auto id, c.InsertId(kLoadItem, {plan->second, org, Str(row, "uscc"), Int(row, "rank"),
                                             Str(row, "draw_key"), Str(row, "result"), OptValue(row, "result_on"),
                                             Str(row, "method")}));
  (void)id;
  return {};
}

Status LoadRating(Connection& c, const nlohmann::json& row, LoadState& st) {
  SOCORG_TRY(std::int64_t org, OrgOf("ratings", row, st));
  auto& rounds = st.ids["rating_rounds"];
  std::int64_t old_round = Int(row, "round_id");
  if (!rounds.contains(old_round)) {
    SOCORG_TRY(rounds[old_round], c.InsertId(kLoadRound, {Str(row, "round_region"), Int(row, "round_year"),
                                                          Str(row, "round_name"), Str(row, "round_opened_on"),
                                                          st.actor, st.now}));
  }
  SOCORG_TRY(auto id, c.InsertId(kLoadRating, {org, rounds[old_round], Int(row, "total_score"), Int(row, "grade"),
                                               Str(row, "status"), Str(row, "notice_until"),
                                               OptValue(row, "decided_on"), OptValue(row, "valid_until"), st.actor,
                                               st.now, Str(row, "certificate_no"), OptValue(row, "cancelled_on"),
                                               Str(row, "cancel_ground")}));
  (void)id;
  return {};
}

Status LoadCase(Connection& c, const nlohmann::json& row, LoadState& st) {
  std::string status = Str(row, "status");
  SOCORG_TRY(auto id, c.InsertId(kLoadCase, {Str(row, "name"), Str(row, "target_class"), Str(row, "handling_region"),
                                             status, Str(row, "opened_on"), std::int64_t{status != "banned"},
                                             Str(row, "decision_no"), OptValue(row, "decided_on"), st.actor,
                                             st.now}));
  (void)id;
  return {};
}

// A table whose cells are its query's columns 1..n (column 0 is the paging key, repeated at 1 when the
// table shows it), typed as its fields; `fix` may rewrite cells after they are read.
Table Plain(std::string name, std::string title, std::string description, std::vector<Field> fields,
            std::vector<std::string> key, const std::string& sql, RowLoader load,
            std::function<void(Cells&)> fix = nullptr) {
  Table t{std::move(name), std::move(title), std::move(description), std::move(fields), std::move(key), {},
          std::move(load), {}};
  std::vector<FT> types;
  for (const auto& f : t.fields) types.push_back(f.type);
  t.each = [types, &sql, fix](Connection& c, Date as_of, const RowSink& row) {
    return EachPage(c, sql, as_of, [&](const RowRef& r, Cells& out) {
      for (size_t i = 0; i < types.size(); ++i) out.push_back(Cell(r, static_cast<int>(i + 1), types[i]));
      if (fix) fix(out);
      return true;
    }, row);
  };
  return t;
}

Field Id(std::string name, std::string title, std::string description) {
  return Typed(std::move(name), FT::kInteger, std::move(title), std::move(description), true);
}

}  // namespace

std::vector<Table> OpenDataTables() {
  std::vector<Table> v;
  v.push_back(Plain("annual_reports", "年度工作报告结论",
                    "Each organization's annual reports: the year, when it was filed, the registration "
                    "authority's conclusion (qualified | basically_qualified | unqualified | none yet) and the "
                    "report's financial figures in fen (public; no person's data).",
                    {Uscc(), Typed("year", FT::kInteger, "报告年度", "the year reported on", true),
                     Typed("filed_on", FT::kDate, "报送日期", "date filed with the registration authority"),
                     Code("conclusion", "结论", "the authority's conclusion",
                          {"none", "qualified", "basically_qualified", "unqualified"}),
                     Typed("concluded_on", FT::kDate, "结论日期", "date of the conclusion"),
                     // #13: the report's public financial figures in fen (分); empty when not reported.
                     Typed("total_income_fen", FT::kInteger, "收入合计（分）", "total income, fen"),
                     Typed("total_expenditure_fen", FT::kInteger, "支出合计（分）", "total expenditure, fen"),
                     Typed("charitable_expenditure_fen", FT::kInteger, "公益（业务）活动支出（分）",
                           "charitable or business-activity expenditure, fen"),
                     Typed("management_costs_fen", FT::kInteger, "管理费用（分）", "management costs, fen"),
                     Typed("net_assets_fen", FT::kInteger, "年末净资产（分）", "net assets at year end, fen")},
                    {"uscc", "year"}, kReports, LoadReport));
  v.push_back(Plain("credit_listings", "信用名单（活动异常名录、严重违法失信名单）",
                    "The entries in force on the snapshot date of the anomaly list (活动异常名录) and the "
                    "serious-dishonesty list (严重违法失信名单), with their cause, rule and facts.",
                    {Id("listing_id", "名单记录号", "the entry"), Uscc(),
                     Code("list", "名单", "anomaly | serious", {"anomaly", "serious"}),
                     Text("cause", "列入事由", "the cause code", true),
                     Typed("automatic", FT::kBoolean, "自动列入", "entered by the rules (true) or by an officer", true),
                     Typed("entered_on", FT::kDate, "列入日期", "date of entry", true),
                     Text("rule_id", "规则", "the rule that decided the entry", true),
                     Text("basis", "依据", "legal basis", true),
                     Typed("facts", FT::kObject, "事实", "the facts the rule read", true),
                     Text("explanation", "说明", "why the organization is listed")},
                    {"listing_id"}, kListings, LoadListing,
                    // The basis as the public lists show it: the statute and article of the rule.
                    [](Cells& c) { c[7] = BasisText(c[6].value_or("")); }));
  v.push_back(Plain("penalties", "行政处罚决定",
                    "Administrative penalty decisions (行政处罚决定书): number, kind, date and amount.",
                    {Text("decision_no", "处罚决定书文号", "decision number", true), Uscc(),
                     Code("kind", "处罚种类", "the kind of penalty",
                          {"warning", "order_correct", "fine", "confiscation", "suspension", "revocation"}),
                     Typed("decided_on", FT::kDate, "决定日期", "date of the decision", true),
                     Typed("amount", FT::kInteger, "罚没金额（元）", "fine or confiscation in yuan", true),
                     Text("basis", "依据", "legal basis", true),
                     Text("outcome", "复议或诉讼结果", "reconsideration or court outcome: upheld | annulled | changed; empty when none"),
                     Typed("outcome_on", FT::kDate, "结果日期", "date of the outcome"),
                     Text("original_kind", "原处罚种类", "the kind before a change"),
                     Typed("original_amount", FT::kInteger, "原罚没金额（元）", "the amount before a change", true)},
                    {"decision_no"}, kPenalties, LoadPenalty));
  v.push_back(Plain("inspection_plans", "“双随机”抽查计划",
                    "Random-inspection draws (双随机): the seed, algorithm and population digest that let "
                    "anyone recompute the draw (socorg verify-draw), re-draws with their reason, and special "
                    "inspections.",
                    {Id("plan_id", "抽查计划号", "the plan"),
                     Text("region_code", "登记管理机关行政区划代码", "the authority", true),
                     Typed("year", FT::kInteger, "年度", "the year", true),
                     Code("kind", "类型", "random | special", {"random", "special"}),
                     Text("target", "专项检查对象", "special inspections: the category or issue"),
                     Typed("permille", FT::kInteger, "抽查比例（‰）", "share drawn, per mille", true),
                     Text("seed", "随机种子", "the published seed", true),
                     Text("algorithm", "算法", "the draw algorithm", true),
                     Text("population_digest", "名录摘要", "SHA-256 of the population list", true),
                     Typed("population_size", FT::kInteger, "名录数量", "organizations in the population", true),
                     Typed("drawn_count", FT::kInteger, "抽中数量", "organizations drawn", true),
                     Typed("drawn_on", FT::kDate, "抽取日期", "date of the draw", true),
                     Typed("superseded_by", FT::kInteger, "被重抽替代", "the re-draw that replaced this plan"),
                     Typed("redraw_of", FT::kInteger, "重抽自", "the plan this one re-draws"),
                     Text("redraw_reason", "重抽理由", "the recorded reason for a re-draw")},
                    {"plan_id"}, kPlans, LoadPlan));
  v.back().finish = MapSuperseded;
  v.push_back(Plain("inspection_items", "抽查对象与结果",
                    "The organizations each plan drew, their rank and draw key, and the inspection's result.",
                    {Id("item_id", "记录号", "the drawn organization's entry"),
                     Id("plan_id", "抽查计划号", "inspection_plans.plan_id"), Uscc(),
                     Typed("rank", FT::kInteger, "抽取顺序", "rank in the draw", true),
                     Text("draw_key", "抽取键", "the key the draw sorted by", true),
                     Text("result", "检查结果", "no_problem | problems_found | rectification_ordered; empty while pending"),
                     Typed("result_on", FT::kDate, "结果日期", "date of the result"),
                     Text("method", "检查方式", "written | on_site")},
                    {"item_id"}, kItems, LoadItem));
  v.push_back(Plain("ratings", "社会组织评估等级",
                    "Ratings (社会组织评估): the round, total score, grade (1-5 A), status and validity.",
                    {Id("rating_id", "评估记录号", "the rating"), Uscc(),
                     Id("round_id", "评估批次号", "the round"),
                     Text("round_region", "评估机关行政区划代码", "the region of the authority that ran the round", true),
                     Typed("round_opened_on", FT::kDate, "评估批次开始", "date the round opened", true),
                     Typed("round_year", FT::kInteger, "评估年度", "the round's year", true),
                     Text("round_name", "评估批次", "the round", true),
                     Typed("total_score", FT::kInteger, "总分", "total score", true),
                     Typed("grade", FT::kInteger, "等级（A）", "grade, 1 to 5 A, net of downgrades", true),
                     Code("status", "状态", "notice | decided | expired | cancelled",
                          {"notice", "decided", "expired", "cancelled"}),
                     Typed("notice_until", FT::kDate, "公示截止", "end of the public notice", true),
                     Typed("decided_on", FT::kDate, "确定日期", "date decided"),
                     Typed("valid_until", FT::kDate, "有效期至", "valid until"),
                     Text("certificate_no", "证书编号", "certificate number (3A and above)"),
                     Typed("cancelled_on", FT::kDate, "撤销日期", "date the grade was cancelled"),
                     Text("cancel_ground", "撤销事由", "fraud | certificate_misuse; empty when not cancelled")},
                    {"rating_id"}, kRatings, LoadRating));
  v.push_back(Plain("illegal_organizations", "非法社会组织",
                    "Illegal social organizations (非法社会组织): banned, or under investigation with the "
                    "suspicion made public.",
                    {Id("case_id", "案件号", "the case"), Text("name", "名称", "the name used", true),
                     Text("target_class", "类别", "the kind of illegal organization", true),
                     Text("handling_region", "查处机关行政区划代码", "the handling authority", true),
                     Text("status", "状态", "the case's status", true),
                     Typed("opened_on", FT::kDate, "立案或受理日期", "date the case was opened", true),
                     Text("decision_no", "取缔决定书文号", "ban decision number"),
                     Typed("decided_on", FT::kDate, "决定日期", "date of the decision")},
                    {"case_id"}, kIllegal, LoadCase));
  return v;
}

}  // namespace socorg::supervision_store
