// Founding: the application, 筹备 and the community filing (DOMAIN §3, §4).
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_history.h"
#include "app/org_lookup.h"
#include "app/registry.h"
#include "domain/founding.h"
#include "domain/region.h"
#include "domain/search_text.h"
#include "store/event_store.h"
#include "store/org_store.h"
#include "support/text_normalizer.h"

namespace socorg {

using nlohmann::json;
using namespace register_detail;

Result<OrgView> SubmitApplication(AppContext& ctx, const Actor& actor, const ApplicationInput& in) {
  SOCORG_TRY_VOID(CheckText(in.name, kMaxNameBytes, "name", true));
  if (SearchCharacters(NormalizeText(in.name)).size() < 2)
    return Invalid("name_too_short", "名称至少包含2个汉字或字母", "the name needs at least 2 letters", "name");
  for (auto [v, f] : {std::pair{&in.supervisory_unit, "supervisory_unit"}, {&in.legal_rep, "legal_rep"},
                      {&in.address, "address"}, {&in.business_scope, "business_scope"}})
    SOCORG_TRY_VOID(CheckText(*v, kMaxTextBytes, f, false));
  auto type = ParseOrgType(in.type);
  if (!type) return Invalid("invalid_type", "组织类型无效", "unknown organization type", "type");
  if (!IsRegionCodeShape(in.region_code) || !ctx.divisions->Contains(in.region_code))
    return Invalid("invalid_region", "行政区划代码无效", "unknown region code", "region_code");
  if (in.funds < 0) return Invalid("invalid_funds", "资金不能为负数", "funds cannot be negative", "funds");
  Action action = *type == OrgType::kCommunity ? Action::kFileCommunity
                  : in.preparation            ? Action::kStartPreparation
                                              : Action::kApply;
  SOCORG_TRY_VOID(CheckCanAct(actor, action, in.region_code, ""));
  SOCORG_TRY(OrgStatus status, NextStatus(action, std::nullopt, *type));
  Date on = in.date.value_or(ctx.clock.Today());
  if (on > ctx.clock.Today()) return Invalid("date_in_future", "日期不能晚于今天", "the date is in the future", "date");

  OrgLevel level = LevelForAuthority(in.region_code);
  FoundingFacts facts{*type, level, in.name, in.individual_members, in.unit_members, in.funds,
                      in.public_fundraising, in.directors};
  std::vector<Finding> findings = CheckFoundingMinimums(facts, ctx.rules);

  OrgRecord r;
  r.name = in.name;
  r.name_norm = NormalizeText(in.name);
  r.type = *type;
  r.level = level;
  r.status = status;
  r.region_code = in.region_code;
  r.supervisory_unit = in.supervisory_unit;
  r.legal_rep = in.legal_rep;
  r.address = in.address;
  r.business_scope = in.business_scope;
  r.funds = in.funds;
  r.application = json{{"applied_on", on.ToString()},
                       {"individual_members", in.individual_members},
                       {"unit_members", in.unit_members},
                       {"directors", in.directors},
                       {"public_fundraising", in.public_fundraising}}
                      .dump();
  r.created_at = r.updated_at = ctx.clock.Now();

  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(bool taken, org_store::NameTaken(*conn, r.name_norm, r.region_code, OrgId{}));
  if (taken)
    return Fail(ErrorKind::kConflict, "name_taken", "本行政区域内已有同名社会组织", "an organization with this name exists in the region",
                "name");
  if (action == Action::kFileCommunity) {
    // Filed community organizations carry a civil-affairs code of category 9 (其他), DOMAIN §2.1.
    SOCORG_TRY(auto issued, IssueNewCode(*conn, *type, r.region_code));
    auto [code, serial] = issued;
    r.uscc = code;
    r.registered_on = on.ToString();
    r.certificate_no = "备" + r.region_code + "-" + std::to_string(serial);
  }
  SOCORG_TRY(r.id, org_store::Insert(*conn, r));
  SOCORG_TRY_VOID(StoreFindings(ctx, *conn, r.id, "org", findings));
  json changes = Diff(OrgRecord{}, r);
  SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, r.id, std::string(ToString(action)), on.ToString(),
                                                         r.created_at, actor.username, "", changes.dump()}));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org." + std::string(ToString(action)),
                              "org:" + std::to_string(r.id.value), json{{"name", r.name}, {"type", ToString(r.type)}}.dump()));
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, r));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

}  // namespace socorg
