#include "domain/org_types.h"

#include <array>
#include <utility>

#include "domain/region.h"

namespace socorg {
namespace {

template <typename E, size_t N>
using Table = std::array<std::pair<E, std::pair<std::string_view, std::string_view>>, N>;

constexpr Table<OrgType, 4> kTypes{{
    {OrgType::kSocialGroup, {"social_group", "社会团体"}},
    {OrgType::kSocialServiceAgency, {"social_service_agency", "社会服务机构"}},
    {OrgType::kFoundation, {"foundation", "基金会"}},
    {OrgType::kCommunity, {"community", "社区社会组织"}},
}};
constexpr Table<OrgLevel, 4> kLevels{{
    {OrgLevel::kNational, {"national", "全国"}},
    {OrgLevel::kProvincial, {"provincial", "省级"}},
    {OrgLevel::kMunicipal, {"municipal", "市级"}},
    {OrgLevel::kCounty, {"county", "县级"}},
}};
constexpr Table<OrgStatus, 8> kStatuses{{
    {OrgStatus::kPreparing, {"preparing", "筹备中"}},
    {OrgStatus::kApplied, {"applied", "已申请"}},
    {OrgStatus::kConsented, {"consented", "主管单位已同意"}},
    {OrgStatus::kUnderReview, {"under_review", "审查中"}},
    {OrgStatus::kActive, {"active", "正常"}},
    {OrgStatus::kRefused, {"refused", "不予登记"}},
    {OrgStatus::kDeregistered, {"deregistered", "已注销"}},
    {OrgStatus::kRevoked, {"revoked", "已撤销"}},
}};

template <typename E, size_t N>
std::string_view Name(const Table<E, N>& t, E e, bool zh) {
  for (auto& [k, v] : t)
    if (k == e) return zh ? v.second : v.first;
  return "";
}
template <typename E, size_t N>
std::optional<E> ParseName(const Table<E, N>& t, std::string_view s) {
  for (auto& [k, v] : t)
    if (v.first == s) return k;
  return std::nullopt;
}

}  // namespace

std::string_view ToString(OrgType t) { return Name(kTypes, t, false); }
std::string_view ToString(OrgLevel l) { return Name(kLevels, l, false); }
std::string_view ToString(OrgStatus s) { return Name(kStatuses, s, false); }
std::string_view LabelZh(OrgType t) { return Name(kTypes, t, true); }
std::string_view LabelZh(OrgLevel l) { return Name(kLevels, l, true); }
std::string_view LabelZh(OrgStatus s) { return Name(kStatuses, s, true); }
std::optional<OrgType> ParseOrgType(std::string_view s) { return ParseName(kTypes, s); }

OrgLevel LevelForAuthority(std::string_view region_code) {
  switch (LevelOfRegion(region_code)) {
    case RegionLevel::kNational: return OrgLevel::kNational;
    case RegionLevel::kProvince: return OrgLevel::kProvincial;
    case RegionLevel::kCity: return OrgLevel::kMunicipal;
    case RegionLevel::kCounty: return OrgLevel::kCounty;
  }
  return OrgLevel::kCounty;
}
std::optional<OrgLevel> ParseOrgLevel(std::string_view s) { return ParseName(kLevels, s); }
std::optional<OrgStatus> ParseOrgStatus(std::string_view s) { return ParseName(kStatuses, s); }

}  // namespace socorg
