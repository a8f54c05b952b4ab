// Accounts, their roles (DOMAIN §1) and the audit chain's records (DESIGN.md "Audit").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace socorg {

struct UserId {
  std::int64_t value = 0;
  auto operator<=>(const UserId&) const = default;
};

enum class Role {
  kMinistryOfficer,
  kProvinceOfficer,
  kCityOfficer,
  kCountyOfficer,
  kSupervisoryReviewer,
  kOrgAccount,
  kAuditor,
  kPartyOfficer,  // party work department (社会工作部 / 两新工委), region-scoped: party data only (DOMAIN §13)
};
std::string_view ToString(Role r);
std::string_view LabelZh(Role r);
std::optional<Role> ParseRole(std::string_view s);
// The registration authorities' officers (ministry, province, city, county).
bool IsOfficer(Role r);

struct UserRecord {
  UserId id;
  std::string username, password_hash;  // argon2id (libsodium crypto_pwhash_str)
  Role role = Role::kAuditor;
  std::string region_code, org_uscc, created_at;
  // supervisory_reviewer only: the supervisory unit (业务主管单位) the account acts for; empty = every unit of
  // its region.
  std::string unit;
};

struct AuditRecord {
  std::int64_t id = 0;
  std::string at, actor, role, source, action, target, detail, prev_hash, hash;
};

}  // namespace socorg
