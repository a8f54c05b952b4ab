#include "domain/person.h"

#include "domain/name_table.h"

namespace socorg {
namespace {

constexpr NameTable<PersonRole, 7> kRoles{{
    {PersonRole::kLegalRep, {"legal_rep", "法定代表人"}},
    {PersonRole::kChair, {"chair", "会长"}},
    {PersonRole::kViceChair, {"vice_chair", "副会长"}},
    {PersonRole::kSecretaryGeneral, {"secretary_general", "秘书长"}},
    {PersonRole::kDirector, {"director", "理事"}},
    {PersonRole::kSupervisor, {"supervisor", "监事"}},
    {PersonRole::kSpokesperson, {"spokesperson", "新闻发言人"}},
}};

}  // namespace

std::string_view ToString(PersonRole r) { return WireName(kRoles, r); }
std::string_view LabelZh(PersonRole r) { return ZhLabel(kRoles, r); }
std::optional<PersonRole> ParsePersonRole(std::string_view s) { return FromWireName(kRoles, s); }

std::string MaskPhone(std::string_view phone) {
  // At least half of the characters hidden, whatever the length.
  if (phone.size() >= 11)
    return std::string(phone.substr(0, 3)) + std::string(phone.size() - 7, '*') +
           std::string(phone.substr(phone.size() - 4));
  if (phone.size() >= 6) return std::string(phone.size() - 2, '*') + std::string(phone.substr(phone.size() - 2));
  return std::string(phone.size(), '*');
}

}  // namespace socorg
