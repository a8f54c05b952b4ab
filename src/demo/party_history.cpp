#include "demo/party_history.h"

#include <map>
#include <random>

#include "domain/party/party.h"
#include "store/event_store.h"
#include "store/party/party.h"

namespace socorg {
namespace {

namespace ps = party_store;
using party::OrgKind;
using party::PartyData;

constexpr const char* kMatters[] = {"年度工作计划和经费预算", "换届选举候选人人选", "新设分支机构",
                                    "承接政府购买服务项目", "修订财务管理制度", "举办行业年会"};

struct PartyGen {
  AppContext& ctx;
  Connection& c;
  DemoReport& rep;
  std::mt19937_64 rng;
  Date today;
  std::string now;
  std::map<std::string, std::int64_t> joint_of_region;  // one joint branch per county, made when first needed

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, std::max(lo, hi))(rng); }
  bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
  Date Later(Date a, Date b) { return a < b ? b : a; }

  std::string RegionName(const std::string& code) {
    const Division* d = ctx.divisions->Find(code);
    return d ? d->name : code;
  }

  Result<std::int64_t> JointBranch(const DemoOrg& o) {
    if (auto it = joint_of_region.find(o.region); it != joint_of_region.end()) return it->second;
    ps::JointBranch j;
    j.name = RegionName(o.region) + "社会组织联合党支部";
    j.region_code = o.region;
    j.established_on = today.AddDays(-Uniform(400, 1500));
    j.created_by = "demo", j.created_at = now;
    SOCORG_TRY(std::int64_t id, ps::InsertJointBranch(c, j));
    ++rep.party.joint_branches;
    return joint_of_region[o.region] = id;
  }

  // The organization's party data as of `as_of`: members, then the party organization they have.
  Result<PartyData> Data(const DemoOrg& o, Date as_of) {
    PartyData d;
    d.as_of = as_of;
    int r = Uniform(0, 99);
    d.formal_members = r < 10 ? 0 : r < 22 ? 1 : r < 33 ? 2 : Uniform(3, r < 90 ? 12 : 60);
    d.probationary_members = Chance(0.3) ? Uniform(1, 3) : 0;
    d.transferred_in = Uniform(0, d.formal_members + d.probationary_members);
    Date since = Later(o.registered, as_of.AddDays(-Uniform(200, 2500)));
    if (d.formal_members >= party::kBranchMinFormalMembers) {
      int k = Uniform(0, 99);
      if (k < 4) {
        d.kind = OrgKind::kNone;  // required and missing: the worklist's and anomaly ②'s cases
      } else if (k < 6 && o.term_end) {
        // A temporary branch on the council: its term is the council's (Neijiang guide).
        d.kind = OrgKind::kTemporary;
        d.org_name = "临时党支部";
        d.temporary.council_members = Uniform(3, 5);
        d.temporary.approved_by = "中共" + RegionName(o.region) + "社会组织综合委员会";
        d.temporary.approved_on = since;
        d.temporary.term_ends = Later(*o.term_end, since);
        d.established_on = since;
        d.formal_members = std::max(d.formal_members, d.temporary.council_members);
      } else {
        d.kind = d.formal_members >= 50 ? OrgKind::kCommittee : d.formal_members >= 8 && Chance(0.3)
                                                                     ? OrgKind::kGeneralBranch
                                                                     : OrgKind::kBranch;
        d.org_name = std::string(d.kind == OrgKind::kCommittee ? "党委" : d.kind == OrgKind::kGeneralBranch ? "党总支" : "党支部");
        d.established_on = since;
      }
    } else if (Chance(0.45)) {
      d.kind = OrgKind::kJoint;
      SOCORG_TRY(d.joint_branch_id, JointBranch(o));
    } else {
      d.instructor = Chance(0.5);
      d.liaison = !d.instructor && Chance(0.3);
    }
    if (d.kind != OrgKind::kNone && Chance(0.4)) d.instructor = true;
    d.charter_clause = Chance(0.85);
    if (d.charter_clause) d.charter_clause_on = Later(o.registered, as_of.AddDays(-Uniform(0, 1500)));
    SOCORG_TRY_VOID(party::Validate(d, today));
    return d;
  }

  Status File(const DemoOrg& o, int version, const PartyData& d, const std::string& review) {
    ps::Filing f;
    f.org_id = o.id.value, f.version = version, f.data = d, f.review = review;
    f.filed_by = "demo", f.filed_at = now;
    if (review == "confirmed") f.reviewed_by = "demo", f.reviewed_at = now;
    SOCORG_TRY(std::int64_t id, ps::InsertFiling(c, f));
    (void)id;
    ++rep.events, ++rep.party.filings;
    SOCORG_TRY(std::int64_t event, event_store::Append(c, EventRecord{0, o.id, "party_filed", d.as_of.ToString(), now, "demo",
                                                                   review == "confirmed" ? "党建数据填报" : "党建数据报送待审核", "{}"}));
    (void)event;
    return {};
  }

  Status Decisions(const DemoOrg& o, const PartyData& d) {
    int n = Uniform(1, 2);
    for (int i = 0; i < n; ++i) {
      ps::DecisionRow r;
      r.d.org_id = o.id.value;
      r.d.kind = static_cast<party::MatterKind>(Uniform(0, 5));
      r.d.way = static_cast<party::Participation>(Uniform(0, 2));
      r.d.matter = kMatters[static_cast<int>(r.d.kind)];
      r.d.decided_on = Later(d.as_of, today.AddDays(-Uniform(10, 300)));
      r.d.agrees = !Chance(0.15);
      r.d.opinion = r.d.agrees ? "同意" : "建议暂缓，进一步论证";
      if (!r.d.agrees) {
        r.d.report_due = r.d.decided_on.AddDays(15);
        if (Chance(0.6)) r.d.reported_on = r.d.decided_on.AddDays(Uniform(1, 14)), r.d.reported_to = "上级党组织";
      }
      if ((r.d.agrees || r.d.reported_on) && Chance(0.6)) r.d.executed_on = r.d.decided_on.AddDays(Uniform(5, 60));
      if (r.d.executed_on && *r.d.executed_on > today) r.d.executed_on.reset();
      if (r.d.reported_on && *r.d.reported_on > today) r.d.reported_on.reset(), r.d.reported_to.clear();
      r.recorded_by = "demo", r.created_at = now;
      SOCORG_TRY(std::int64_t id, ps::InsertDecision(c, r));
      (void)id;
      ++rep.party.decisions;
    }
    return {};
  }

  Status Org(const DemoOrg& o) {
    if (o.status != OrgStatus::kActive || o.registered > today) return {};
    if (!Chance(0.9)) return {};  // a tenth have filed nothing yet
    int version = 0;
    Date as_of = Later(o.registered, today.AddDays(-Uniform(20, 330)));
    if (Chance(0.2) && as_of.AddDays(-365) >= o.registered) {
      // The history: last year's filing, before the current one.
      SOCORG_TRY(PartyData before, Data(o, as_of.AddDays(-365)));
      SOCORG_TRY_VOID(File(o, ++version, before, "confirmed"));
    }
    SOCORG_TRY(PartyData d, Data(o, as_of));
    SOCORG_TRY_VOID(File(o, ++version, d, "confirmed"));
    if (party::IsOwnOrganization(d.kind) && Chance(0.15)) SOCORG_TRY_VOID(Decisions(o, d));
    if (Chance(0.03)) {
      // The organization's own update, awaiting the party work department's review.
      SOCORG_TRY(PartyData next, Data(o, Later(as_of, today.AddDays(-Uniform(0, 10)))));
      SOCORG_TRY_VOID(File(o, ++version, next, "submitted"));
      ++rep.party.pending;
    }
    return {};
  }
};

}  // namespace

Status GeneratePartyHistory(AppContext& ctx, Connection& c, const DemoOptions& opt, const std::vector<DemoOrg>& orgs,
                            DemoReport& rep) {
  PartyGen g{ctx, c, rep, std::mt19937_64(opt.seed ^ 0x5061727479ULL), ctx.clock.Today(), ctx.clock.Now(), {}};
  for (const auto& o : orgs) SOCORG_TRY_VOID(g.Org(o));
  return {};
}

}  // namespace socorg
