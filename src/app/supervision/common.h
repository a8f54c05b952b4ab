// Helpers shared by the supervision use cases (internal to app/supervision). Input checks and the
// organization lookup are the core's (app/checks.h, app/org_lookup.h), as for every module.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/audit_log.h"
#include "app/checks.h"
#include "app/org_lookup.h"
#include "domain/region.h"
#include "store/event_store.h"

namespace socorg::supervision::detail {

inline std::unexpected<Error> NotFound(std::string what) {
  return Fail(ErrorKind::kNotFound, "not_found", "未找到：" + what, "not found: " + what);
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

}  // namespace socorg::supervision::detail
