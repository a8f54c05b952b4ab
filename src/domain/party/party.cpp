#include "domain/party/party.h"

#include <cmath>

#include "domain/name_table.h"

namespace socorg::party {
namespace {

// The names are the values stored in migration 015's columns and sent on the wire.
constexpr NameTable<OrgKind, 6> kOrgKinds{{
    {OrgKind::kNone, {"none", "未建立党组织"}},
    {OrgKind::kBranch, {"branch", "党支部"}},
    {OrgKind::kGeneralBranch, {"general_branch", "党总支"}},
    {OrgKind::kCommittee, {"committee", "党委"}},
    {OrgKind::kJoint, {"joint", "联合党支部"}},
    {OrgKind::kTemporary, {"temporary", "临时党支部"}},
}};
constexpr NameTable<MatterKind, 6> kMatterKinds{{
    {MatterKind::kDirection, {"major_direction", "重大方向"}},
    {MatterKind::kAppointment, {"important_appointment", "重要人事安排"}},
    {MatterKind::kEconomic, {"major_economic", "重大经济活动"}},
    {MatterKind::kRules, {"important_rules", "重要制度制定"}},
    {MatterKind::kSocialActivity, {"social_activity_ideology", "重大社会活动和意识形态"}},
    {MatterKind::kOther, {"other", "其他重要事项"}},
}};
constexpr NameTable<Participation, 3> kWays{{
    {Participation::kPriorStudy, {"prior_study", "会前研究"}},
    {Participation::kAttending, {"attending", "列席决策会议"}},
    {Participation::kSignedOpinion, {"signed_opinion", "征求意见并签署"}},
}};

std::unexpected<Error> Bad(std::string code, std::string zh, std::string en, std::string field,
                           ErrorKind kind = ErrorKind::kInvalid) {
  return Fail(kind, std::move(code), std::move(zh), std::move(en), std::move(field));
}

Status NotAfter(const std::optional<Date>& d, Date today, const char* field) {
  if (d && *d > today) return Bad("future_date", "日期不能晚于今天", std::string(field) + " is in the future", field);
  return {};
}

Finding Make(std::string rule, std::string title, Outcome o, std::string zh, std::string en,
             std::vector<std::pair<std::string, std::string>> facts) {
  Finding f;
  f.rule_id = std::move(rule);
  f.basis = BasisText(f.rule_id);
  f.title_zh = std::move(title);
  f.outcome = o;
  f.explanation_zh = std::move(zh);
  f.explanation_en = std::move(en);
  f.facts = std::move(facts);
  return f;
}

std::string Str(int v) { return std::to_string(v); }
std::string Str(const std::optional<Date>& d) { return d ? d->ToString() : ""; }

bool TemporaryInForce(const PartyData& d, Date on) {
  return d.kind == OrgKind::kTemporary && d.temporary.term_ends && on <= *d.temporary.term_ends;
}

}  // namespace

std::string_view ToString(OrgKind k) { return WireName(kOrgKinds, k); }
std::string_view LabelZh(OrgKind k) { return ZhLabel(kOrgKinds, k); }
std::optional<OrgKind> ParseOrgKind(std::string_view s) { return FromWireName(kOrgKinds, s); }
bool IsOwnOrganization(OrgKind k) {
  return k == OrgKind::kBranch || k == OrgKind::kGeneralBranch || k == OrgKind::kCommittee;
}
std::string_view ToString(MatterKind k) { return WireName(kMatterKinds, k); }
std::string_view LabelZh(MatterKind k) { return ZhLabel(kMatterKinds, k); }
std::optional<MatterKind> ParseMatterKind(std::string_view s) { return FromWireName(kMatterKinds, s); }
std::string_view ToString(Participation p) { return WireName(kWays, p); }
std::string_view LabelZh(Participation p) { return ZhLabel(kWays, p); }
std::optional<Participation> ParseParticipation(std::string_view s) { return FromWireName(kWays, s); }

Status Validate(const PartyData& d, Date today) {
  constexpr int kMax = 1'000'000;
  struct Count {
    int v;
    const char* field;
  };
  for (Count c : {Count{d.formal_members, "formal_members"}, Count{d.probationary_members, "probationary_members"},
                  Count{d.transferred_in, "transferred_in"}, Count{d.temporary.council_members,
                                                                  "organization.council_members"}})
    if (c.v < 0 || c.v > kMax)
      return Bad("out_of_range", "人数应为 0 至 1000000 的整数", std::string(c.field) + " must be 0 to 1000000",
                 c.field);
  if (d.transferred_in > d.formal_members + d.probationary_members)
    return Bad("transferred_exceeds_members", "组织关系转入人数不能多于党员人数",
               "transferred_in cannot exceed the members", "transferred_in", ErrorKind::kRuleViolation);
  if (d.as_of > today) return Bad("future_date", "日期不能晚于今天", "as_of is in the future", "as_of");
  SOCORG_TRY_VOID(NotAfter(d.established_on, today, "organization.established_on"));
  SOCORG_TRY_VOID(NotAfter(d.charter_clause_on, today, "charter_clause_on"));
  if (d.kind == OrgKind::kNone && (d.established_on || !d.org_name.empty()))
    return Bad("no_party_organization", "未建立党组织时不应填写党组织名称或成立日期",
               "a party organization's name or date given with kind none", "organization.kind",
               ErrorKind::kRuleViolation);
  if (d.kind == OrgKind::kJoint && d.joint_branch_id <= 0)
    return Bad("required", "联合党支部应选择所属的联合党支部", "a joint branch needs joint_branch_id",
               "organization.joint_branch_id");
  if (d.kind != OrgKind::kJoint && d.joint_branch_id != 0)
    return Bad("not_joint", "只有联合党支部填写 joint_branch_id", "joint_branch_id only for kind joint",
               "organization.joint_branch_id");
  if (d.kind == OrgKind::kTemporary) {
    const auto& t = d.temporary;
    if (t.approved_by.empty() || !t.approved_on)
      return Bad("temporary_branch_not_approved",
                 "临时党支部须经有审批预备党员权限的上级党组织批准：应填写批准组织和批准日期",
                 "a temporary branch needs the approval of a superior organization: approved_by and approved_on",
                 t.approved_by.empty() ? "organization.approved_by" : "organization.approved_on",
                 ErrorKind::kRuleViolation);
    SOCORG_TRY_VOID(NotAfter(t.approved_on, today, "organization.approved_on"));
    if (!t.term_ends)
      return Bad("required", "临时党支部应填写理事会任期届满日期（临时党支部任期与理事会一致）",
                 "a temporary branch needs the council's term end (its term equals the council's)",
                 "organization.term_ends");
    if (*t.term_ends < *t.approved_on)
      return Bad("term_before_approval", "理事会任期届满日期早于批准日期", "term_ends is before approved_on",
                 "organization.term_ends", ErrorKind::kRuleViolation);
    if (t.council_members < kBranchMinFormalMembers)
      return Bad("temporary_branch_not_eligible",
                 "理事会中组织关系未转入的正式党员不足 3 名，不具备成立临时党支部的条件",
                 "fewer than 3 formal members on the council whose membership is not transferred: a temporary "
                 "branch cannot be set up",
                 "organization.council_members", ErrorKind::kRuleViolation);
  } else if (d.temporary.council_members || !d.temporary.approved_by.empty() || d.temporary.approved_on ||
             d.temporary.term_ends) {
    return Bad("not_temporary", "只有临时党支部填写批准和任期", "approval and term only for kind temporary",
               "organization.kind");
  }
  if (d.charter_clause_on && !d.charter_clause)
    return Bad("charter_clause_date", "未党建入章时不应填写入章日期", "charter_clause_on without charter_clause",
               "charter_clause_on");
  return {};
}

bool HasPartyOrganization(const PartyData& d, Date on) {
  if (d.kind == OrgKind::kTemporary) return TemporaryInForce(d, on);
  return d.kind != OrgKind::kNone;
}
bool HasPartyWork(const PartyData& d, Date on) { return HasPartyOrganization(d, on) || d.instructor || d.liaison; }
bool NeedsBranch(const PartyData& d) {
  return d.formal_members >= kBranchMinFormalMembers && !IsOwnOrganization(d.kind);
}

std::vector<Finding> Evaluate(const PartyData& d, Date on) {
  std::vector<Finding> out;
  const std::string kind{ToString(d.kind)};
  if (d.formal_members >= kBranchMinFormalMembers) {
    bool ok = IsOwnOrganization(d.kind);
    out.push_back(Make("PARTY-BRANCH-REQUIRED", "正式党员 3 人以上的应成立党的基层组织",
                       ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "正式党员 " + Str(d.formal_members) + " 人，已建立" + std::string(LabelZh(d.kind))
                          : "正式党员 " + Str(d.formal_members) + " 人（3 人以上），应单独成立党支部，现为" +
                                std::string(LabelZh(d.kind)),
                       ok ? std::to_string(d.formal_members) + " formal members and an own " + kind
                          : std::to_string(d.formal_members) + " formal members (3 or more): an own branch is "
                            "required, found " + kind,
                       {{"formal_members", Str(d.formal_members)}, {"organization", kind}}));
  } else {
    bool ok = d.kind != OrgKind::kNone || d.instructor || d.liaison;
    out.push_back(Make("PARTY-SMALL-COVERED", "正式党员不足 3 人的应联合建立党支部或选派党建指导员",
                       ok ? Outcome::kPass : Outcome::kFail,
                       ok ? "正式党员不足 3 人，已通过" +
                                std::string(d.kind != OrgKind::kNone ? LabelZh(d.kind) : "党建指导员/联络员") +
                                "覆盖"
                          : "正式党员 " + Str(d.formal_members) + " 人（不足 3 人），既未联合建立党支部，也未选派党建指导员或联络员",
                       ok ? "fewer than 3 formal members, covered"
                          : std::to_string(d.formal_members) + " formal members (fewer than 3): neither a joint "
                            "branch nor an instructor or liaison",
                       {{"formal_members", Str(d.formal_members)},
                        {"organization", kind},
                        {"instructor", d.instructor ? "true" : "false"},
                        {"liaison", d.liaison ? "true" : "false"}}));
  }
  if (d.kind == OrgKind::kTemporary) {
    const auto& t = d.temporary;
    bool eligible = t.council_members >= kBranchMinFormalMembers && !t.approved_by.empty() && t.approved_on;
    out.push_back(Make("PARTY-TEMP-ELIGIBLE", "临时党支部的成立条件",
                       eligible ? Outcome::kPass : Outcome::kFail,
                       eligible ? "理事会中组织关系未转入的正式党员 " + Str(t.council_members) + " 名，经" +
                                      t.approved_by + "于 " + Str(t.approved_on) + " 批准"
                                : "理事会中组织关系未转入的正式党员不足 3 名或未经上级党组织批准",
                       eligible ? std::to_string(t.council_members) + " formal council members, approved"
                                : "fewer than 3 formal council members, or not approved",
                       {{"council_members", Str(t.council_members)},
                        {"approved_by", t.approved_by},
                        {"approved_on", Str(t.approved_on)}}));
    bool in_force = TemporaryInForce(d, on);
    out.push_back(Make("PARTY-TEMP-TERM", "临时党支部任期与理事会任期一致，理事会任期届满时终止",
                       in_force ? Outcome::kPass : Outcome::kFail,
                       in_force ? "理事会任期至 " + Str(t.term_ends) + "，临时党支部在任期内"
                                : "理事会任期已于 " + Str(t.term_ends) + " 届满，临时党支部应随之终止，仍在登记",
                       in_force ? "within the council's term (to " + Str(t.term_ends) + ")"
                                : "the council's term ended on " + Str(t.term_ends) +
                                      ": the temporary branch outlives it",
                       {{"term_ends", Str(t.term_ends)}, {"as_of", on.ToString()}}));
  }
  out.push_back(Make("PARTY-CHARTER-CLAUSE", "章程载明党的建设内容（党建入章）",
                     d.charter_clause ? Outcome::kPass : Outcome::kFail,
                     d.charter_clause ? "章程已载明党建工作内容" + (d.charter_clause_on ? "（" + Str(d.charter_clause_on) + "）" : std::string())
                                      : "章程尚未载明党的建设内容",
                     d.charter_clause ? "the charter has the party-building clause"
                                      : "the charter lacks the party-building clause",
                     {{"charter_clause", d.charter_clause ? "true" : "false"},
                      {"charter_clause_on", Str(d.charter_clause_on)}}));
  return out;
}

double CoverageFraction(std::int64_t covered, std::int64_t all) {
  if (all <= 0) return 0;
  return std::round(static_cast<double>(covered) / static_cast<double>(all) * 10000.0) / 10000.0;
}

std::string_view DecisionStatus(const Decision& d) {
  if (!d.deviation.empty() && !d.corrected_on) return "deviation";
  if (!d.agrees && !d.reported_on) return "pending_report";
  if (!d.executed_on) return "awaiting_execution";
  return "done";
}

std::vector<Finding> EvaluateDecision(const Decision& d, Date on) {
  std::vector<Finding> out;
  if (!d.agrees) {
    bool reported = d.reported_on.has_value();
    bool late = reported ? (d.report_due && *d.reported_on > *d.report_due) : (d.report_due && on > *d.report_due);
    Outcome o = late ? Outcome::kFail : (reported ? Outcome::kPass : Outcome::kNeedsReview);
    out.push_back(Make("PARTY-DECISION-REPORT", "党组织对重要事项有不同意见的，应向上级党组织报告", o,
                       reported ? "已于 " + Str(d.reported_on) + " 向" + d.reported_to + "报告（期限 " +
                                      Str(d.report_due) + "）"
                                : (late ? "不同意见逾期未向上级党组织报告（期限 " + Str(d.report_due) + "）"
                                        : "不同意见待向上级党组织报告（期限 " + Str(d.report_due) + "）"),
                       reported ? "reported on " + Str(d.reported_on) + " (due " + Str(d.report_due) + ")"
                                : (late ? "the disagreement was not reported by " + Str(d.report_due)
                                        : "the disagreement is to be reported by " + Str(d.report_due)),
                       {{"report_due", Str(d.report_due)}, {"reported_on", Str(d.reported_on)}}));
  }
  if (!d.deviation.empty()) {
    bool corrected = d.corrected_on.has_value();
    out.push_back(Make("PARTY-DECISION-DEVIATION", "决策执行出现偏差的应及时纠正",
                       corrected ? Outcome::kPass : Outcome::kNeedsReview,
                       corrected ? "执行偏差已于 " + Str(d.corrected_on) + " 纠正" : "执行偏差尚未纠正",
                       corrected ? "the deviation was corrected on " + Str(d.corrected_on)
                                 : "the deviation is not corrected yet",
                       {{"deviation_on", Str(d.deviation_on)}, {"corrected_on", Str(d.corrected_on)}}));
  }
  return out;
}

}  // namespace socorg::party
