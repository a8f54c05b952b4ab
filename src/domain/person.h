// A responsible person of an organization (DOMAIN §5): one record per role held. Persons' ID numbers,
// phones and addresses never leave the officers' side (DOMAIN §21).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/organization.h"

namespace socorg {

enum class PersonRole {
  kLegalRep,          // 法定代表人
  kChair,             // 会长/理事长
  kViceChair,         // 副会长
  kSecretaryGeneral,  // 秘书长
  kDirector,          // 理事
  kSupervisor,        // 监事
  kSpokesperson,      // 新闻发言人
};
std::string_view ToString(PersonRole r);
std::string_view LabelZh(PersonRole r);
std::optional<PersonRole> ParsePersonRole(std::string_view s);

// "13800001234" -> "138****1234"; shorter numbers keep their last two characters ("5551234" -> "*****34"),
// very short ones none: at least half is always hidden. For views that may not show a phone.
std::string MaskPhone(std::string_view phone);

struct PersonRecord {
  std::int64_t id = 0;
  OrgId org_id;
  std::string name, id_number;  // id_number: GB 11643, normalised (upper-case X)
  PersonRole role = PersonRole::kLegalRep;
  std::string phone, address, term_start;
  std::optional<std::string> term_end;
  std::int64_t consecutive_terms = 1;
  bool active = true;
  std::string created_at;
};

}  // namespace socorg
