// Organization types, levels and statuses (DOMAIN §3, §4) with their wire names and Chinese labels.
#pragma once

#include <optional>
#include <string_view>

namespace socorg {

enum class OrgType { kSocialGroup, kSocialServiceAgency, kFoundation, kCommunity };
enum class OrgLevel { kNational, kProvincial, kMunicipal, kCounty };

// The register's state of an organization. Founding moves applied -> consented -> under_review ->
// active | refused; social groups may start in preparing (筹备). Community organizations are filed
// (备案) straight to active.
enum class OrgStatus {
  kPreparing,     // 筹备中
  kApplied,       // 已申请 (founding application submitted)
  kConsented,     // 主管单位已同意
  kUnderReview,   // 审查中 (accepted for review, possibly 容缺受理)
  kActive,        // 正常 (registered or filed)
  kLiquidating,   // 清算中: liquidation before deregistration; no activity but the liquidation (DOMAIN §4)
  kRefused,       // 不予登记
  kDeregistered,  // 已注销
  kRevoked,       // 已撤销
};

std::string_view ToString(OrgType t);
std::string_view ToString(OrgLevel l);
std::string_view ToString(OrgStatus s);
std::string_view LabelZh(OrgType t);
std::string_view LabelZh(OrgLevel l);
std::string_view LabelZh(OrgStatus s);
std::optional<OrgType> ParseOrgType(std::string_view s);
// An organization's level is its registering authority's: 100000 national, a province code provincial,
// a city code municipal, a county code county (DOMAIN §3).
OrgLevel LevelForAuthority(std::string_view region_code);
std::optional<OrgLevel> ParseOrgLevel(std::string_view s);
std::optional<OrgStatus> ParseOrgStatus(std::string_view s);

inline constexpr OrgType kAllOrgTypes[] = {OrgType::kSocialGroup, OrgType::kSocialServiceAgency,
                                           OrgType::kFoundation, OrgType::kCommunity};
inline constexpr OrgLevel kAllOrgLevels[] = {OrgLevel::kNational, OrgLevel::kProvincial,
                                             OrgLevel::kMunicipal, OrgLevel::kCounty};
inline constexpr OrgStatus kAllOrgStatuses[] = {
    OrgStatus::kPreparing,   OrgStatus::kApplied, OrgStatus::kConsented,    OrgStatus::kUnderReview,
    OrgStatus::kActive,      OrgStatus::kLiquidating, OrgStatus::kRefused, OrgStatus::kDeregistered,
    OrgStatus::kRevoked};

// The statuses the public register shows: every organization that was registered or filed, including those
// that ended (their record stays public, DOMAIN §21). Applications, 筹备 and refusals are not public.
inline constexpr OrgStatus kPublicOrgStatuses[] = {OrgStatus::kActive, OrgStatus::kDeregistered,
                                                   OrgStatus::kRevoked, OrgStatus::kLiquidating};
bool IsPublicStatus(OrgStatus s);
// Ended for good (refused, deregistered, revoked): no further life-cycle step, no new responsible person,
// and the name is free again in the region.
inline constexpr OrgStatus kEndedOrgStatuses[] = {OrgStatus::kRefused, OrgStatus::kDeregistered,
                                                  OrgStatus::kRevoked};
bool IsEndedStatus(OrgStatus s);

}  // namespace socorg
