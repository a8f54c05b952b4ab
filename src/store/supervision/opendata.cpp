#include "store/supervision/opendata.h"

namespace socorg::supervision_store {
namespace {

using namespace opendata;
using namespace opendata::detail;
using FT = FieldType;

const std::string kReports =
    "SELECT r.id, o.uscc, r.year, r.filed_on, r.conclusion, r.concluded_on FROM annual_reports r "
    "JOIN orgs o ON o.id = r.org_id WHERE r.id > $1 AND " + PublicOrgWhere() +
    " AND (r.filed_on IS NULL OR r.filed_on <= $3) ORDER BY r.id LIMIT $2";
// The lists as GET /public/credit/{list} shows them: entries in force on the snapshot date.
const std::string kListings =
    "SELECT l.id, o.uscc, l.list, l.cause, l.entered_on, l.rule_id, l.basis, l.facts, l.explanation "
    "FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.id > $1 AND " + PublicOrgWhere() +
    " AND l.entered_on <= $3 AND (l.exited_on IS NULL OR l.exited_on > $3) ORDER BY l.id LIMIT $2";
// Decisions, not the officers' free-text reasons.
const std::string kPenalties =
    "SELECT p.id, p.decision_no, o.uscc, p.kind, p.decided_on, p.amount, p.basis FROM penalties p "
    "JOIN orgs o ON o.id = p.org_id WHERE p.id > $1 AND " + PublicOrgWhere() +
    " AND p.decided_on <= $3 ORDER BY p.id LIMIT $2";
const std::string kPlans =
    "SELECT id, region_code, year, kind, target, permille, seed, algorithm, population_digest, "
    "population_size, drawn_count, drawn_on, superseded_by, redraw_of, redraw_reason FROM inspection_plans "
    "WHERE id > $1 AND drawn_on <= $3 ORDER BY id LIMIT $2";
const std::string kItems =
    "SELECT i.id, i.plan_id, i.uscc, i.rank, i.draw_key, i.result, i.result_on, i.method FROM inspection_items i "
    "JOIN inspection_plans p ON p.id = i.plan_id WHERE i.id > $1 AND p.drawn_on <= $3 ORDER BY i.id LIMIT $2";
const std::string kRatings =
    "SELECT g.id, o.uscc, r.year, r.name, g.total_score, g.grade, g.status, g.notice_until, g.decided_on, "
    "g.valid_until FROM ratings g JOIN rating_rounds r ON r.id = g.round_id JOIN orgs o ON o.id = g.org_id "
    "WHERE g.id > $1 AND " + PublicOrgWhere() + " AND r.opened_on <= $3 ORDER BY g.id LIMIT $2";
// As GET /public/illegal-organizations: banned, or under investigation with the suspicion made public.
const std::string kIllegal =
    "SELECT id, target_name, target_class, act_regions, handling_region, status, opened_on, decision_no, "
    "decided_on FROM illegal_cases WHERE id > $1 AND opened_on <= $3 AND (status = 'banned' OR "
    "(suspected_public = 1 AND status IN ('filed', 'investigating', 'reported', 'legal_reviewed'))) "
    "ORDER BY id LIMIT $2";

// A table whose cells are its query's columns 1..n, typed as its fields.
Table Plain(std::string name, std::string title, std::string description, std::vector<Field> fields,
            std::vector<std::string> key, const std::string& sql) {
  Table t{std::move(name), std::move(title), std::move(description), std::move(fields), std::move(key), {}};
  std::vector<FT> types;
  for (const auto& f : t.fields) types.push_back(f.type);
  t.each = [types, &sql](Connection& c, Date as_of, const RowSink& row) {
    return EachPage(c, sql, as_of, [&](const RowRef& r, Cells& out) {
      for (size_t i = 0; i < types.size(); ++i) out.push_back(Cell(r, static_cast<int>(i + 1), types[i]));
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
                    "Each organization's annual reports: the year, when it was filed and the registration "
                    "authority's conclusion (qualified | basically_qualified | unqualified | none yet).",
                    {Uscc(), Typed("year", FT::kInteger, "报告年度", "the year reported on", true),
                     Typed("filed_on", FT::kDate, "报送日期", "date filed with the registration authority"),
                     Code("conclusion", "结论", "the authority's conclusion",
                          {"none", "qualified", "basically_qualified", "unqualified"}),
                     Typed("concluded_on", FT::kDate, "结论日期", "date of the conclusion")},
                    {"uscc", "year"}, kReports));
  v.push_back(Plain("credit_listings", "信用名单（活动异常名录、严重违法失信名单）",
                    "The entries in force on the snapshot date of the anomaly list (活动异常名录) and the "
                    "serious-dishonesty list (严重违法失信名单), with their cause, rule and facts.",
                    {Id("listing_id", "名单记录号", "the entry"), Uscc(),
                     Code("list", "名单", "anomaly | serious", {"anomaly", "serious"}),
                     Text("cause", "列入事由", "the cause code", true),
                     Typed("entered_on", FT::kDate, "列入日期", "date of entry", true),
                     Text("rule_id", "规则", "the rule that decided the entry", true),
                     Text("basis", "依据", "legal basis", true),
                     Typed("facts", FT::kObject, "事实", "the facts the rule read", true),
                     Text("explanation", "说明", "why the organization is listed")},
                    {"listing_id"}, kListings));
  v.push_back(Plain("penalties", "行政处罚决定",
                    "Administrative penalty decisions (行政处罚决定书): number, kind, date and amount.",
                    {Text("decision_no", "处罚决定书文号", "decision number", true), Uscc(),
                     Code("kind", "处罚种类", "the kind of penalty",
                          {"warning", "order_correct", "fine", "confiscation", "suspension", "revocation"}),
                     Typed("decided_on", FT::kDate, "决定日期", "date of the decision", true),
                     Typed("amount", FT::kInteger, "罚没金额（元）", "fine or confiscation in yuan", true),
                     Text("basis", "依据", "legal basis", true)},
                    {"decision_no"}, kPenalties));
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
                    {"plan_id"}, kPlans));
  v.push_back(Plain("inspection_items", "抽查对象与结果",
                    "The organizations each plan drew, their rank and draw key, and the inspection's result.",
                    {Id("item_id", "记录号", "the drawn organization's entry"),
                     Id("plan_id", "抽查计划号", "inspection_plans.plan_id"), Uscc(),
                     Typed("rank", FT::kInteger, "抽取顺序", "rank in the draw", true),
                     Text("draw_key", "抽取键", "the key the draw sorted by", true),
                     Text("result", "检查结果", "no_problem | problems_found | rectification_ordered; empty while pending"),
                     Typed("result_on", FT::kDate, "结果日期", "date of the result"),
                     Text("method", "检查方式", "written | on_site")},
                    {"item_id"}, kItems));
  v.push_back(Plain("ratings", "社会组织评估等级",
                    "Ratings (社会组织评估): the round, total score, grade (1-5 A), status and validity.",
                    {Id("rating_id", "评估记录号", "the rating"), Uscc(),
                     Typed("round_year", FT::kInteger, "评估年度", "the round's year", true),
                     Text("round_name", "评估批次", "the round", true),
                     Typed("total_score", FT::kInteger, "总分", "total score", true),
                     Typed("grade", FT::kInteger, "等级（A）", "grade, 1 to 5 A, net of downgrades", true),
                     Code("status", "状态", "notice | decided | expired | cancelled",
                          {"notice", "decided", "expired", "cancelled"}),
                     Typed("notice_until", FT::kDate, "公示截止", "end of the public notice", true),
                     Typed("decided_on", FT::kDate, "确定日期", "date decided"),
                     Typed("valid_until", FT::kDate, "有效期至", "valid until")},
                    {"rating_id"}, kRatings));
  v.push_back(Plain("illegal_organizations", "非法社会组织",
                    "Illegal social organizations (非法社会组织): banned, or under investigation with the "
                    "suspicion made public.",
                    {Id("case_id", "案件号", "the case"), Text("name", "名称", "the name used", true),
                     Text("target_class", "类别", "the kind of illegal organization", true),
                     Typed("act_regions", FT::kArray, "活动地区", "regions of activity"),
                     Text("handling_region", "查处机关行政区划代码", "the handling authority", true),
                     Text("status", "状态", "the case's status", true),
                     Typed("opened_on", FT::kDate, "立案或受理日期", "date the case was opened", true),
                     Text("decision_no", "取缔决定书文号", "ban decision number"),
                     Typed("decided_on", FT::kDate, "决定日期", "date of the decision")},
                    {"case_id"}, kIllegal));
  return v;
}

}  // namespace socorg::supervision_store
