// Reading the register: the public record, the officer's record (audited), the record as of a date, and
// search (public and officers').
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_history.h"
#include "app/org_lookup.h"
#include "app/registry.h"
#include "domain/region.h"
#include "domain/resident_id.h"
#include "domain/search_text.h"
#include "domain/uscc.h"
#include "store/announcement_store.h"
#include "store/org_store.h"
#include "support/text_normalizer.h"

namespace socorg {
namespace {

using nlohmann::json;
using namespace register_detail;

Result<OrgPage> RunSearch(Connection& c, const SearchQuery& q, OrgFilter f) {
  SOCORG_TRY_VOID(CheckPaging(q.page, q.page_size));
  if (!q.type.empty()) {
    f.type = ParseOrgType(q.type);
    if (!f.type) return Invalid("invalid_type", "组织类型无效", "unknown type", "type");
  }
  if (!q.level.empty()) {
    f.level = ParseOrgLevel(q.level);
    if (!f.level) return Invalid("invalid_level", "级别无效", "unknown level", "level");
  }
  if (q.q.size() > kMaxNameBytes) return Invalid("query_too_long", "查询内容过长", "query too long", "q");
  if (q.sort == "id") f.sort = OrgSort::kId;
  else if (q.sort == "registered_on") f.sort = OrgSort::kRegisteredOn;
  else if (q.sort == "name") f.sort = OrgSort::kName;
  else
    return Invalid("invalid_sort", "排序字段应为 id、registered_on 或 name", "sort must be id, registered_on or name", "sort");
  if (q.order != "asc" && q.order != "desc")
    return Invalid("invalid_order", "排序方向应为 asc 或 desc", "order must be asc or desc", "order");
  f.descending = q.order == "desc";
  if (!q.q.empty()) {
    std::string norm = NormalizeText(q.q);
    f.match = BigramMatchQuery(norm);
    f.name_like = norm;
    if (f.match.empty()) return OrgPage{};  // only punctuation: nothing can match
  }
  f.limit = q.page_size;
  f.offset = (q.page - 1) * q.page_size;
  return org_store::Search(c, f);
}

Status CheckRegion(AppContext& ctx, const std::string& region) {
  if (!region.empty() && (!IsRegionCodeShape(region) || !ctx.divisions->Contains(region)))
    return Invalid("invalid_region", "行政区划代码无效", "unknown region code", "region");
  return {};
}

}  // namespace

Result<OrgView> GetPublicOrg(AppContext& ctx, const std::string& uscc) {
  auto check = CheckUscc(uscc);
  if (!check.valid())
    return Invalid("invalid_uscc", "统一社会信用代码无效：" + check.problems[0].message,
                   "invalid unified social credit code: " + check.problems[0].message_en, "uscc");
  auto conn = ctx.read_db->Acquire();
  // One read transaction: the record, its persons and its history come from one snapshot, and SQLite
  // takes its WAL read lock once instead of once per statement.
  SOCORG_TRY(auto tx, Transaction::Start(*conn, /*write=*/false));
  SOCORG_TRY(auto org, org_store::GetByUscc(*conn, check.normalized));
  if (!org || !IsPublicStatus(org->status))
    return Fail(ErrorKind::kNotFound, "org_not_found", "未找到该社会组织", "organization not found");
  SOCORG_TRY(OrgView v, LoadView(ctx, *conn, std::move(*org), ViewDetail::kPublic));
  SOCORG_TRY_VOID(tx.Commit());
  return v;
}

Result<OrgView> GetOrgForActor(AppContext& ctx, const Actor& actor, const std::string& key) {
  auto conn = ctx.db->Acquire();
  OrgView v;
  {
    SOCORG_TRY(auto read, Transaction::Start(*conn, /*write=*/false));
    SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
    SOCORG_TRY_VOID(CheckCanRead(actor, org));
    SOCORG_TRY(v, LoadView(ctx, *conn, std::move(org)));
    SOCORG_TRY_VOID(read.Commit());
  }
  v.personal_data = PersonalDataAccess(actor.role);
  if (v.personal_data == PersonalData::kMasked) {
    for (PersonRecord& p : v.persons) {
      p.id_number = MaskResidentId(p.id_number);
      p.phone = MaskPhone(p.phone);
      p.address = p.address.empty() ? "" : "***";
      // Criminal and political-rights facts are not for a masked view at all.
      p.criminal_record.reset(), p.sentence_completed_on.reset();
      p.political_rights_deprived.reset(), p.political_rights_deprived_until.reset();
    }
    return v;
  }
  // PIPL: viewing unmasked ID numbers, phones and addresses of persons is itself audited (DOMAIN §21).
  if (!v.persons.empty()) {
    SOCORG_TRY(auto tx, Transaction::Start(*conn));
    SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "org.view_personal_data", OrgTarget(v.org),
                                json{{"persons", v.persons.size()}}.dump()));
    SOCORG_TRY_VOID(tx.Commit());
  }
  return v;
}

Result<OrgRecord> OrgAsOf(const OrgView& view, Date date) {
  if (view.events.empty() || view.events.front().occurred_on > date.ToString())
    return Fail(ErrorKind::kNotFound, "not_yet_registered", "该日期时该组织尚未登记",
                "the organization did not exist on that date", "date");
  OrgRecord r = view.org;
  for (auto it = view.events.rbegin(); it != view.events.rend(); ++it) {
    // Events are in recording order, which is not date order when a step is recorded late (a back-dated
    // election filing after a change): undo every later-dated event, not just a trailing run of them.
    if (it->occurred_on <= date.ToString()) continue;
    json changes = json::parse(it->changes, nullptr, false);
    if (!changes.is_object()) continue;
    for (auto& [k, v] : changes.items())
      if (v.is_array() && v.size() == 2) SetField(r, k, v[0]);
  }
  return r;
}

Result<OrgRecord> PublicOrgAsOf(const OrgView& view, Date date) {
  SOCORG_TRY(OrgRecord then, OrgAsOf(view, date));
  if (!IsPublicStatus(then.status))
    return Fail(ErrorKind::kNotFound, "not_yet_registered", "该日期时该组织尚未登记", "not registered on that date",
                "as_of");
  return then;
}

Result<OrgPage> SearchPublic(AppContext& ctx, const SearchQuery& q) {
  OrgFilter f;
  if (!q.status.empty()) {
    auto st = ParseOrgStatus(q.status);
    if (!st || !IsPublicStatus(*st))
      return Invalid("invalid_status", "状态应为 active、liquidating、deregistered 或 revoked",
                     "status must be active, liquidating, deregistered or revoked", "status");
    f.statuses = {*st};
  } else {
    f.statuses.assign(std::begin(kPublicOrgStatuses), std::end(kPublicOrgStatuses));
  }
  SOCORG_TRY_VOID(CheckRegion(ctx, q.region));
  if (!q.region.empty()) f.region_prefix = RegionPrefix(q.region);
  f.issued_only = true;
  auto conn = ctx.read_db->Acquire();
  return RunSearch(*conn, q, std::move(f));
}

Result<AnnouncementPage> ListAnnouncements(AppContext& ctx, const std::string& region, int page, int page_size) {
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  SOCORG_TRY_VOID(CheckRegion(ctx, region));
  auto conn = ctx.read_db->Acquire();
  return announcement_store::List(*conn, region.empty() ? std::string() : RegionPrefix(region), page_size,
                                  (page - 1) * page_size);
}

Result<OrgPage> SearchRegister(AppContext& ctx, const Actor& actor, const SearchQuery& q) {
  SOCORG_TRY_VOID(CheckRegion(ctx, q.region));
  SOCORG_TRY(std::string prefix, VisibleRegionPrefix(actor, q.region));
  OrgFilter f;
  f.region_prefix = prefix;
  if (!q.status.empty()) {
    auto st = ParseOrgStatus(q.status);
    if (!st) return Invalid("invalid_status", "状态无效", "unknown status", "status");
    f.statuses = {*st};
  }
  auto conn = ctx.db->Acquire();
  return RunSearch(*conn, q, std::move(f));
}

}  // namespace socorg
