#include "demo/supervision_history.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "app/audit_log.h"
#include "app/supervision/jobs.h"
#include "domain/region.h"
#include "domain/supervision/annual_report.h"
#include "domain/supervision/illegal_org.h"
#include "domain/supervision/inspection_draw.h"
#include "domain/supervision/penalty.h"
#include "domain/supervision/rating.h"
#include "domain/supervision/rating_notice.h"
#include "store/event_store.h"
#include "store/supervision/cases.h"
#include "store/supervision/inspections.h"
#include "store/supervision/penalties.h"
#include "store/org_store.h"
#include "store/supervision/ratings.h"
#include "store/supervision/reports.h"
#include "app/supervision/report_content_json.h"
#include "domain/supervision/report_content.h"
#include "store/supervision/report_content.h"

namespace socorg {
namespace {

using J = nlohmann::json;
namespace ss = supervision_store;
using namespace supervision;

const char* const kOpinions[] = {"经初审，该单位能够遵守法律法规和国家政策，同意报送登记管理机关",
                                 "经审查，年度工作报告内容属实，同意参加年度检查",
                                 "该单位本年度业务活动正常，财务收支清楚，同意报送"};
const char* const kBasicReasons[] = {"财务管理制度不够健全，部分票据不规范", "未按章程规定召开会员（代表）大会",
                                     "信息公开不及时、不完整", "理事会会议记录不完整，内部治理有待完善"};
const char* const kUnqualifiedReasons[] = {"年度内未开展业务活动，财务收支不规范", "未按规定进行换届选举，内部管理混乱",
                                           "擅自设立分支机构，违规收取费用"};
const char* const kActivities[] = {"开展业务培训和交流活动", "组织公益服务项目", "开展行业调研并发布报告",
                                   "举办会员交流会和专题讲座", "为社区居民提供专业服务", "开展政策宣传和咨询服务"};
const char* const kWarningReasons[] = {"未按规定办理变更登记", "未按规定报送年度工作报告", "违反规定设立分支机构",
                                       "未按规定进行信息公开"};
const char* const kFineReasons[] = {"违反规定收取费用", "超出章程规定的宗旨和业务范围进行活动", "从事营利性经营活动",
                                    "违反规定接受捐赠、资助"};
const char* const kRectContents[] = {"内部治理不规范，限期完善理事会议事规则并按章程召开会议", "财务管理不规范，限期建立健全财务制度",
                                     "未按规定进行信息公开，限期补正公开内容", "未按规定建立党组织，限期整改",
                                     "住所变更未办理变更登记，限期办理"};
const char* const kInspectorNames[] = {"立军", "乌兰", "海燕", "巴特尔", "志刚", "高娃"};
const char* const kSurnameShort[] = {"王", "李", "张", "刘", "赵", "包", "白", "韩"};

template <typename T, size_t N>
const char* Pick(std::mt19937_64& rng, const T (&arr)[N]) {
  return arr[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

std::string FirstChar(const std::string& s) {
  if (s.empty()) return "民";
  unsigned char b = static_cast<unsigned char>(s[0]);
  size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return s.substr(0, std::min(n, s.size()));
}

std::string BasisFor(OrgType t) {
  switch (t) {
    case OrgType::kSocialGroup: return "《社会团体登记管理条例》第三十条";
    case OrgType::kFoundation: return "《基金会管理条例》第四十二条";
    default: return "《民办非企业单位登记管理暂行条例》第二十五条";
  }
}

struct OrgSup {
  const DemoOrg* org = nullptr;
  std::vector<ReportFact> reports;
  std::vector<PenaltyFact> penalties;
  std::optional<RatingFact> rating;
  bool zombie = false;
  OrgFacts Facts() const {
    OrgFacts f;
    f.id = org->id.value, f.type = org->type, f.status = org->status, f.registered_on = org->registered;
    f.ended_on = org->ended, f.term_end = org->term_end, f.postponed_until = org->postponed_until;
    f.reports = reports, f.penalties = penalties, f.rating = rating;
    return f;
  }
};

struct Gen {
  AppContext& ctx;
  Connection& c;
  DemoReport& rep;
  std::mt19937_64 rng;
  Date today;
  std::string now;
  std::map<std::string, int> decision_serial;  // prefix + year → last number

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, std::max(lo, hi))(rng); }
  double Real() { return std::uniform_real_distribution<double>(0, 1)(rng); }
  bool Chance(double p) { return Real() < p; }
  Status Event(OrgId id, const std::string& action, Date on, const std::string& reason) {
    ++rep.events;
    SOCORG_TRY_VOID(event_store::Append(c, EventRecord{0, id, action, on.ToString(), now, "demo", reason, "{}"}));
    return {};
  }
  std::string AuthorityChar(const std::string& region) {
    const Division* d = ctx.divisions->Find(region);
    return FirstChar(d ? d->name : "");
  }

  // --- §10 penalties ---
  Status Penalty(OrgSup& s, PenaltyKind kind, Date on, std::int64_t amount, const std::string& reason) {
    std::string prefix = AuthorityChar(s.org->region) + "民罚决字";
    int n = ++decision_serial[prefix + std::to_string(on.Year())];
    PenaltyInput in{kind, on, amount, prefix + "〔" + std::to_string(on.Year()) + "〕" + std::to_string(n) + "号",
                    BasisFor(s.org->type), reason};
    SOCORG_TRY_VOID(ValidatePenalty(in, today));
    PenaltyRecord p{0, s.org->id.value, in.decision_no, kind, on, in.amount, in.basis, in.reason, "demo", now};
    SOCORG_TRY(p.id, ss::InsertPenalty(c, p));
    s.penalties.push_back({p.id, on, kind, amount});
    ++rep.sup.penalties;
    return Event(s.org->id, "penalty_decided", on, std::string(LabelZh(kind)) + " " + in.decision_no);
  }

  Status Penalties(std::vector<OrgSup>& all) {
    for (auto& s : all) {
      const DemoOrg& o = *s.org;
      if (o.status == OrgStatus::kRevoked && o.ended) {
        SOCORG_TRY_VOID(Penalty(s, PenaltyKind::kRevocation, *o.ended, 0, "连续两年不按照规定接受年度检查"));
        continue;
      }
      if (o.type == OrgType::kCommunity || !Chance(0.045)) continue;
      Date on = today.AddDays(-Uniform(20, 3 * 365));
      if (on < o.registered.AddDays(180) || (o.ended && on >= *o.ended)) continue;
      int repeats = Chance(0.12) ? 2 : 1;
      for (int k = 0; k < repeats; ++k, on = on.AddDays(Uniform(200, 500))) {
        if (on >= today || (o.ended && on >= *o.ended)) break;
        double r = Real();
        if (k > 0 || r < 0.4) {
          SOCORG_TRY_VOID(Penalty(s, PenaltyKind::kWarning, on, 0, Pick(rng, kWarningReasons)));
        } else if (r < 0.85) {
          std::int64_t amount = Chance(0.6) ? Uniform(5, 45) * 1000LL : Uniform(50, 200) * 1000LL;
          SOCORG_TRY_VOID(Penalty(s, PenaltyKind::kFine, on, amount, Pick(rng, kFineReasons)));
        } else if (r < 0.93) {
          SOCORG_TRY_VOID(Penalty(s, PenaltyKind::kOrderCorrect, on, 0, "未按规定公开信息"));
        } else {
          SOCORG_TRY_VOID(Penalty(s, PenaltyKind::kSuspension, on, 0, "违反规定收取费用，情节严重"));
        }
      }
    }
    return {};
  }

  // --- §6 annual reports ---
  Status Reports(std::vector<OrgSup>& all) {
    const RulesConfig& cfg = ctx.rules;
    int last_due = LastDueYear(today, cfg);
    // A handful of zombie-like organizations: active for years, silent for the last 2-3 report years.
    std::vector<OrgSup*> candidates;
    for (auto& s : all)
      if (s.org->status == OrgStatus::kActive && s.org->type != OrgType::kCommunity &&
          s.org->registered < Date::FromYmd(last_due - 4, 1, 1))
        candidates.push_back(&s);
    for (auto* s : candidates) s->zombie = Chance(0.025);
    if (!candidates.empty() && std::none_of(candidates.begin(), candidates.end(), [](OrgSup* s) { return s->zombie; }))
      candidates[Uniform(0, static_cast<int>(candidates.size()) - 1)]->zombie = true;

    for (auto& s : all) {
      const DemoOrg& o = *s.org;
      if (s.zombie) ++rep.sup.zombies;
      int zombie_years = s.zombie ? Uniform(2, 3) : 0;
      double scale = o.type == OrgType::kFoundation ? 50 : o.type == OrgType::kSocialServiceAgency ? 12 : 3;
      double income = scale * Uniform(20, 200) * 1000;
      std::map<int, std::pair<std::int64_t, std::int64_t>> typed_years;  // #13: year -> (income, net assets) in fen
      // A separate generator for the typed content (#13), so the demo's other figures stay as they were.
      std::mt19937_64 trng(static_cast<std::uint64_t>(o.id.value) * 7919 + 13);
      auto TU = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, std::max(lo, hi))(trng); };
      bool public_fundraising = o.type == OrgType::kFoundation && TU(0, 9) < 4;
      for (int y = last_due - 4; y <= today.Year() - 1; ++y) {
        OrgFacts facts = s.Facts();
        if (DutyFor(facts, y, cfg) != ReportDuty::kRequired) continue;
        ReportDeadlines dl = DeadlinesFor(y, o.type, cfg);
        bool missing = false, late = false;
        if (o.status == OrgStatus::kRevoked && o.ended) {
          missing = dl.authority.AddYears(2) >= *o.ended;  // "连续两年未参加年度检查"
        } else if (s.zombie) {
          missing = y > last_due - zombie_years;
        } else {
          double r = Real();
          late = y >= last_due ? r >= 0.93 && r < 0.97 : r >= 0.945;
          missing = y >= last_due && r >= 0.97;
        }
        if (missing) {
          if (y <= last_due) ++rep.sup.reports_missing;
          continue;
        }
        // On time: from January of the following year up to the deadline (31 Mar for foundations).
        int early = o.type == OrgType::kFoundation ? 80 : 125;
        Date filed = late ? dl.authority.AddDays(Uniform(1, 150)) : dl.authority.AddDays(-Uniform(0, early));
        if (filed >= today) {
          if (late) ++rep.sup.reports_missing;
          continue;  // not filed (yet) as of today
        }
        bool active = !s.zombie;
        income *= 0.9 + 0.25 * Real();
        std::int64_t inc = active ? static_cast<std::int64_t>(income / 100) * 100 : 0;
        std::int64_t exp = active ? static_cast<std::int64_t>(inc * (0.85 + 0.2 * Real()) / 100) * 100 : Uniform(0, 3) * 500;
        std::int64_t net = std::max<std::int64_t>(0, o.funds + (inc - exp) * (y - o.registered.Year() + 1));
        std::int64_t assets = net + static_cast<std::int64_t>(net * 0.15 * Real());
        J fin = {{"total_assets", assets}, {"liabilities", assets - net}, {"net_assets", net},
                 {"income", {{"donations", o.type == OrgType::kFoundation ? inc * 8 / 10 : inc / 10},
                             {"services", o.type == OrgType::kSocialServiceAgency ? inc * 7 / 10 : inc / 5},
                             {"government_purchase", inc / 10},
                             {"membership_fees", o.type == OrgType::kSocialGroup ? inc / 2 : 0}}},
                 {"expenditure", exp}, {"management_costs", exp / 8}, {"salaries", exp / 4}};
        if (o.type == OrgType::kFoundation) fin["charitable_expenditure"] = exp * 8 / 10;
        J content = {{"finances", fin},
                     {"meetings", active ? Uniform(2, 8) : 0},
                     {"activities", active ? std::string(Pick(rng, kActivities)) + std::to_string(Uniform(3, 30)) + "次"
                                           : "本年度未开展活动"},
                     {"branches", o.type == OrgType::kSocialGroup && active ? Uniform(0, 3) : 0},
                     {"party_organization", Chance(0.6) ? "已建立党支部" : "联合党支部"},
                     {"disclosure", active ? "已在统一信息平台公开年度报告" : "未公开"}};
        ReportRecord r;
        r.org_id = o.id.value, r.year = y, r.filed_on = filed, r.had_activity = active;
        r.total_income = inc, r.total_expenditure = exp, r.net_assets = net, r.content = content.dump();
        r.created_at = now;
        SOCORG_TRY(std::int64_t report_id, ss::UpsertReportFiling(c, r));
        {
          // #13: the typed content (fen), consistent with the yuan figures above.
          ReportContent t;
          t.present = true;
          auto& f = t.finances;
          f.public_fundraising = public_fundraising;
          f.assets = assets * 100, f.liabilities = (assets - net) * 100, f.net_assets = net * 100;
          std::int64_t fi = inc * 100;
          f.income_donations = o.type == OrgType::kFoundation ? fi * 8 / 10 : fi / 10;
          f.income_services = o.type == OrgType::kSocialServiceAgency ? fi * 7 / 10 : fi / 5;
          f.income_government = fi / 10;
          f.income_dues = o.type == OrgType::kSocialGroup ? fi / 2 : 0;
          f.income_investment = 0;
          f.income_other = fi - *f.income_donations - *f.income_services - *f.income_government - *f.income_dues;
          if (*f.income_other < 0) f.income_donations = *f.income_donations + *f.income_other, f.income_other = 0;
          f.total_income = fi;
          std::int64_t fe = exp * 100;
          f.total_expenditure = fe;
          // Foundations mostly keep management costs under 10% (FDN art. 29); a few do not.
          f.management_costs = o.type == OrgType::kFoundation ? fe * TU(50, 106) / 1000 : fe / 8;
          f.charitable_expenditure = o.type == OrgType::kFoundation ? fe * 8 / 10 : fe * 7 / 10;
          f.staff_salaries = fe / 4;
          t.activities_count = active ? TU(3, 30) : 0;
          if (active)
            for (int k = 0; k < 2; ++k)
              t.activities.push_back({kActivities[TU(0, static_cast<int>(std::size(kActivities)) - 1)],
                                      Date::FromYmd(y, TU(1, 12), TU(1, 28)), TU(20, 500)});
          for (const auto& a : t.activities) t.beneficiaries += a.beneficiaries;
          t.beneficiaries += active ? TU(0, 2000) : 0;
          t.general_assemblies = o.type == OrgType::kSocialGroup && active ? 1 : 0;
          t.council_meetings = active ? TU(1, 4) : 0;
          t.board_meetings = active ? TU(0, 3) : 0;
          t.election_held = active && (y - o.registered.Year()) % 5 == 4;
          if (t.election_held) t.election_on = Date::FromYmd(y, TU(3, 11), TU(1, 28));
          t.branches_count = o.type == OrgType::kSocialGroup && active ? TU(0, 3) : 0;
          int party = TU(0, 9);
          t.party_org_kind = party < 5 ? "branch" : party < 8 ? "joint_branch" : "instructor";
          t.party_members = t.party_org_kind == "instructor" ? TU(0, 2) : TU(3, 12);
          t.disclosed = active;
          t.disclosure_where = active ? "全国社会组织信用信息公示平台" : "";
          SOCORG_TRY_VOID(ValidateReportContent(t, y));
          PriorYears prior;
          if (auto it = typed_years.find(y - 1); it != typed_years.end())
            prior.income_1 = it->second.first, prior.net_assets_1 = it->second.second;
          if (auto it = typed_years.find(y - 2); it != typed_years.end()) prior.income_2 = it->second.first;
          if (auto it = typed_years.find(y - 3); it != typed_years.end()) prior.income_3 = it->second.first;
          std::vector<Finding> findings = SpendingFindings(o.type, t, prior);
          ss::ContentWrite w;
          w.report_id = report_id, w.org_id = o.id.value, w.year = y, w.content = &t;
          w.spending_ratio_bp = SpendingRatioBp(o.type, t, prior);
          w.findings_json = StoredFindingsJson(findings).dump();
          w.content_json = ReportContentJson(t).dump();
          w.filed_on = filed, w.filed_by = "demo", w.now = now;
          SOCORG_TRY_VOID(ss::SaveReportContent(c, w));
          typed_years[y] = {*f.total_income, *f.net_assets};
        }
        ++rep.sup.reports;
        if (late) ++rep.sup.reports_late;
        SOCORG_TRY_VOID(Event(o.id, "annual_report_filed", filed,
                              std::to_string(y) + "年度工作报告" + (late ? "（逾期报送）" : "")));
        ReportFact fact{y, filed, ReportConclusion::kNone, std::nullopt, active};
        // The supervisory unit's preliminary opinion comes before the filing with the authority.
        Date sup_on = std::max(Date::FromYmd(y + 1, 1, 5), filed.AddDays(-Uniform(5, 25)));
        std::string opinion = Pick(rng, kOpinions);
        SOCORG_TRY_VOID(ss::SetSupervisoryOpinion(c, o.id.value, y, opinion, sup_on, now));
        SOCORG_TRY_VOID(Event(o.id, "annual_report_opinion", sup_on, opinion));
        // The authority concludes from July on; later reports a few weeks after they come in.
        Date concl = std::max(Date::FromYmd(y + 1, 7, 1), filed.AddDays(20)).AddDays(Uniform(0, 80));
        if (concl < today) {
          double q = Real();
          ReportConclusion cc = !active ? (q < 0.6 ? ReportConclusion::kBasicallyQualified : ReportConclusion::kUnqualified)
                                : q < 0.875 ? ReportConclusion::kQualified
                                : q < 0.985 ? ReportConclusion::kBasicallyQualified
                                           : ReportConclusion::kUnqualified;
          std::string reasons = cc == ReportConclusion::kQualified ? ""
                                : cc == ReportConclusion::kBasicallyQualified ? Pick(rng, kBasicReasons)
                                                                              : Pick(rng, kUnqualifiedReasons);
          SOCORG_TRY_VOID(ss::SetConclusion(c, o.id.value, y, cc, reasons, concl, now));
          SOCORG_TRY_VOID(Event(o.id, "annual_report_concluded", concl,
                                std::to_string(y) + "年度年检结论：" + std::string(LabelZh(cc)) +
                                    (reasons.empty() ? "" : "；" + reasons)));
          fact.conclusion = cc, fact.concluded_on = concl;
          ++rep.sup.concluded;
        }
        s.reports.push_back(fact);
      }
    }
    return {};
  }

  // --- §7 ratings: one provincial round a year for the last five years ---
  Status Ratings(std::vector<OrgSup>& all, const std::string& region) {
    const RulesConfig& cfg = ctx.rules;
    for (int y = today.Year() - 5; y <= today.Year() - 1; ++y) {
      Date opened = Date::FromYmd(y, 5, 10), scored = Date::FromYmd(y, 10, 15);
      Date decided = scored.AddDays(cfg.rating_notice_days + 10);
      std::string name = std::to_string(y) + "年度社会组织等级评估";
      SOCORG_TRY(std::int64_t round, ss::InsertRound(c, {0, region, y, name, opened, "demo", now}));
      SOCORG_TRY_VOID(AppendSystemAudit(c, ctx.clock, "demo", "rating_round_opened", "rating_round:" + std::to_string(round),
                                        J{{"region", region}, {"year", y}, {"name", name}}.dump()));
      for (auto& s : all) {
        const DemoOrg& o = *s.org;
        if (o.status != OrgStatus::kActive || o.type == OrgType::kCommunity || !Chance(0.08)) continue;
        OrgFacts facts = s.Facts();
        auto elig = CheckRatingEligibility(facts, scored, false, cfg);
        if (std::any_of(elig.begin(), elig.end(), [](const Finding& f) { return f.outcome == Outcome::kFail; })) continue;
        double u = Real();
        int target = u < 0.07 ? Uniform(900, 960) : u < 0.42 ? Uniform(800, 899) : u < 0.85 ? Uniform(700, 799)
                     : u < 0.97 ? Uniform(600, 699) : Uniform(520, 599);
        std::map<std::string, int> scores;
        for (const auto& g : IndicatorSet(o.type))
          scores[g.key] = std::clamp(static_cast<int>(g.max_points * (target / 1000.0 + 0.04 * (Real() - 0.5)) + 0.5), 0,
                                     g.max_points);
        SOCORG_TRY(int total, TotalScore(o.type, scores));
        int grade = GradeForScore(total, cfg);
        J ej = J::array();
        for (const auto& f : elig) ej.push_back(J::parse(FactsJson(f)));
        RatingRecord r;
        r.org_id = o.id.value, r.round_id = round, r.scores = J(scores).dump(), r.total_score = total;
        r.preliminary_grade = r.grade = grade, r.status = RatingStatus::kNotice;
        r.notice_from = scored;
        r.notice_until = scored.AddDays(cfg.rating_notice_days);
        r.eligibility = ej.dump(), r.created_by = "demo", r.created_at = r.updated_at = now;
        SOCORG_TRY(r.id, ss::InsertRating(c, r));
        SOCORG_TRY_VOID(Event(o.id, "rating_scored", scored,
                              "评估得分 " + std::to_string(total) + "，初评等级 " + std::to_string(grade) + "A，公示至 " +
                                  r.notice_until.ToString()));
        Date valid = decided.AddYears(cfg.rating_valid_years).AddDays(-1);
        std::string cert;
        if (EarnsCertificate(grade)) {
          SOCORG_TRY(std::int64_t serial, org_store::NextSerial(c, "rating_certificate"));
          cert = CertificateNumber(region, decided.Year(), serial);
        }
        SOCORG_TRY_VOID(ss::DecideRating(c, r.id, decided, valid, cert, now));
        SOCORG_TRY_VOID(Event(o.id, "rating_decided", decided,
                              "评估等级 " + std::to_string(grade) + "A，有效期至 " + valid.ToString()));
        s.rating = RatingFact{r.id, grade, decided, valid, false, 0};
        ++rep.sup.ratings;
      }
    }
    return {};
  }

  // --- §9 last year's random inspection by an authority (the organizations it registered itself) ---
  Status Inspection(std::vector<OrgSup>& all, const std::string& region) {
    const RulesConfig& cfg = ctx.rules;
    int y = today.Year() - 1;
    Date drawn_on = Date::FromYmd(y, 4, 15);
    std::map<std::string, OrgSup*> by_uscc;
    for (auto& s : all)
      if (!s.org->uscc.empty()) by_uscc[s.org->uscc] = &s;
    SOCORG_TRY(auto pop, ss::Population(c, region));
    std::vector<std::string> usccs;
    std::map<std::string, std::int64_t> id_of;
    for (auto& [id, u] : pop)
      if (auto it = by_uscc.find(u); it != by_uscc.end() && it->second->org->registered < drawn_on)
        usccs.push_back(u), id_of[u] = id;
    if (usccs.empty()) return {};
    std::vector<DrawInspector> roster;
    J roster_j = J::array();
    for (int i = 0; i < 4; ++i) {
      std::string name = std::string(Pick(rng, kSurnameShort)) + kInspectorNames[i % std::size(kInspectorNames)];
      std::string cert = "JC-" + region + "-" + std::to_string(101 + i);
      SOCORG_TRY(std::int64_t id, ss::InsertInspector(c, region, name, cert, now));
      roster.push_back({std::to_string(id), name});
      roster_j.push_back({{"id", std::to_string(id)}, {"name", name}});
    }
    int permille = std::max(100, MinPermille(LevelOfRegion(region), cfg));
    std::string seed = "socorg-demo-" + region + "-" + std::to_string(y);
    SOCORG_TRY(DrawResult draw, Draw(usccs, roster, {}, seed, permille, cfg.inspection_min_inspectors));
    PlanRecord plan;
    plan.region_code = region, plan.year = y, plan.permille = permille, plan.inspectors_per_org = cfg.inspection_min_inspectors;
    plan.seed = seed, plan.algorithm = draw.algorithm, plan.population_digest = draw.population_digest;
    plan.population_size = static_cast<std::int64_t>(draw.population_size);
    plan.drawn_count = static_cast<std::int64_t>(draw.drawn.size());
    plan.roster = roster_j.dump(), plan.conflicts = "[]", plan.drawn_on = drawn_on;
    plan.created_by = "demo", plan.created_at = now;
    SOCORG_TRY(plan.id, ss::InsertPlan(c, plan));
    SOCORG_TRY_VOID(ss::InsertPopulation(c, plan.id, usccs));
    for (size_t i = 0; i < draw.drawn.size(); ++i) {
      const auto& d = draw.drawn[i];
      PlanItemRecord item;
      item.plan_id = plan.id, item.org_id = id_of[d.uscc], item.uscc = d.uscc, item.rank = static_cast<int>(i + 1);
      item.draw_key = d.key, item.inspectors = J(d.inspectors).dump();
      SOCORG_TRY_VOID(ss::InsertItem(c, item));
    }
    SOCORG_TRY_VOID(AppendSystemAudit(c, ctx.clock, "demo", "inspection_drawn", "inspection_plan:" + std::to_string(plan.id),
                                      J{{"region", region}, {"seed", seed}, {"permille", permille},
                                        {"population", draw.population_size}, {"drawn", draw.drawn.size()},
                                        {"population_digest", draw.population_digest}}.dump()));
    SOCORG_TRY(auto items, ss::PlanItems(c, plan.id));
    for (const auto& item : items) {
      OrgSup& s = *by_uscc[item.uscc];
      Date on = Date::FromYmd(y, 6, 1).AddDays(Uniform(0, 150));
      double r = Real();
      InspectionResult result = r < 0.7   ? InspectionResult::kNoProblem
                                : r < 0.9 ? InspectionResult::kProblemsFound
                                          : InspectionResult::kRectificationOrdered;
      std::string note = result == InspectionResult::kNoProblem      ? ""
                         : result == InspectionResult::kProblemsFound ? "信息公开不完整，已当场指出"
                                                                      : Pick(rng, kRectContents);
      std::optional<std::int64_t> rect;
      if (result == InspectionResult::kRectificationOrdered) {
        SOCORG_TRY(rect, MakeRectification(s, on, on.AddDays(60), note, "inspection_item:" + std::to_string(item.id), 0.85));
      }
      SOCORG_TRY_VOID(ss::SetItemResult(c, item.id, result, note, on, rect));
      SOCORG_TRY_VOID(Event(s.org->id, "inspection_result", on,
                            std::string(ToString(result)) + (note.empty() ? "" : "：" + note)));
      ++rep.sup.inspected;
    }
    return {};
  }

  Result<std::int64_t> MakeRectification(OrgSup& s, Date issued, Date deadline, const std::string& content,
                                         const std::string& source, double p_completed) {
    RectificationRecord r{0, s.org->id.value, issued, deadline, std::nullopt, content, source, "demo", now};
    SOCORG_TRY(r.id, ss::InsertRectification(c, r));
    ++rep.sup.rectifications;
    SOCORG_TRY_VOID(Event(s.org->id, "rectification_ordered", issued, content));
    Date done = issued.AddDays(Uniform(7, issued.DaysUntil(deadline)));
    if (Chance(p_completed) && done < today) {
      SOCORG_TRY_VOID(ss::CompleteRectification(c, r.id, done));
      SOCORG_TRY_VOID(Event(s.org->id, "rectification_completed", done, "整改完成（经核实）"));
    }
    return r.id;
  }

  Status Rectifications(std::vector<OrgSup>& all) {
    for (auto& s : all) {
      if (s.org->status != OrgStatus::kActive || s.org->type == OrgType::kCommunity || !Chance(0.02)) continue;
      Date issued = today.AddDays(-Uniform(20, 540));
      if (issued < s.org->registered.AddDays(90)) continue;
      static constexpr int kDays[] = {30, 60, 90};
      Date deadline = issued.AddDays(kDays[Uniform(0, 2)]);
      SOCORG_TRY_VOID(MakeRectification(s, issued, deadline, Pick(rng, kRectContents), "daily_supervision", 0.7));
    }
    return {};
  }

  // --- §12 two public complaints and one illegal-organization case under investigation ---
  Status Complaints(const std::vector<std::string>& counties) {
    std::string county;
    for (const auto& k : counties)
      if (LevelOfRegion(k) == RegionLevel::kCounty && k != "152502") {
        county = k;
        break;
      }
    if (county.empty()) return {};
    const Division* d = ctx.divisions->Find(county);
    const Division* p = d ? ctx.divisions->Find(d->parent) : nullptr;
    std::string place = (p ? p->name : "") + (d ? d->name : "");
    ComplaintRecord c1;
    c1.received_on = today.AddDays(-21), c1.target_name = place + "国学文化研究院";
    c1.target_address = place + "某商务楼5层", c1.act_region = county;
    c1.content = "未经登记以“研究院”名义举办国学培训班，向家长收取学费和会员费";
    c1.reporter_name = "匿名", c1.created_at = now;
    SOCORG_TRY(c1.id, ss::InsertComplaint(c, c1));
    ComplaintRecord c2;
    c2.received_on = today.AddDays(-6), c2.target_name = place + "老年健康养生协会";
    c2.target_address = place + "某小区底商", c2.act_region = county;
    c2.content = "以协会名义组织老年人参加保健品推介会，查询不到登记信息", c2.reporter_name = "李女士";
    c2.reporter_contact = "13847100000", c2.created_at = now;
    SOCORG_TRY(c2.id, ss::InsertComplaint(c, c2));
    for (const auto* cp : {&c1, &c2})
      SOCORG_TRY_VOID(AppendSystemAudit(c, ctx.clock, "demo", "complaint_received", "complaint:" + std::to_string(cp->id),
                                        J{{"target_name", cp->target_name}, {"act_region", cp->act_region}}.dump()));
    rep.sup.complaints = 2;

    auto handling = HandlingAuthority({county}, std::nullopt);
    if (!handling) return {};
    Finding target = CheckTarget(IllegalTarget::kUnregistered, std::nullopt);
    std::vector<CaseOfficer> officers = {{"赵建国", "NM-ZF-0132"}, {"其木格", "NM-ZF-0147"}};
    Finding inv = CheckInvestigators(officers, ctx.rules);
    Finding approval = CheckFilingApproval("demo", "demo-approver", *handling, *handling);
    SOCORG_TRY(CaseStatus filed, NextCaseStatus(CaseStatus::kProposed, CaseStep::kFile));
    SOCORG_TRY(CaseStatus next, NextCaseStatus(filed, CaseStep::kInvestigate));
    CaseRecord k;
    k.target_name = c1.target_name, k.target_class = IllegalTarget::kUnregistered;
    k.act_regions = J::array({county}).dump(), k.handling_region = *handling, k.status = next;
    k.opened_on = today.AddDays(-14), k.complaint_id = c1.id;
    k.findings =
        J::array({J::parse(FactsJson(target)), J::parse(FactsJson(approval)), J::parse(FactsJson(inv))}).dump();
    k.created_by = "demo", k.created_at = k.updated_at = now;
    SOCORG_TRY(k.id, ss::InsertCase(c, k));
    SOCORG_TRY_VOID(ss::LinkComplaint(c, c1.id, k.id));
    SOCORG_TRY_VOID(
        ss::InsertCaseStep(c, {0, k.id, CaseStep::kPropose, k.opened_on, "[]", "提请立案", "demo", now}));
    SOCORG_TRY_VOID(ss::InsertCaseStep(c, {0, k.id, CaseStep::kFile, k.opened_on.AddDays(1), "[]",
                                           "经审查符合立案条件，批准立案", "demo-approver", now}));
    J off = J::array();
    for (const auto& o : officers) off.push_back({{"name", o.name}, {"certificate_no", o.certificate_no}});
    SOCORG_TRY_VOID(ss::InsertCaseStep(c, {0, k.id, CaseStep::kInvestigate, today.AddDays(-7), off.dump(),
                                           "现场检查培训场所，询问负责人，调取收费凭证", "demo", now}));
    SOCORG_TRY_VOID(AppendSystemAudit(c, ctx.clock, "demo", "illegal_case_opened", "illegal_case:" + std::to_string(k.id),
                                      J{{"target_name", k.target_name}, {"target_class", ToString(k.target_class)},
                                        {"handling", *handling}}.dump()));
    rep.sup.cases = 1;
    return {};
  }
};

}  // namespace

Status GenerateSupervisionHistory(AppContext& ctx, Connection& c, const DemoOptions& opt,
                                  const std::vector<DemoOrg>& orgs, const std::vector<std::string>& authorities,
                                  const std::vector<std::string>& counties, DemoReport& rep) {
  Gen g{ctx, c, rep, std::mt19937_64(opt.seed ^ 0x5375706572766973ULL), ctx.clock.Today(), ctx.clock.Now(), {}};
  std::vector<OrgSup> all;
  all.reserve(orgs.size());
  for (const auto& o : orgs) all.push_back(OrgSup{&o});
  SOCORG_TRY_VOID(g.Penalties(all));
  SOCORG_TRY_VOID(g.Reports(all));
  SOCORG_TRY_VOID(g.Ratings(all, opt.region));
  SOCORG_TRY_VOID(g.Rectifications(all));
  for (const auto& a : authorities) SOCORG_TRY_VOID(g.Inspection(all, a));
  return g.Complaints(counties);
}

}  // namespace socorg
