#include "app/actor.h"

#include <array>
#include <utility>

#include "domain/region.h"
#include "support/text_normalizer.h"

namespace socorg {
namespace {

std::unexpected<Error> Forbidden(std::string zh, std::string en) {
  return Fail(ErrorKind::kForbidden, "forbidden", std::move(zh), std::move(en));
}

std::unexpected<Error> OutsideJurisdiction() {
  return Fail(ErrorKind::kForbidden, "outside_jurisdiction", "该组织不在您的管辖范围内",
              "the organization is outside your jurisdiction");
}

}  // namespace

Status CheckAccountScope(Role role, const std::string& region, const std::string& org_uscc) {
  if (role == Role::kOrgAccount) {
    if (org_uscc.empty())
      return Fail(ErrorKind::kInvalid, "org_required", "社会组织账号须指定组织代码", "an org account needs --org", "org");
    return {};
  }
  if (!IsRegionCodeShape(region))
    return Fail(ErrorKind::kInvalid, "region_required", "须指定6位行政区划代码", "a 6-digit region code is required",
                "region");
  RegionLevel level = LevelOfRegion(region);
  std::optional<RegionLevel> want;
  if (role == Role::kMinistryOfficer) want = RegionLevel::kNational;
  if (role == Role::kProvinceOfficer) want = RegionLevel::kProvince;
  if (role == Role::kCityOfficer) want = RegionLevel::kCity;
  if (role == Role::kCountyOfficer) want = RegionLevel::kCounty;
  if (want && level != *want)
    return Fail(ErrorKind::kInvalid, "region_level_mismatch", "行政区划级别与角色不符",
                "the region's level does not match the role", "region");
  return {};
}

bool IsSupervisoryUnitAct(Action a) {
  return a == Action::kConsent || a == Action::kConsentChange || a == Action::kConsentDeregistration;
}

Status CheckSupervisoryUnit(const Actor& a, const std::string& org_supervisory_unit) {
  if (a.role != Role::kSupervisoryReviewer || a.unit.empty()) return {};
  if (NormalizeText(a.unit) == NormalizeText(org_supervisory_unit)) return {};
  return Fail(ErrorKind::kForbidden, "not_its_supervisory_unit",
              "该组织的业务主管单位是“" + org_supervisory_unit + "”，不是本账号所属的“" + a.unit + "”",
              "the organization's supervisory unit is not this account's unit (" + a.unit + ")");
}

Status CheckCanRead(const Actor& a, const OrgRecord& org) {
  if (a.role == Role::kOrgAccount) {
    if (org.uscc && *org.uscc == a.org_uscc) return {};
    return Forbidden("社会组织账号只能查看本组织", "an organization account sees only its own organization");
  }
  if (IsWithinRegion(org.region_code, a.region_code)) return {};
  return OutsideJurisdiction();
}

PersonalData PersonalDataAccess(Role r) {
  // The party work department acts on party data, not on the register's persons: masked, as the auditor.
  return r == Role::kAuditor || r == Role::kPartyOfficer ? PersonalData::kMasked : PersonalData::kFull;
}

Status CheckCanAct(const Actor& a, Action action, const std::string& org_region, const std::string& org_uscc) {
  switch (a.role) {
    case Role::kAuditor: return Forbidden("审计账号为只读", "auditor accounts are read-only");
    case Role::kOrgAccount:
      // An organization files its own term election; every registration decision is the authority's.
      if (action == Action::kFileElection && !org_uscc.empty() && org_uscc == a.org_uscc) return {};
      return Forbidden("社会组织账号不能办理该事项", "an organization account cannot perform this action");
    case Role::kPartyOfficer:
      return Forbidden("党建工作部门账号不能办理登记事项", "a party officer account cannot perform register actions");
    case Role::kSupervisoryReviewer:
      if (!IsSupervisoryUnitAct(action))
        return Forbidden("业务主管单位只能出具同意意见", "a supervisory reviewer can only give consent");
      break;
    default:
      // Segregation of duties (DOMAIN §1, §4; 社会团体登记管理条例 art. 9, 民办非企业单位登记管理暂行条例 art. 8):
      // the founding consent is the supervisory unit's act, never the registration authority's.
      // The same for the consent to a change (SG art. 18, PNEU art. 15: 业务主管单位审查同意).
      if (IsSupervisoryUnitAct(action))
        return Fail(ErrorKind::kForbidden, "supervisory_unit_only",
                    "业务主管单位的同意意见只能由业务主管单位账号出具，登记管理机关不能代为出具",
                    "the supervisory unit's consent (to a founding or a change) is its own act: only a supervisory "
                    "reviewer account may give it, not a registration authority officer");
      break;
  }
  if (!IsWithinRegion(org_region, a.region_code)) return OutsideJurisdiction();
  return {};
}

Result<std::string> VisibleRegionPrefix(const Actor& a, const std::string& requested) {
  if (a.role == Role::kOrgAccount) return Forbidden("社会组织账号不能查询登记库", "organization accounts cannot search the register");
  std::string root = requested.empty() ? a.region_code : requested;
  if (!IsRegionCodeShape(root))
    return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码应为6位数字", "region must be 6 digits", "region");
  if (!IsWithinRegion(root, a.region_code)) return OutsideJurisdiction();
  return RegionPrefix(root);
}

}  // namespace socorg
