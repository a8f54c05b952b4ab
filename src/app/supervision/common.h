// Helpers shared by the supervision use cases (internal to app/supervision).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/audit_log.h"
#include "domain/region.h"
#include "domain/uscc.h"
#include "store/event_store.h"
#include "store/org_store.h"

namespace socorg::supervision::detail {

inline std::unexpected<Error> Invalid(std::string code, std::string zh, std::string en, std::string field) {
  return Fail(ErrorKind::kInvalid, std::move(code), std::move(zh), std::move(en), std::move(field));
}
inline std::unexpected<Error> Forbidden(std::string zh, std::string en) {
  return Fail(ErrorKind::kForbidden, "forbidden", std::move(zh), std::move(en));
}
inline std::unexpected<Error> NotFound(std::string what) {
  return Fail(ErrorKind::kNotFound, "not_found", "未找到：" + what, "not found: " + what);
}

// An organization by code or numeric id.
inline Result<OrgRecord> FindOrg(Connection& c, const std::string& key) {
  Result<std::optional<OrgRecord>> r = std::optional<OrgRecord>{};
  if (key.size() == 18) r = org_store::GetByUscc(c, CheckUscc(key).normalized);
  else if (!key.empty() && key.size() < 16 && key.find_first_not_of("0123456789") == std::string::npos)
    r = org_store::GetById(c, OrgId{std::stoll(key)});
  if (!r) return std::unexpected(r.error());
  if (!*r) return Fail(ErrorKind::kNotFound, "org_not_found", "未找到该社会组织", "organization not found");
  return **r;
}

// Officers act within their region subtree; everybody else is refused.
inline Status CheckOfficer(const Actor& a, const std::string& region) {
  if (!IsOfficer(a.role)) return Forbidden("只有登记管理机关可以办理该事项", "only registration officers can do this");
  if (!IsWithinRegion(region, a.region_code))
    return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该组织不在您的管辖范围内",
                "the organization is outside your jurisdiction");
  return {};
}

// The organization itself or an officer over it.
inline Status CheckOrgOrOfficer(const Actor& a, const OrgRecord& org) {
  if (a.role == Role::kOrgAccount) {
    if (org.uscc && *org.uscc == a.org_uscc) return {};
    return Forbidden("社会组织账号只能办理本组织事项", "an organization account acts only for itself");
  }
  return CheckOfficer(a, org.region_code);
}

// Officers and auditors read the console lists (within their jurisdiction, see RegionScope).
inline Status CanReadLists(const Actor& a) {
  if (!IsOfficer(a.role) && a.role != Role::kAuditor) return Forbidden("无权查看", "not allowed");
  return {};
}

// A region the actor may look at: "" means the actor's own.
inline Result<std::string> RegionScope(const Actor& a, const std::string& region) {
  return VisibleRegionPrefix(a, region);
}

inline std::string Target(const OrgRecord& o) {
  return "org:" + (o.uscc ? *o.uscc : std::to_string(o.id.value));
}

inline Status Record(AppContext& ctx, Connection& c, const Actor& a, const OrgRecord* org, const std::string& action,
                     Date on, const std::string& reason, const std::string& target, nlohmann::json detail) {
  if (org) {
    SOCORG_TRY_VOID(event_store::Append(
        c, EventRecord{0, org->id, action, on.ToString(), ctx.clock.Now(), a.username, reason, "{}"}));
    detail["org_id"] = org->id.value;
  }
  return AppendAudit(c, ctx.clock, a, action, target, detail.dump());
}

inline Result<Date> DateOr(std::optional<Date> d, Date today, const char* field) {
  Date v = d.value_or(today);
  if (v > today) return Invalid("future_date", "日期不能晚于今天", std::string(field) + " is in the future", field);
  return v;
}

inline Status Text(const std::string& v, size_t max, const char* field, bool required) {
  if (required && v.empty())
    return Invalid("required", std::string("缺少必填项：") + field, std::string("missing required field: ") + field, field);
  if (v.size() > max)
    return Invalid("too_long", std::string("内容过长：") + field, std::string("value too long: ") + field, field);
  return {};
}

inline Status Paging(int page, int page_size) {
  if (page < 1 || page > 100000) return Invalid("invalid_page", "页码无效", "invalid page", "page");
  if (page_size < 1 || page_size > 100)
    return Invalid("invalid_page_size", "每页条数应在1到100之间", "page_size must be 1-100", "page_size");
  return {};
}

}  // namespace socorg::supervision::detail
