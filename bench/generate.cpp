// socorg_bench_generate: a national-scale register for benchmarks (issue #2, item 11).
//
// Deterministic for a seed. Organizations are spread over every province, city and county of the division
// table with realistic names, types, levels and statuses; every code is a valid USCC issued with
// IssueUscc() whose category and region agree with the row, so `socorg import` accepts the CSV.
//
//   --csv FILE      the import format: uscc,name,type,level,region_code,registered_on,legal_rep,address,
//                   business_scope,supervisory_unit,status
//   --db sqlite:F   a ready database (migrated) with the same organizations plus responsible persons and
//                   their history events (founding steps, changes, elections, postponements, endings);
//                   or --db postgres://... : an empty PostgreSQL database (same rows for the same seed)
//   --queries FILE  2-character queries drawn from the names: "query<TAB>matching names<TAB>class"
//   --usccs FILE    a random sample of codes of public organizations (one per line) for wrk
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/app_context.h"
#include "demo/demo.h"
#include "support/text_normalizer.h"
#include "domain/date.h"
#include "domain/region.h"
#include "domain/search_text.h"
#include "domain/uscc.h"
#include "store/db.h"
#include "store/event_store.h"
#include "store/migrations.h"
#include "store/org_store.h"

namespace socorg {
namespace {

using J = nlohmann::json;

// ---- vocabulary -------------------------------------------------------------------------------------
const std::vector<std::string> kIndustries = {
    "餐饮", "旅游", "物流", "乳业", "羊绒", "马术", "摄影", "书法", "美术", "音乐", "舞蹈", "戏剧", "曲艺", "杂技",
    "老年体育", "慈善", "社会工作", "志愿者", "律师", "注册会计师", "资产评估", "税务师", "养殖", "种植", "蔬菜",
    "水果", "茶叶", "中药材", "花卉", "民族文化", "足球", "篮球", "排球", "乒乓球", "羽毛球", "网球", "游泳", "田径",
    "武术", "太极拳", "围棋", "象棋", "桥牌", "科技", "企业家", "青年创业", "电子商务", "互联网", "软件", "人工智能",
    "大数据", "诗词", "作家", "楹联", "收藏", "心理咨询", "环境保护", "医师", "护理", "药学", "医院", "家庭教育",
    "中医药", "非遗保护", "畜牧兽医", "草原生态", "光伏新能源", "风电", "煤炭", "钢铁", "有色金属", "稀土",
    "汽车维修", "汽车流通", "建筑装饰", "建筑业", "勘察设计", "工程造价", "房地产", "物业管理", "家政服务",
    "退役军人", "水产", "林业", "木材", "家具", "纺织", "服装", "皮革", "印刷", "包装", "食品", "酒业", "烹饪",
    "美容美发", "保健", "养老服务", "托育服务", "残疾人康复", "计算机", "通信", "电力", "水利", "交通运输",
    "出租汽车", "道路运输", "快递", "商贸", "连锁经营", "超市", "个体劳动者", "私营企业", "民营经济", "外商投资",
    "会计", "审计", "统计", "档案", "地方志", "历史", "考古", "博物馆", "图书馆", "教育", "职业教育", "民办教育",
    "幼儿教育", "高等教育", "翻译", "新闻", "广告", "出版", "动漫", "电影", "电视艺术", "民间文艺", "收藏家",
    "钓鱼", "登山", "自行车", "马拉松", "健身气功", "老年大学", "关心下一代", "见义勇为", "红十字", "消费者",
    "质量", "标准化", "计量", "安全生产", "消防", "应急救援", "地质", "测绘", "气象", "地震", "土壤肥料", "农机",
    "种子", "乡村振兴", "农民专业合作", "供销", "粮食", "盐业", "烟草", "医疗器械", "健康管理", "营养",
    "口腔医学", "眼科", "体育舞蹈", "台球", "冰雪运动", "汽车摩托车运动", "航空运动", "无线电"};
const std::vector<std::string> kModifiers = {"青年", "女", "老年", "少数民族", "民营", "归国华侨", "退休",
                                             "大学生", "职工", "个体", "农村", "城市", "社区", "校园", "少儿"};
const std::vector<std::string> kGroupSuffix = {"协会", "协会", "协会", "商会", "学会", "研究会", "联合会", "促进会",
                                               "同业公会", "联谊会"};
const std::vector<std::string> kAgencyWords = {
    "爱心", "阳光", "益民", "安康", "晨曦", "和美", "德馨", "春晖", "启明", "同心", "乐龄", "向日葵", "彩虹", "雏鹰",
    "仁和", "善行", "暖心", "金色", "蓝天", "绿洲", "明德", "博雅", "慧谷", "星火", "朝阳", "育才", "贝贝", "小天使",
    "康乐", "福寿", "颐年", "夕阳红", "长青", "松柏", "银龄", "惠民", "便民", "亲邻", "邻里", "和睦", "新航", "远航",
    "启航", "展翅", "希望", "梦想", "未来", "智慧", "知行", "致远", "弘毅", "厚德", "文华", "书香", "墨香", "童心",
    "童趣", "快乐", "欢乐", "开心", "馨怡", "恒爱", "大爱", "博爱", "仁爱", "友爱", "众合", "汇智", "聚力", "同行",
    "携手", "守望", "协力", "映山红", "木棉", "格桑花", "雪莲", "胡杨", "茉莉", "兰亭", "梧桐", "银杏", "海棠"};
const std::vector<std::string> kAgencySuffix = {
    "社会工作服务中心", "社会工作服务中心", "养老服务中心", "养老院", "敬老院", "幼儿园", "幼儿园", "幼儿园",
    "职业技能培训学校", "康复中心", "文化艺术培训学校", "社区服务中心", "青少年活动中心", "残疾人托养中心",
    "公益服务中心", "托育中心", "心理咨询服务中心", "志愿服务中心", "培训中心", "民办学校", "医院", "门诊部",
    "体育俱乐部", "研究院", "调解中心", "法律服务中心", "儿童福利服务中心", "助残服务中心", "居家养老服务中心",
    "驾驶员培训学校"};
const std::vector<std::string> kFoundationWords = {
    "慈善", "教育发展", "青少年发展", "见义勇为", "乡村振兴", "生态保护", "助学", "老龄事业发展", "文化发展", "红十字",
    "扶贫", "儿童关爱", "妇女发展", "残疾人福利", "医疗救助", "科技创新", "体育发展", "环境保护", "文物保护",
    "人才发展", "法律援助", "公益", "社会福利", "爱心", "教育", "阳光", "光彩事业", "侨爱", "志愿服务", "健康"};
const std::vector<std::string> kCommunityWords = {"幸福", "和谐", "团结", "新华", "民族", "光明", "建设", "友谊",
                                                  "文化", "阳光", "胜利", "解放", "人民", "东风", "红星", "向阳",
                                                  "新村", "花园", "滨河", "中心", "北苑", "南苑", "东城", "西城"};
const std::vector<std::string> kCommunitySuffix = {"社区志愿服务队", "社区文艺队", "邻里互助会", "社区调解队",
                                                   "社区老年协会", "社区读书会", "社区健身队", "社区书画社",
                                                   "社区合唱团", "社区巡逻队", "社区环保志愿队", "村民互助会"};
const std::vector<std::string> kUnits = {"民政局", "教育局", "文化和旅游局", "卫生健康委员会", "科学技术协会",
                                         "工商业联合会", "农业农村局", "体育局", "人力资源和社会保障局",
                                         "商务局", "住房和城乡建设局", "文学艺术界联合会", "总工会", "共青团委员会",
                                         "妇女联合会", "残疾人联合会", "退役军人事务局", "市场监督管理局"};
const std::vector<std::string> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾",
    "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪",
    "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛",
    "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "黎", "易", "常", "武",
    "乔", "贺", "赖", "龚", "文", "欧阳", "司马", "包", "乌", "敖", "阿", "买买提", "扎西", "巴图"};
const std::vector<std::string> kGiven = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
    "桂英", "建华", "志强", "海涛", "晓燕", "宝音", "巴特尔", "乌云", "苏和", "斯琴", "格日勒", "图雅", "朝鲁",
    "萨仁", "建国", "建军", "国强", "玉兰", "秀兰", "淑珍", "丽娟", "红梅", "海燕", "小红", "春梅", "志刚", "文华",
    "永刚", "振华", "晓东", "晓明", "立新", "卫东", "德明", "宏伟", "鹏", "辉", "刚", "平", "波", "斌", "宇",
    "浩", "凯", "健", "俊", "帆", "欣怡", "梓涵", "子轩", "浩然", "雨萱", "思远", "一鸣", "嘉怡", "佳琪"};
const std::vector<std::string> kRoads = {"人民路", "解放路", "建设路", "中山路", "和平路", "胜利街", "新华街",
                                         "文化路", "长江路", "黄河路", "朝阳路", "光明街", "团结路", "友谊路",
                                         "东风路", "青年路", "府前街", "迎宾大道", "滨江路", "幸福大街"};

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t Next() {  // splitmix64: same sequence on every platform
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Int(int lo, int hi) { return lo + static_cast<int>(Next() % static_cast<std::uint64_t>(hi - lo + 1)); }
  double Real() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }
  bool Chance(double p) { return Real() < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Next() % v.size()];
  }

 private:
  std::uint64_t s_;
};

struct GenOrg {
  std::string uscc, name, type, level, region, registered_on, legal_rep, address, business_scope,
      supervisory_unit, status, ended_on, place;
  OrgType t = OrgType::kSocialGroup;
  Date reg;
};

class Generator {
 public:
  Generator(const Divisions& d, std::uint64_t seed, Date today) : div_(d), rng_(seed), today_(today) {
    for (const Division& x : d.All()) {
      switch (LevelOfRegion(x.code)) {
        case RegionLevel::kProvince: provinces_.push_back(x.code); break;
        case RegionLevel::kCity: cities_.push_back(x.code); break;
        case RegionLevel::kCounty: counties_.push_back(x.code); break;
        default: break;
      }
    }
    // Municipalities (北京, 上海, 天津, 重庆) have no prefecture-level cities but county districts.
  }

  // Where the organization registers: 0.25% national, 5% provincial, 25% municipal, the rest county.
  std::string PickRegion() {
    double r = rng_.Real();
    if (r < 0.0025) return std::string(kNationalRegion);
    if (r < 0.0525) return rng_.Pick(provinces_);
    if (r < 0.30) return rng_.Pick(cities_);
    return rng_.Pick(counties_);
  }

  // The name prefix a registering authority's organizations carry.
  std::string PlaceName(const std::string& region) {
    if (region == kNationalRegion) return "中国";
    const Division* d = div_.Find(region);
    if (!d) return "";
    if (d->name == "市辖区" || d->name == "县" || d->name == "省直辖县级行政区划" ||
        d->name == "自治区直辖县级行政区划") {
      const Division* p = div_.Find(d->parent);
      return p ? p->name : d->name;
    }
    if (LevelOfRegion(region) == RegionLevel::kCounty) {
      // County organizations usually carry the city too when the county name is common (朝阳区 …).
      const Division* c = div_.Find(d->parent);
      if (c && c->name != "市辖区" && c->name != "县" && c->name.find("直辖") == std::string::npos && rng_.Chance(0.5))
        return c->name + d->name;
    }
    return d->name;
  }

  GenOrg Next(std::int64_t serial) {
    GenOrg g;
    for (;;) {
      g.region = PickRegion();
      if (div_.Contains(g.region)) break;
    }
    RegionLevel rl = LevelOfRegion(g.region);
    g.level = rl == RegionLevel::kNational ? "national" : rl == RegionLevel::kProvince ? "provincial"
              : rl == RegionLevel::kCity ? "municipal" : "county";
    double tp = rng_.Real();
    g.t = tp < 0.42 ? OrgType::kSocialGroup : tp < 0.93 ? OrgType::kSocialServiceAgency
          : tp < 0.95 ? OrgType::kFoundation : OrgType::kCommunity;
    if (g.t == OrgType::kCommunity && rl != RegionLevel::kCounty) g.t = OrgType::kSocialServiceAgency;
    if (g.t == OrgType::kSocialServiceAgency && rl == RegionLevel::kNational) g.t = OrgType::kSocialGroup;
    g.type = std::string(ToString(g.t));
    g.place = PlaceName(g.region);
    for (int attempt = 0;; ++attempt) {
      std::string n = g.place;
      switch (g.t) {
        case OrgType::kSocialGroup:
          if (attempt > 3 || rng_.Chance(0.2)) n += rng_.Pick(kModifiers);
          n += rng_.Pick(kIndustries);
          n += rng_.Pick(kGroupSuffix);
          break;
        case OrgType::kSocialServiceAgency:
          n += rng_.Pick(kAgencyWords);
          if (attempt > 3 || rng_.Chance(0.15)) n += rng_.Pick(kAgencyWords);
          n += rng_.Pick(kAgencySuffix);
          break;
        case OrgType::kFoundation:
          if (attempt > 3) n += rng_.Pick(kAgencyWords);
          n += rng_.Pick(kFoundationWords) + "基金会";
          break;
        case OrgType::kCommunity:
          n += rng_.Pick(kCommunityWords);
          if (attempt > 3) n += rng_.Pick(kCommunityWords);
          n += rng_.Pick(kCommunitySuffix);
          break;
      }
      if (attempt > 12) n += std::to_string(attempt);  // never reached in practice
      if (names_.insert(g.region + n).second) {
        g.name = std::move(n);
        break;
      }
    }
    g.uscc = IssueUscc(g.t, g.region, static_cast<std::uint64_t>(serial));
    // Registration dates 1992 .. today, growing over time (most organizations are recent).
    int span = Date::FromYmd(1992, 1, 1).DaysUntil(today_);
    double u = std::sqrt(rng_.Real());
    g.reg = Date::FromYmd(1992, 1, 1).AddDays(static_cast<int>(u * span));
    g.registered_on = g.reg.ToString();
    g.legal_rep = PersonName();
    g.address = g.place + rng_.Pick(kRoads) + std::to_string(rng_.Int(1, 999)) + "号";
    g.business_scope = g.t == OrgType::kSocialGroup ? "行业服务、业务培训、交流合作、咨询服务、编印会刊"
                       : g.t == OrgType::kFoundation ? "资助公益慈善项目、开展救助活动、接受社会捐赠"
                       : g.t == OrgType::kCommunity  ? "开展社区志愿服务和居民互助活动"
                                                     : "为社会提供专业服务、开展相关培训与咨询";
    g.supervisory_unit = g.t == OrgType::kCommunity ? "" : (g.place == "中国" ? "" : g.place) + rng_.Pick(kUnits);
    double s = rng_.Real();
    g.status = "active";
    if (g.reg.AddDays(400) < today_ && s < 0.08) {
      g.status = s < 0.025 ? "revoked" : "deregistered";
      g.ended_on = g.reg.AddDays(rng_.Int(370, std::max(371, g.reg.DaysUntil(today_) - 1))).ToString();
    }
    return g;
  }

  std::string PersonName() { return rng_.Pick(kSurnames) + rng_.Pick(kGiven); }
  Rng& rng() { return rng_; }
  const std::vector<std::string>& counties() const { return counties_; }
  Date today() const { return today_; }

 private:
  const Divisions& div_;
  Rng rng_;
  Date today_;
  std::vector<std::string> provinces_, cities_, counties_;
  std::unordered_set<std::string> names_;
};

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Writes the organization's history and responsible persons, as the register would have recorded them.
struct DbWriter {
  Connection& c;
  Generator& gen;
  std::string now;
  Rng rng;  // its own stream, so that --csv and --db produce the same organizations
  int term_years = 5;
  std::int64_t persons = 0, events = 0;
  std::vector<std::pair<OrgId, std::string>> to_index;  // indexed after all rows (see org_store::InsertRow)

  Status Event(OrgId id, const char* action, Date on, const std::string& reason, const J& changes) {
    ++events;
    SOCORG_TRY_VOID(event_store::Append(c, EventRecord{0, id, action, on.ToString(), now, "bench", reason, changes.dump()}));
    return {};
  }

  std::string PersonName() { return rng.Pick(kSurnames) + rng.Pick(kGiven); }

  Status Write(const GenOrg& g, std::int64_t serial) {
    Date today = gen.today();
    OrgRecord o;
    o.uscc = g.uscc;
    o.name = g.name;
    o.name_norm = NormalizeText(g.name);
    o.type = *ParseOrgType(g.type);
    o.level = *ParseOrgLevel(g.level);
    o.status = *ParseOrgStatus(g.status);
    o.region_code = g.region;
    o.supervisory_unit = g.supervisory_unit;
    o.legal_rep = g.legal_rep;
    o.address = g.address;
    o.business_scope = g.business_scope;
    o.funds = g.t == OrgType::kFoundation ? rng.Int(200, 5000) * 10000LL : rng.Int(3, 500) * 10000LL;
    o.charity = g.t == OrgType::kFoundation || (g.t != OrgType::kCommunity && rng.Chance(0.02));
    o.registered_on = g.registered_on;
    if (!g.ended_on.empty()) o.ended_on = g.ended_on;
    o.certificate_no = "民证字第" + g.region + std::to_string(g.reg.Year()) + std::to_string(serial) + "号";
    Date applied = g.t == OrgType::kCommunity ? g.reg : g.reg.AddDays(-rng.Int(5, 55));
    o.application = J{{"applied_on", applied.ToString()}, {"decided_on", g.registered_on}}.dump();
    o.created_at = o.updated_at = now;
    Date stop = g.ended_on.empty() ? today : *Date::Parse(g.ended_on);

    // Terms: elections every term_years; some late, some postponed; the last one may be overdue.
    std::vector<Date> elections;
    Date term_start = g.reg;
    std::optional<Date> postponed;
    for (;;) {
      Date end = term_start.AddYears(term_years);
      if (end >= stop) break;
      double r = rng.Real();
      if (r < 0.80) {
        Date e = end.AddDays(-rng.Int(0, 60));
        elections.push_back(e);
        term_start = e;
      } else if (r < 0.90 && end.AddMonths(12) < stop) {
        Date e = end.AddMonths(rng.Int(3, 11));
        elections.push_back(e);
        term_start = e;
      } else {
        if (r < 0.95 && end.AddMonths(12) >= today) postponed = end.AddMonths(rng.Int(3, 12));
        break;  // overdue from here on
      }
    }
    if (!g.ended_on.empty()) postponed.reset();
    o.term_start = term_start.ToString();
    o.term_end = term_start.AddYears(term_years).ToString();
    if (postponed) o.postponed_until = postponed->ToString();
    std::string address0 = o.address;
    std::optional<Date> changed;
    if (stop.DaysUntil(today) >= 0 && g.reg.AddDays(60) < stop && rng.Chance(0.25)) {
      changed = g.reg.AddDays(rng.Int(30, std::max(31, g.reg.DaysUntil(stop) - 1)));
      o.address = g.place + rng.Pick(kRoads) + std::to_string(rng.Int(1, 999)) + "号";
    }
    SOCORG_TRY(o.id, org_store::InsertRow(c, o));
    to_index.emplace_back(o.id, o.name_norm);

    if (g.t == OrgType::kCommunity) {
      SOCORG_TRY_VOID(Event(o.id, "file_community", g.reg, "",
                            J{{"uscc", {nullptr, g.uscc}}, {"name", {nullptr, g.name}}, {"status", {nullptr, "active"}}}));
    } else {
      SOCORG_TRY_VOID(Event(o.id, "apply", applied, "", J{{"name", {nullptr, g.name}}, {"status", {nullptr, "applied"}}}));
      SOCORG_TRY_VOID(Event(o.id, "consent", applied.AddDays(1), "", J{{"status", {"applied", "consented"}}}));
      SOCORG_TRY_VOID(Event(o.id, "accept", applied.AddDays(2), "", J{{"status", {"consented", "under_review"}}}));
      SOCORG_TRY_VOID(Event(o.id, "approve", g.reg, "",
                            J{{"uscc", {nullptr, g.uscc}}, {"status", {"under_review", "active"}},
                              {"registered_on", {nullptr, g.registered_on}},
                              {"term_start", {nullptr, g.registered_on}},
                              {"term_end", {nullptr, g.reg.AddYears(term_years).ToString()}}}));
    }
    // Events in date order: elections and the change interleaved.
    Date prev_start = g.reg;
    bool change_done = !changed;
    for (Date e : elections) {
      if (!change_done && *changed < e) {
        SOCORG_TRY_VOID(Event(o.id, "change", *changed, "住所迁移", J{{"address", {address0, o.address}}}));
        change_done = true;
      }
      SOCORG_TRY_VOID(Event(o.id, "file_election", e, "",
                            J{{"term_start", {prev_start.ToString(), e.ToString()}},
                              {"term_end", {prev_start.AddYears(term_years).ToString(), e.AddYears(term_years).ToString()}}}));
      prev_start = e;
    }
    if (!change_done)
      SOCORG_TRY_VOID(Event(o.id, "change", *changed, "住所迁移", J{{"address", {address0, o.address}}}));
    if (postponed)
      SOCORG_TRY_VOID(Event(o.id, "approve_postponement", term_start.AddYears(term_years).AddDays(-20), "换届筹备未完成",
                            J{{"postponed_until", {nullptr, *o.postponed_until}}}));
    if (!g.ended_on.empty()) {
      bool revoke = g.status == "revoked";
      SOCORG_TRY_VOID(Event(o.id, revoke ? "revoke" : "deregister", *Date::Parse(g.ended_on), 
                            revoke ? "连续两年未参加年度检查" : "完成清算，自行解散",
                            J{{"status", {"active", g.status}}, {"ended_on", {nullptr, g.ended_on}}}));
    }

    // Responsible persons of the current term (legal representative, chair for social groups and
    // foundations, secretary general), and the previous term's legal representative when re-elected.
    const std::string& area = rng.Pick(gen.counties());
    bool active = g.ended_on.empty();
    auto person = [&](const std::string& name, const std::string& role, Date start, std::optional<std::string> end,
                      int terms, bool is_active) -> Status {
      Date birth = Date::FromYmd(rng.Int(1955, 1995), rng.Int(1, 12), rng.Int(1, 28));
      ++persons;
      SOCORG_TRY_VOID(event_store::InsertPerson(
          c, PersonRecord{0, o.id, name, MakeResidentId(area, birth, rng.Int(0, 999)),
                          *ParsePersonRole(role),
                          "13" + std::to_string(rng.Int(100000000, 999999999)),
                          g.place + rng.Pick(kRoads) + std::to_string(rng.Int(1, 300)) + "号" +
                              std::to_string(rng.Int(1, 30)) + "号楼",
                          start.ToString(), end, terms, is_active, now}));
      return {};
    };
    int terms = 1 + static_cast<int>(elections.size() > 0 && rng.Chance(0.5));
    SOCORG_TRY_VOID(person(o.legal_rep, "legal_rep", term_start, o.term_end, terms, active));
    if (g.t == OrgType::kSocialGroup || g.t == OrgType::kFoundation)
      SOCORG_TRY_VOID(person(o.legal_rep, "chair", term_start, o.term_end, terms, active));
    SOCORG_TRY_VOID(person(PersonName(), "secretary_general", term_start, o.term_end, 1, active));
    if (!elections.empty() && terms == 1)
      SOCORG_TRY_VOID(person(PersonName(), "legal_rep", prev_start == term_start && elections.size() > 1
                                                                 ? elections[elections.size() - 2] : g.reg,
                             term_start.ToString(), 1, false));
    return {};
  }
};

int Run(int argc, char** argv) {
  CLI::App app{"socorg_bench_generate: a national-scale register for benchmarks"};
  std::int64_t orgs = 1'000'000;
  std::uint64_t seed = 20260101;
  std::string csv, db, queries, usccs, today_s = "2025-12-31", divisions;
  int sample = 100000;
  app.add_option("--orgs", orgs, "number of organizations (default 1000000)");
  app.add_option("--seed", seed, "random seed (default 20260101)");
  app.add_option("--csv", csv, "write the import CSV here");
  app.add_option("--db", db,
                 "write a database with persons and history here (sqlite:PATH, must not exist; or an empty "
                 "postgres://... database)");
  app.add_option("--queries", queries, "write 2-character queries drawn from the names here");
  app.add_option("--usccs", usccs, "write a random sample of public codes here (one per line)");
  app.add_option("--sample", sample, "codes in the --usccs sample (default 100000)");
  app.add_option("--today", today_s, "the reference date (default 2025-12-31); no date is later");
  app.add_option("--divisions", divisions, "division table (default data/divisions.tsv)");
  CLI11_PARSE(app, argc, argv);
  if (orgs < 1 || orgs >= 10'000'000) {
    std::cerr << "--orgs must be 1..9999999\n";
    return 2;
  }
  auto today = Date::Parse(today_s);
  if (!today) {
    std::cerr << "--today must be YYYY-MM-DD\n";
    return 2;
  }
  auto div = LoadDivisions(divisions.empty() ? DefaultDivisionsPath() : divisions);
  if (!div) {
    std::cerr << div.error().message_en << "\n";
    return 2;
  }
  Generator gen(*div, seed, *today);
  std::ofstream out_csv;
  if (!csv.empty()) {
    out_csv.open(csv, std::ios::binary);
    out_csv << "uscc,name,type,level,region_code,registered_on,legal_rep,address,business_scope,supervisory_unit,status\n";
  }
  std::unique_ptr<Connection> conn;
  std::optional<Transaction> tx;
  std::optional<DbWriter> writer;
  if (!db.empty()) {
    bool sqlite = db.starts_with("sqlite:");
    if (!sqlite && !db.starts_with("postgres://") && !db.starts_with("postgresql://")) {
      std::cerr << "--db must be sqlite:PATH or postgres://...\n";
      return 2;
    }
    auto c = sqlite ? OpenSqlite(db.substr(7)) : OpenPostgres(db);
    if (!c) return std::cerr << c.error().message_en << "\n", 1;
    conn = std::move(*c);
    if (auto m = Migrate(*conn); !m) return std::cerr << m.error().message_en << "\n", 1;
    if (!sqlite) {
      auto n = conn->Query("SELECT count(*) FROM orgs", {});
      if (!n || n->empty() || (*n)[0].Int(0) != 0)
        return std::cerr << "--db: the PostgreSQL database must be empty\n", 2;
    }
    // A fresh file written in one go: no journal while loading; WAL again at the end. (PostgreSQL: one
    // transaction; the caller runs VACUUM ANALYZE afterwards.)
    if (sqlite) (void)conn->ExecScript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144");
    auto t = Transaction::Start(*conn);
    if (!t) return std::cerr << t.error().message_en << "\n", 1;
    tx.emplace(std::move(*t));
    writer.emplace(DbWriter{*conn, gen, today_s + "T00:00:00.000Z", Rng(seed ^ 0xD8B5)});
  }

  // Bigram document frequencies, for choosing common and rare queries.
  std::unordered_map<std::u32string, std::int64_t> df;
  std::vector<std::string> codes;
  std::mt19937_64 sample_rng(seed ^ 0x5A5A);
  std::int64_t public_seen = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (std::int64_t i = 1; i <= orgs; ++i) {
    GenOrg g = gen.Next(i);
    if (out_csv.is_open()) {
      out_csv << g.uscc << ',' << CsvField(g.name) << ',' << g.type << ',' << g.level << ',' << g.region << ','
              << g.registered_on << ',' << CsvField(g.legal_rep) << ',' << CsvField(g.address) << ','
              << CsvField(g.business_scope) << ',' << CsvField(g.supervisory_unit) << ',' << g.status << '\n';
    }
    if (writer) {
      if (auto s = writer->Write(g, i); !s) return std::cerr << "row " << i << ": " << s.error().message_en << "\n", 1;
    }
    if (!queries.empty()) {
      std::u32string cs = SearchCharacters(g.name);
      std::unordered_set<std::u32string> seen;
      for (size_t k = 0; k + 1 < cs.size(); ++k) {
        std::u32string b = cs.substr(k, 2);
        if (seen.insert(b).second) ++df[b];
      }
    }
    // Reservoir sample of codes.
    ++public_seen;
    if (static_cast<std::int64_t>(codes.size()) < sample) codes.push_back(g.uscc);
    else if (auto j = sample_rng() % public_seen; j < static_cast<std::uint64_t>(sample)) codes[j] = g.uscc;
    if (i % 100000 == 0) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "%lld organizations, %.1f s\n", static_cast<long long>(i), s);
    }
  }
  if (tx) {
    for (auto& [id, norm] : writer->to_index)
      if (auto st = org_store::IndexName(*conn, id, std::nullopt, norm); !st)
        return std::cerr << st.error().message_en << "\n", 1;
    writer->to_index.clear();
    (void)conn->Exec("INSERT INTO counters (name, value) VALUES ('uscc', $1) "
                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value", {orgs});
    if (auto s = tx->Commit(); !s) return std::cerr << s.error().message_en << "\n", 1;
    if (conn->dialect() == Dialect::kSqlite) (void)conn->ExecScript("PRAGMA optimize; PRAGMA journal_mode=WAL;");
    std::fprintf(stderr, "database: %lld organizations, %lld persons, %lld events\n", static_cast<long long>(orgs),
                 static_cast<long long>(writer->persons), static_cast<long long>(writer->events));
  }
  if (!usccs.empty()) {
    std::ofstream o(usccs);
    for (auto& c : codes) o << c << '\n';
  }
  if (!queries.empty()) {
    // Common: the 30 most frequent bigrams; medium: around 0.1% of names; rare: 5..50 names.
    std::vector<std::pair<std::int64_t, std::u32string>> v;
    for (auto& [b, n] : df) v.emplace_back(n, b);
    std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::ofstream o(queries);
    int common = 0, medium = 0, rare = 0;
    for (auto& [n, b] : v) {
      const char* cls = nullptr;
      if (common < 30) cls = "common", ++common;
      else if (n <= orgs / 500 && n >= orgs / 2000 && medium < 40 && gen.rng().Chance(0.3)) cls = "medium", ++medium;
      else if (n >= 5 && n <= 50 && rare < 40 && gen.rng().Chance(0.2)) cls = "rare", ++rare;
      if (cls) o << EncodeUtf8(b) << '\t' << n << '\t' << cls << '\n';
    }
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "done: %lld organizations in %.1f s\n", static_cast<long long>(orgs), s);
  return 0;
}

}  // namespace
}  // namespace socorg

int main(int argc, char** argv) { return socorg::Run(argc, argv); }
