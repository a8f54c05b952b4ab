// Request bodies -> use-case inputs (dto.h).
#include "http/parse.h"
#include "http/supervision/dto.h"
#include "domain/amount.h"
#include "support/json_int.h"

namespace socorg::supervision_http {
namespace {

// Bounds of the integers in supervision bodies, checked before narrowing (docs/architecture.md).
constexpr int kMinYear = 1900, kMaxYear = 9999;  // the use cases check the year against today
constexpr int kMaxScore = 1000;                  // a rating is scored out of 1000
constexpr std::int64_t kMaxId = (std::int64_t{1} << 53) - 1;

// #13 typed content: readers whose errors name the full path ("finances.income.donations_fen").
std::string Path(const std::string& base, const char* key) { return base.empty() ? key : base + "." + key; }

Result<json> Section(const json& b, const char* key) {
  if (!b.contains(key) || b[key].is_null()) return json::object();
  if (!b[key].is_object()) return http::FieldError(key, "应为对象", "must be an object");
  return b[key];
}

Result<std::optional<std::int64_t>> OptInt(const json& j, const std::string& base, const char* key,
                                           std::int64_t lo, std::int64_t hi) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  const json& v = j[key];
  if (!v.is_number_integer()) return http::FieldError(Path(base, key), "应为整数", "must be an integer");
  auto n = JsonInt<std::int64_t>(v, lo, hi);
  if (!n) return http::OutOfRange(Path(base, key), lo, hi);
  return n;
}

Result<bool> OptBool(const json& j, const std::string& base, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return false;
  if (!j[key].is_boolean()) return http::FieldError(Path(base, key), "应为布尔值", "must be a boolean");
  return j[key].get<bool>();
}

Result<std::string> OptString(const json& j, const std::string& base, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::string();
  if (!j[key].is_string()) return http::FieldError(Path(base, key), "应为字符串", "must be a string");
  return j[key].get<std::string>();
}

Result<std::optional<Date>> OptDate(const json& j, const std::string& base, const char* key) {
  SOCORG_TRY(std::string s, OptString(j, base, key));
  if (s.empty()) return std::nullopt;
  auto d = Date::Parse(s);
  if (!d) return http::FieldError(Path(base, key), "日期格式应为YYYY-MM-DD", "must be a YYYY-MM-DD date");
  return d;
}

constexpr std::int64_t kFen = kMaxAmountYuan * 100;
constexpr std::int64_t kCount = 2'000'000'000;

// The typed sections of an annual-report body; present = any of them was given. Amounts are range-checked
// here; the rules between them (sums, dates in the year) are the domain's (ValidateReportContent).
Result<ReportContent> ParseReportContent(const json& b) {
  ReportContent c;
  for (const char* k : {"finances", "activities", "governance", "branches_count", "party", "disclosure"})
    if (b.contains(k) && !b[k].is_null()) c.present = true;
  if (!c.present) return c;
  SOCORG_TRY(json fin, Section(b, "finances"));
  auto& f = c.finances;
  const std::string F = "finances";
  SOCORG_TRY(f.public_fundraising, OptBool(fin, F, "public_fundraising"));
  SOCORG_TRY(f.assets, OptInt(fin, F, "assets_fen", -kFen, kFen));
  SOCORG_TRY(f.liabilities, OptInt(fin, F, "liabilities_fen", -kFen, kFen));
  SOCORG_TRY(f.net_assets, OptInt(fin, F, "net_assets_fen", -kFen, kFen));
  SOCORG_TRY(f.total_income, OptInt(fin, F, "total_income_fen", -kFen, kFen));
  SOCORG_TRY(f.total_expenditure, OptInt(fin, F, "total_expenditure_fen", -kFen, kFen));
  SOCORG_TRY(f.charitable_expenditure, OptInt(fin, F, "charitable_expenditure_fen", -kFen, kFen));
  SOCORG_TRY(f.management_costs, OptInt(fin, F, "management_costs_fen", -kFen, kFen));
  SOCORG_TRY(f.staff_salaries, OptInt(fin, F, "staff_salaries_fen", -kFen, kFen));
  SOCORG_TRY(json inc, Section(fin, "income"));
  const std::string I = "finances.income";
  SOCORG_TRY(f.income_donations, OptInt(inc, I, "donations_fen", -kFen, kFen));
  SOCORG_TRY(f.income_government, OptInt(inc, I, "government_fen", -kFen, kFen));
  SOCORG_TRY(f.income_dues, OptInt(inc, I, "membership_dues_fen", -kFen, kFen));
  SOCORG_TRY(f.income_services, OptInt(inc, I, "services_fen", -kFen, kFen));
  SOCORG_TRY(f.income_investment, OptInt(inc, I, "investment_fen", -kFen, kFen));
  SOCORG_TRY(f.income_other, OptInt(inc, I, "other_fen", -kFen, kFen));
  SOCORG_TRY(json act, Section(b, "activities"));
  const std::string A = "activities";
  SOCORG_TRY(auto count, OptInt(act, A, "count", -kCount, kCount));
  SOCORG_TRY(auto ben, OptInt(act, A, "beneficiaries", -kCount, kCount));
  c.activities_count = static_cast<int>(count.value_or(0)), c.beneficiaries = ben.value_or(0);
  if (act.contains("items") && !act["items"].is_null()) {
    if (!act["items"].is_array()) return http::FieldError("activities.items", "应为数组", "must be an array");
    if (act["items"].size() > 50)
      return http::FieldError("activities.items", "主要活动最多列50项", "at most 50 activities");
    for (size_t i = 0; i < act["items"].size(); ++i) {
      const json& x = act["items"][i];
      std::string base = "activities.items[" + std::to_string(i) + "]";
      if (!x.is_object()) return http::FieldError(base, "应为对象", "must be an object");
      ReportActivityItem item;
      SOCORG_TRY(item.name, OptString(x, base, "name"));
      SOCORG_TRY(item.held_on, OptDate(x, base, "held_on"));
      SOCORG_TRY(auto n, OptInt(x, base, "beneficiaries", -kCount, kCount));
      item.beneficiaries = n.value_or(0);
      c.activities.push_back(std::move(item));
    }
  }
  SOCORG_TRY(json gov, Section(b, "governance"));
  const std::string G = "governance";
  SOCORG_TRY(auto ga, OptInt(gov, G, "general_assemblies", -kCount, kCount));
  SOCORG_TRY(auto cm, OptInt(gov, G, "council_meetings", -kCount, kCount));
  SOCORG_TRY(auto bm, OptInt(gov, G, "board_meetings", -kCount, kCount));
  c.general_assemblies = static_cast<int>(ga.value_or(0)), c.council_meetings = static_cast<int>(cm.value_or(0));
  c.board_meetings = static_cast<int>(bm.value_or(0));
  SOCORG_TRY(c.election_held, OptBool(gov, G, "election_held"));
  SOCORG_TRY(c.election_on, OptDate(gov, G, "election_on"));
  SOCORG_TRY(auto br, OptInt(b, "", "branches_count", -kCount, kCount));
  c.branches_count = static_cast<int>(br.value_or(0));
  SOCORG_TRY(json party, Section(b, "party"));
  SOCORG_TRY(c.party_org_kind, OptString(party, "party", "org_kind"));
  if (c.party_org_kind.empty()) c.party_org_kind = "none";
  SOCORG_TRY(auto pm, OptInt(party, "party", "members", -kCount, kCount));
  c.party_members = static_cast<int>(pm.value_or(0));
  SOCORG_TRY(json disc, Section(b, "disclosure"));
  SOCORG_TRY(c.disclosed, OptBool(disc, "disclosure", "published"));
  SOCORG_TRY(c.disclosure_where, OptString(disc, "disclosure", "where"));
  return c;
}

}  // namespace

using http::BoolField;
using http::DateField;
using http::Field;
using http::FieldError;
using http::IntField;
using http::IntField32;
using http::OutOfRange;
using http::StringField;

Result<ReportFiling> ParseReportFiling(const json& b) {
  ReportFiling in;
  SOCORG_TRY(in.year, IntField32(b, "year", 0, kMinYear, kMaxYear, Field::kRequired));
  SOCORG_TRY(in.filed_on, DateField(b, "filed_on"));
  SOCORG_TRY(in.had_activity, BoolField(b, "had_activity", true));
  SOCORG_TRY(in.total_income, IntField(b, "total_income", 0, 0, kMaxAmountYuan));
  SOCORG_TRY(in.total_expenditure, IntField(b, "total_expenditure", 0, 0, kMaxAmountYuan));
  SOCORG_TRY(in.net_assets, IntField(b, "net_assets", 0, -kMaxAmountYuan, kMaxAmountYuan));
  if (b.contains("content")) {
    if (!b["content"].is_object()) return FieldError("content", "应为对象", "must be an object");
    in.content = b["content"].dump();
  }
  SOCORG_TRY(in.typed, ParseReportContent(b));
  return in;
}

Result<PenaltyInput> ParsePenalty(const json& b) {
  PenaltyInput in;
  SOCORG_TRY(std::string kind, StringField(b, "kind", Field::kRequired));
  auto k = ParsePenaltyKind(kind);
  if (!k) return FieldError("kind", "处罚种类无效", "unknown penalty kind");
  in.kind = *k;
  SOCORG_TRY(auto d, DateField(b, "decided_on", Field::kRequired));
  in.decided_on = *d;
  SOCORG_TRY(in.amount, IntField(b, "amount", 0, 0, kMaxAmountYuan));
  SOCORG_TRY(std::string fine_basis, StringField(b, "fine_basis"));
  auto fb = ParseFineBasis(fine_basis);
  if (!fb) return FieldError("fine_basis", "罚款计算依据应为 illegal_turnover 或 illegal_gains",
                             "fine_basis must be illegal_turnover or illegal_gains");
  in.fine_basis = *fb;
  SOCORG_TRY(in.base_amount, IntField(b, "base_amount", 0, 0, kMaxAmountYuan));
  SOCORG_TRY(in.decision_no, StringField(b, "decision_no", Field::kRequired));
  SOCORG_TRY(in.basis, StringField(b, "basis", Field::kRequired));
  SOCORG_TRY(in.reason, StringField(b, "reason"));
  return in;
}

Result<PenaltyOutcomeInput> ParsePenaltyOutcome(const json& b, Date today) {
  PenaltyOutcomeInput in;
  SOCORG_TRY(std::string channel, StringField(b, "channel", Field::kRequired));
  auto c = ParseOutcomeChannel(channel);
  if (!c) return FieldError("channel", "应为 reconsideration（行政复议）或 litigation（行政诉讼）",
                            "channel must be reconsideration or litigation");
  in.channel = *c;
  SOCORG_TRY(std::string result, StringField(b, "result", Field::kRequired));
  auto r = ParseOutcomeResult(result);
  if (!r) return FieldError("result", "应为 upheld、annulled 或 changed", "result must be upheld, annulled or changed");
  in.result = *r;
  SOCORG_TRY(auto d, DateField(b, "decided_on"));
  in.decided_on = d.value_or(today);
  SOCORG_TRY(in.decision_no, StringField(b, "decision_no", Field::kRequired));
  SOCORG_TRY(in.authority, StringField(b, "authority", Field::kRequired));
  SOCORG_TRY(std::string kind, StringField(b, "kind"));
  if (!kind.empty()) {
    auto k = ParsePenaltyKind(kind);
    if (!k) return FieldError("kind", "处罚种类无效", "unknown penalty kind");
    in.kind = *k;
  }
  SOCORG_TRY(in.amount, IntField(b, "amount", 0, 0, kMaxAmountYuan));
  SOCORG_TRY(in.reason, StringField(b, "reason"));
  return in;
}

Result<std::map<std::string, int>> ParseScores(const json& b) {
  if (!b.contains("scores") || !b["scores"].is_object())
    return FieldError("scores", "应为对象", "must be an object");
  std::map<std::string, int> scores;
  for (auto& [k, v] : b["scores"].items()) {
    if (!v.is_number_integer()) return FieldError("scores." + k, "应为整数", "must be an integer");
    auto score = JsonInt<int>(v, 0, kMaxScore);
    if (!score) return OutOfRange("scores." + k, 0, kMaxScore);
    scores[k] = *score;
  }
  return scores;
}

// An optional array of strings ([] when absent); kInvalid naming the field (or the element) otherwise.
Result<std::vector<std::string>> StringArray(const json& b, const char* key) {
  std::vector<std::string> out;
  if (!b.contains(key) || b[key].is_null()) return out;
  if (!b[key].is_array()) return FieldError(key, "应为文本数组", "must be an array of strings");
  for (size_t i = 0; i < b[key].size(); ++i) {
    if (!b[key][i].is_string())
      return FieldError(std::string(key) + "[" + std::to_string(i) + "]", "应为文本", "must be a string");
    out.push_back(b[key][i].get<std::string>());
  }
  if (out.size() > 10'000) return FieldError(key, "条目过多", "too many items");
  return out;
}

Result<InspectionResultInput> ParseInspectionResultBody(const json& b) {
  InspectionResultInput in;
  SOCORG_TRY(in.result, StringField(b, "result", Field::kRequired));
  SOCORG_TRY(in.note, StringField(b, "note"));
  SOCORG_TRY(in.rectification_deadline, DateField(b, "rectification_deadline"));
  SOCORG_TRY(in.method, StringField(b, "method", Field::kRequired));
  SOCORG_TRY(in.checked, StringArray(b, "checked"));
  return in;
}

Result<PlanInput> ParsePlan(const json& b, int default_inspectors_per_org) {
  PlanInput in;
  SOCORG_TRY(in.region, StringField(b, "region"));
  SOCORG_TRY(in.year, IntField32(b, "year", 0, kMinYear, kMaxYear));
  SOCORG_TRY(std::string kind, StringField(b, "kind"));
  auto k = ParsePlanKind(kind.empty() ? "random" : kind);
  if (!k) return FieldError("kind", "计划种类应为 random（双随机抽查）或 special（不定期检查）", "kind must be random or special");
  in.kind = *k;
  SOCORG_TRY(in.permille, IntField32(b, "permille", 0, 0, 1000,
                                     in.kind == PlanKind::kRandom ? Field::kRequired : Field::kOptional));
  SOCORG_TRY(in.inspectors_per_org, IntField32(b, "inspectors_per_org", default_inspectors_per_org, 0, 100));
  SOCORG_TRY(in.seed, StringField(b, "seed"));
  SOCORG_TRY(in.redraw_reason, StringField(b, "redraw_reason"));
  SOCORG_TRY(in.target, StringField(b, "target"));
  SOCORG_TRY(in.category, StringField(b, "category"));
  SOCORG_TRY(in.orgs, StringArray(b, "orgs"));
  return in;
}

Result<ComplaintInput> ParseComplaint(const json& b) {
  ComplaintInput in;
  SOCORG_TRY(in.target_name, StringField(b, "target_name", Field::kRequired));
  SOCORG_TRY(in.target_address, StringField(b, "target_address"));
  SOCORG_TRY(in.act_region, StringField(b, "act_region", Field::kRequired));
  SOCORG_TRY(in.content, StringField(b, "content", Field::kRequired));
  SOCORG_TRY(in.reporter_name, StringField(b, "reporter_name"));
  SOCORG_TRY(in.reporter_contact, StringField(b, "reporter_contact"));
  return in;
}

Result<CaseInput> ParseCase(const json& b) {
  CaseInput in;
  SOCORG_TRY(in.target_name, StringField(b, "target_name", Field::kRequired));
  SOCORG_TRY(in.target_class, StringField(b, "target_class", Field::kRequired));
  if (!b.contains("act_regions") || !b["act_regions"].is_array())
    return FieldError("act_regions", "应为行政区划代码数组", "must be an array of region codes");
  for (const auto& x : b["act_regions"]) {
    if (!x.is_string())
      return FieldError("act_regions", "应为行政区划代码数组", "must be an array of region codes");
    in.act_regions.push_back(x.get<std::string>());
  }
  SOCORG_TRY(std::string takeover, StringField(b, "takeover_region"));
  if (!takeover.empty()) in.takeover_region = takeover;
  SOCORG_TRY(std::int64_t complaint, IntField(b, "complaint_id", 0, 1, kMaxId));
  if (complaint) in.complaint_id = complaint;
  SOCORG_TRY(in.org_key, StringField(b, "org"));
  SOCORG_TRY(in.publish_as_suspected, BoolField(b, "publish_as_suspected", false));
  return in;
}

Result<StepInput> ParseStep(const json& b) {
  StepInput in;
  SOCORG_TRY(in.step, StringField(b, "step", Field::kRequired));
  SOCORG_TRY(in.on, DateField(b, "on"));
  SOCORG_TRY(in.content, StringField(b, "content", Field::kRequired));
  SOCORG_TRY(in.decision_no, StringField(b, "decision_no"));
  SOCORG_TRY(in.referral_to, StringField(b, "referral_to"));
  if (b.contains("publish_as_suspected")) {
    SOCORG_TRY(bool pub, BoolField(b, "publish_as_suspected", false));
    in.publish_as_suspected = pub;
  }
  if (b.contains("officers")) {
    if (!b["officers"].is_array()) return FieldError("officers", "应为数组", "must be an array");
    for (const auto& o : b["officers"]) {
      if (!o.is_object()) return FieldError("officers", "应为对象数组", "must be an array of objects");
      in.officers.push_back({o.value("name", ""), o.value("certificate_no", "")});
    }
  }
  return in;
}

}  // namespace socorg::supervision_http
