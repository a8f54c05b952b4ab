#include "domain/org_types.h"

#include <algorithm>
#include <iterator>

#include "domain/name_table.h"
#include "domain/region.h"

namespace socorg {
namespace {

constexpr NameTable<OrgType, 4> kTypes{{
    {OrgType::kSocialGroup, {"social_group", "社会团体"}},
    {OrgType::kSocialServiceAgency, {"social_service_agency", "社会服务机构"}},
    {OrgType::kFoundation, {"foundation", "基金会"}},
    {OrgType::kCommunity, {"community", "社区社会组织"}},
}};
constexpr NameTable<OrgLevel, 4> kLevels{{
    {OrgLevel::kNational, {"national", "全国"}},
    {OrgLevel::kProvincial, {"provincial", "省级"}},
    {OrgLevel::kMunicipal, {"municipal", "市级"}},
    {OrgLevel::kCounty, {"county", "县级"}},
}};
constexpr NameTable<OrgStatus, 9> kStatuses{{
    {OrgStatus::kPreparing, {"preparing", "筹备中"}},
    {OrgStatus::kApplied, {"applied", "已申请"}},
    {OrgStatus::kConsented, {"consented", "主管单位已同意"}},
    {OrgStatus::kUnderReview, {"under_review", "审查中"}},
    {OrgStatus::kActive, {"active", "正常"}},
    {OrgStatus::kRefused, {"refused", "不予登记"}},
    {OrgStatus::kDeregistered, {"deregistered", "已注销"}},
    {OrgStatus::kRevoked, {"revoked", "已撤销"}},
    {OrgStatus::kLiquidating, {"liquidating", "清算中"}},
}};

}  // namespace

std::string_view ToString(OrgType t) { return WireName(kTypes, t); }
std::string_view ToString(OrgLevel l) { return WireName(kLevels, l); }
std::string_view ToString(OrgStatus s) { return WireName(kStatuses, s); }
std::string_view LabelZh(OrgType t) { return ZhLabel(kTypes, t); }
std::string_view LabelZh(OrgLevel l) { return ZhLabel(kLevels, l); }
std::string_view LabelZh(OrgStatus s) { return ZhLabel(kStatuses, s); }
std::optional<OrgType> ParseOrgType(std::string_view s) { return FromWireName(kTypes, s); }

OrgLevel LevelForAuthority(std::string_view region_code) {
  switch (LevelOfRegion(region_code)) {
    case RegionLevel::kNational: return OrgLevel::kNational;
    case RegionLevel::kProvince: return OrgLevel::kProvincial;
    case RegionLevel::kCity: return OrgLevel::kMunicipal;
    case RegionLevel::kCounty: return OrgLevel::kCounty;
  }
  return OrgLevel::kCounty;
}
std::optional<OrgLevel> ParseOrgLevel(std::string_view s) { return FromWireName(kLevels, s); }
std::optional<OrgStatus> ParseOrgStatus(std::string_view s) { return FromWireName(kStatuses, s); }

bool IsPublicStatus(OrgStatus s) {
  return std::find(std::begin(kPublicOrgStatuses), std::end(kPublicOrgStatuses), s) != std::end(kPublicOrgStatuses);
}
bool IsEndedStatus(OrgStatus s) {
  return std::find(std::begin(kEndedOrgStatuses), std::end(kEndedOrgStatuses), s) != std::end(kEndedOrgStatuses);
}

}  // namespace socorg
