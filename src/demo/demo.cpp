#include "demo/demo.h"

#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "app/audit_log.h"
#include "demo/party_history.h"
#include "demo/supervision_history.h"
#include "app/supervision/jobs.h"
#include "support/text_normalizer.h"
#include "domain/region.h"
#include "domain/uscc.h"
#include "store/event_store.h"
#include "store/org_store.h"

namespace socorg {
namespace {

using J = nlohmann::json;

const char* const kIndustries[] = {"餐饮", "旅游", "物流", "乳业", "羊绒", "马术", "摄影", "书法", "老年体育", "慈善",
                                   "社会工作", "志愿者", "律师", "注册会计师", "养殖", "种植", "民族文化", "长调艺术",
                                   "那达慕", "足球", "篮球", "科技", "企业家", "青年创业", "电子商务", "围棋", "诗词",
                                   "心理咨询", "环境保护", "医师", "护理", "家庭教育", "中医药", "非遗保护", "畜牧兽医",
                                   "草原生态", "光伏新能源", "稀土", "汽车维修", "建筑装饰", "物业管理", "退役军人"};
const char* const kGroupSuffix[] = {"协会", "商会", "学会", "研究会", "联合会", "促进会"};
const char* const kAgencyWords[] = {"爱心", "阳光", "益民", "安康", "草原", "晨曦", "和美", "德馨", "春晖", "启明",
                                    "同心", "乐龄", "向日葵", "彩虹", "雏鹰", "仁和", "善行", "暖心", "北疆", "金色"};
const char* const kAgencySuffix[] = {"社会工作服务中心", "养老服务中心", "幼儿园", "职业技能培训学校", "康复中心",
                                     "文化艺术培训学校", "社区服务中心", "青少年活动中心", "残疾人托养中心", "公益服务中心"};
const char* const kFoundationWords[] = {"慈善", "教育发展", "青少年发展", "见义勇为", "乡村振兴", "生态保护", "助学",
                                        "老龄事业发展", "文化发展", "红十字"};
const char* const kCommunityWords[] = {"幸福", "和谐", "团结", "新华", "民族", "光明", "建设", "友谊", "文化", "阳光"};
const char* const kCommunitySuffix[] = {"社区志愿服务队", "社区文艺队", "邻里互助会", "社区调解队", "社区老年协会",
                                        "社区读书会", "社区健身队", "嘎查牧民合作互助会"};
const char* const kUnits[] = {"民政局", "教育局", "文化旅游局", "卫生健康委员会", "科学技术协会", "工商业联合会", "农牧局"};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
                                 "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于",
                                 "董", "萧", "包", "乌", "白", "敖", "额尔敦", "巴图", "其木格", "那仁"};
const char* const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
                              "涛", "明", "超", "秀英", "桂英", "建华", "志强", "海涛", "晓燕", "宝音", "巴特尔",
                              "乌云", "苏和", "斯琴", "格日勒", "图雅", "朝鲁", "萨仁"};

template <typename T, size_t N>
const char* Pick(std::mt19937_64& rng, const T (&arr)[N]) {
  return arr[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

}  // namespace

std::string MakeResidentId(const std::string& area6, Date birth, int seq3) {
  char seq[8];
  std::snprintf(seq, sizeof seq, "%03d", seq3 % 1000);
  std::string d = birth.ToString();
  std::string s = area6 + d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2) + seq;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (s[i] - '0') * kWeights[i];
  return s + "10X98765432"[sum % 11];
}

Result<DemoReport> GenerateDemo(AppContext& ctx, const DemoOptions& opt) {
  if (!IsRegionCodeShape(opt.region) || !ctx.divisions->Contains(opt.region))
    return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码无效", "unknown region code", "region");
  if (opt.orgs < 1 || opt.orgs > 100000)
    return Fail(ErrorKind::kInvalid, "invalid_count", "组织数量应在1到100000之间", "--orgs must be 1-100000", "orgs");
  std::mt19937_64 rng(opt.seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };

  // Authorities: the region itself, its cities/leagues and their counties/banners.
  std::vector<std::string> cities, counties;
  for (auto* c : ctx.divisions->Children(opt.region)) {
    cities.push_back(c->code);
    for (auto* k : ctx.divisions->Children(c->code)) counties.push_back(k->code);
  }
  if (LevelOfRegion(opt.region) == RegionLevel::kCity) counties = cities, cities = {opt.region};
  if (counties.empty()) counties = {opt.region};
  if (cities.empty()) cities = {opt.region};

  Date today = ctx.clock.Today();
  std::string now = ctx.clock.Now();
  DemoReport rep;
  std::set<std::string> names;
  std::vector<DemoOrg> registered;
  registered.reserve(opt.orgs);
  {  // one transaction; the connection goes back to the pool before the jobs run
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  auto event = [&](OrgId id, const char* action, Date on, const std::string& actor, const std::string& reason,
                   const nlohmann::json& changes) -> Status {
    ++rep.events;
    SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, id, action, on.ToString(), now, actor, reason, changes.dump()}));
    return {};
  };

  for (int i = 0; i < opt.orgs; ++i) {
    double lv = std::uniform_real_distribution<double>(0, 1)(rng);
    std::string region = lv < 0.06 ? opt.region : lv < 0.30 ? cities[uniform(0, cities.size() - 1)]
                                                            : counties[uniform(0, counties.size() - 1)];
    const Division* div = ctx.divisions->Find(region);
    std::string place = div ? div->name : "";
    if (place == "市辖区" && div) place = ctx.divisions->Find(div->parent) ? ctx.divisions->Find(div->parent)->name : place;
    double tp = std::uniform_real_distribution<double>(0, 1)(rng);
    OrgType type = tp < 0.36 ? OrgType::kSocialGroup : tp < 0.80 ? OrgType::kSocialServiceAgency
                   : tp < 0.84 ? OrgType::kFoundation : OrgType::kCommunity;
    if (type == OrgType::kCommunity && LevelOfRegion(region) != RegionLevel::kCounty)
      type = OrgType::kSocialServiceAgency;  // community organizations are filed at the township/county
    std::string name;
    for (int attempt = 0; attempt < 20; ++attempt) {
      switch (type) {
        case OrgType::kSocialGroup: name = place + Pick(rng, kIndustries) + Pick(rng, kGroupSuffix); break;
        case OrgType::kSocialServiceAgency: name = place + Pick(rng, kAgencyWords) + Pick(rng, kAgencySuffix); break;
        case OrgType::kFoundation: name = place + Pick(rng, kFoundationWords) + "基金会"; break;
        case OrgType::kCommunity:
          name = place + Pick(rng, kCommunityWords) + Pick(rng, kCommunitySuffix);
          break;
      }
      if (names.insert(name).second) break;
      name.clear();
    }
    if (name.empty()) continue;

    OrgRecord o;
    o.name = name;
    o.name_norm = NormalizeText(name);
    o.type = type;
    RegionLevel rl = LevelOfRegion(region);
    o.level = rl == RegionLevel::kProvince ? OrgLevel::kProvincial
              : rl == RegionLevel::kCity   ? OrgLevel::kMunicipal
                                           : OrgLevel::kCounty;
    o.region_code = region;
    o.supervisory_unit = type == OrgType::kCommunity ? "" : place + Pick(rng, kUnits);
    std::string rep_name = std::string(Pick(rng, kSurnames)) + Pick(rng, kGiven);
    o.legal_rep = rep_name;
    o.address = place + Pick(rng, kCommunityWords) + "路" + std::to_string(uniform(1, 300)) + "号";
    o.business_scope = type == OrgType::kSocialGroup ? "行业服务、业务培训、交流合作、咨询服务"
                       : type == OrgType::kFoundation ? "资助公益慈善项目、开展救助活动"
                       : type == OrgType::kCommunity  ? "开展社区志愿服务和居民互助活动"
                                                      : "为社会提供专业服务";
    o.funds = type == OrgType::kFoundation ? uniform(200, 1200) * 10000LL : uniform(3, 200) * 10000LL;
    Date applied = today.AddDays(-uniform(20, 8 * 365));
    bool in_progress = chance(0.03) && type != OrgType::kCommunity;
    o.created_at = o.updated_at = now;
    if (in_progress) {
      applied = today.AddDays(-uniform(1, 40));
      const OrgStatus st[] = {OrgStatus::kApplied, OrgStatus::kConsented, OrgStatus::kUnderReview};
      o.status = st[uniform(0, 2)];
      o.application = nlohmann::json{{"applied_on", applied.ToString()}, {"individual_members", uniform(30, 200)}}.dump();
      SOCORG_TRY(o.id, org_store::Insert(*conn, o));
      SOCORG_TRY_VOID(event(o.id, "apply", applied, "demo", "", J{{"name", {nullptr, o.name}}, {"status", {nullptr, "applied"}}}));
      ++rep.orgs;
      continue;
    }
    Date approved = type == OrgType::kCommunity ? applied : applied.AddDays(uniform(5, 55));
    if (approved > today) approved = today;
    SOCORG_TRY(std::int64_t serial, org_store::NextSerial(*conn, "uscc"));
    o.uscc = IssueUscc(type, region, static_cast<std::uint64_t>(serial));
    o.status = OrgStatus::kActive;
    o.registered_on = approved.ToString();
    o.certificate_no = "民证字第" + region + std::to_string(approved.Year()) + std::to_string(serial) + "号";
    o.term_start = approved.ToString();
    o.term_end = approved.AddYears(ctx.rules.term_years).ToString();
    o.application = nlohmann::json{{"applied_on", applied.ToString()}, {"decided_on", approved.ToString()}}.dump();
    // Later facts, decided now so the final row is written once; events carry the history.
    std::optional<Date> changed, elected, postponed, ended;
    std::string old_address = o.address, old_rep = o.legal_rep;
    if (chance(0.2) && approved.AddDays(60) < today) changed = approved.AddDays(uniform(30, std::max(31, approved.DaysUntil(today) - 1)));
    Date term_end = *Date::Parse(*o.term_end);
    if (term_end < today) {
      double r = std::uniform_real_distribution<double>(0, 1)(rng);
      if (r < 0.6) elected = term_end.AddDays(-uniform(0, 60));
      else if (r < 0.75) postponed = term_end.AddMonths(uniform(3, 12));
    }
    double end_r = std::uniform_real_distribution<double>(0, 1)(rng);
    std::string end_action;
    if (end_r < 0.05 && approved.AddDays(400) < today) {
      end_action = end_r < 0.02 ? "revoke" : "deregister";
      ended = approved.AddDays(uniform(370, std::max(371, approved.DaysUntil(today) - 1)));
      o.status = end_action == "revoke" ? OrgStatus::kRevoked : OrgStatus::kDeregistered;
      o.ended_on = ended->ToString();
    }
    if (changed && (!ended || *changed < *ended)) {
      o.address = place + Pick(rng, kCommunityWords) + "街" + std::to_string(uniform(1, 300)) + "号";
    } else {
      changed.reset();
    }
    if (elected && (!ended || *elected < *ended)) {
      o.term_start = elected->ToString();
      o.term_end = elected->AddYears(ctx.rules.term_years).ToString();
    } else {
      elected.reset();
    }
    if (postponed && !ended) o.postponed_until = postponed->ToString();
    else postponed.reset();

    SOCORG_TRY(o.id, org_store::Insert(*conn, o));
    ++rep.orgs;
    registered.push_back(DemoOrg{o.id, *o.uscc, o.name, region, type, o.status, approved, ended,
                                 Date::Parse(*o.term_end), postponed, o.funds});
    if (type == OrgType::kCommunity) {
      SOCORG_TRY_VOID(event(o.id, "file_community", approved, "demo", "",
                            J{{"uscc", {nullptr, *o.uscc}}, {"name", {nullptr, o.name}}, {"status", {nullptr, "active"}}}));
    } else {
      SOCORG_TRY_VOID(event(o.id, "apply", applied, "demo", "", J{{"name", {nullptr, o.name}}, {"status", {nullptr, "applied"}}}));
      SOCORG_TRY_VOID(event(o.id, "consent", applied.AddDays(1), "demo", "", J{{"status", {"applied", "consented"}}}));
      SOCORG_TRY_VOID(event(o.id, "accept", applied.AddDays(2), "demo", "", J{{"status", {"consented", "under_review"}}}));
      SOCORG_TRY_VOID(event(o.id, "approve", approved, "demo", "",
                            J{{"uscc", {nullptr, *o.uscc}}, {"status", {"under_review", "active"}},
                             {"registered_on", {nullptr, *o.registered_on}},
                             {"term_start", {nullptr, approved.ToString()}},
                             {"term_end", {nullptr, approved.AddYears(ctx.rules.term_years).ToString()}}}));
    }
    if (changed)
      SOCORG_TRY_VOID(event(o.id, "change", *changed, "demo", "住所迁移", J{{"address", {old_address, o.address}}}));
    if (elected)
      SOCORG_TRY_VOID(event(o.id, "file_election", *elected, "demo", "",
                            J{{"term_start", {approved.ToString(), *o.term_start}},
                             {"term_end", {approved.AddYears(ctx.rules.term_years).ToString(), *o.term_end}}}));
    if (postponed)
      SOCORG_TRY_VOID(event(o.id, "approve_postponement", term_end.AddDays(-20), "demo", "疫情影响延期换届",
                            J{{"postponed_until", {nullptr, *o.postponed_until}}}));
    if (ended)
      SOCORG_TRY_VOID(event(o.id, end_action.c_str(), *ended, "demo",
                            end_action == "revoke" ? "连续两年未参加年度检查" : "完成清算，自行解散",
                            J{{"status", {"active", o.status}}, {"ended_on", {nullptr, *o.ended_on}}}));
    // Responsible persons: legal representative (also chair for groups), secretary general.
    std::string area = counties[uniform(0, counties.size() - 1)];
    Date birth = Date::FromYmd(uniform(1956, 1992), uniform(1, 12), uniform(1, 28));
    std::string rid = MakeResidentId(area, birth, uniform(0, 999));
    std::vector<PersonRole> roles = {PersonRole::kLegalRep};
    if (type == OrgType::kSocialGroup) roles.push_back(PersonRole::kChair);
    for (PersonRole role : roles) {
      SOCORG_TRY_VOID(event_store::InsertPerson(*conn, PersonRecord{0, o.id, rep_name, rid, role,
                                                                    "13" + std::to_string(uniform(100000000, 999999999)),
                                                                    place + "某小区" + std::to_string(uniform(1, 30)) + "号楼",
                                                                    *o.term_start, o.term_end, 1, true, now}));
      ++rep.persons;
    }
    std::string sg = std::string(Pick(rng, kSurnames)) + Pick(rng, kGiven);
    Date sg_birth = Date::FromYmd(uniform(1965, 1998), uniform(1, 12), uniform(1, 28));
    SOCORG_TRY_VOID(event_store::InsertPerson(*conn, PersonRecord{0, o.id, sg, MakeResidentId(area, sg_birth, uniform(0, 999)),
                                                                  PersonRole::kSecretaryGeneral, "", "", *o.term_start, o.term_end,
                                                                  1, true, now}));
    ++rep.persons;
  }
  if (opt.supervision) {
    std::vector<std::string> authorities = {opt.region};
    for (const auto& c : cities)
      if (c != opt.region) authorities.push_back(c);
    SOCORG_TRY_VOID(GenerateSupervisionHistory(ctx, *conn, opt, registered, authorities, counties, rep));
  }
  // Before the jobs run below, so that anomaly ② from party data is decided with the rest.
  if (opt.party) SOCORG_TRY_VOID(GeneratePartyHistory(ctx, *conn, opt, registered, rep));
  const DemoSupervisionReport& sr = rep.sup;
  SOCORG_TRY_VOID(AppendSystemAudit(
      *conn, ctx.clock, "demo", "demo.generate", "region:" + opt.region,
      nlohmann::json{{"orgs", rep.orgs}, {"seed", opt.seed}, {"events", rep.events}, {"supervision", opt.supervision},
                     {"annual_reports", sr.reports}, {"annual_reports_late", sr.reports_late},
                     {"annual_reports_missing", sr.reports_missing}, {"conclusions", sr.concluded},
                     {"ratings", sr.ratings}, {"penalties", sr.penalties}, {"rectifications", sr.rectifications},
                     {"inspected", sr.inspected}, {"complaints", sr.complaints}, {"cases", sr.cases},
                     {"party_filings", rep.party.filings}, {"party_decisions", rep.party.decisions}}
          .dump()));
  SOCORG_TRY_VOID(tx.Commit());
  }
  if (opt.supervision) {
    // The lists and flags follow from the facts: the daily jobs, run once as of today (idempotent).
    SOCORG_TRY(auto jobs, supervision::RunJobs(ctx, today, {supervision::JobKind::kCredit, supervision::JobKind::kZombie,
                                                           supervision::JobKind::kElections, supervision::JobKind::kRatings},
                                               "demo"));
    for (const auto& j : jobs.jobs) {
      std::int64_t& n = j.job == "credit" ? rep.sup.listings : j.job == "ratings" ? rep.sup.rating_changes : rep.sup.flags;
      n += j.inserted;
    }
  }
  return rep;
}

}  // namespace socorg
