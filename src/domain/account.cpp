#include "domain/account.h"

#include "domain/name_table.h"

namespace socorg {
namespace {

constexpr NameTable<Role, 8> kRoles{{
    {Role::kMinistryOfficer, {"ministry_officer", "民政部登记管理机关"}},
    {Role::kProvinceOfficer, {"province_officer", "省级登记管理机关"}},
    {Role::kCityOfficer, {"city_officer", "市级登记管理机关"}},
    {Role::kCountyOfficer, {"county_officer", "县级登记管理机关"}},
    {Role::kSupervisoryReviewer, {"supervisory_reviewer", "业务主管单位"}},
    {Role::kOrgAccount, {"org_account", "社会组织"}},
    {Role::kAuditor, {"auditor", "审计（只读）"}},
    {Role::kPartyOfficer, {"party_officer", "党建工作部门"}},
}};

}  // namespace

std::string_view ToString(Role r) { return WireName(kRoles, r); }
std::string_view LabelZh(Role r) { return ZhLabel(kRoles, r); }
std::optional<Role> ParseRole(std::string_view s) { return FromWireName(kRoles, s); }

bool IsOfficer(Role r) {
  return r == Role::kMinistryOfficer || r == Role::kProvinceOfficer || r == Role::kCityOfficer ||
         r == Role::kCountyOfficer;
}

}  // namespace socorg
