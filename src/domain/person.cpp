#include "domain/person.h"

#include "domain/name_table.h"

namespace socorg {
namespace {

constexpr NameTable<PersonRole, 13> kRoles{{
    {PersonRole::kLegalRep, {"legal_rep", "法定代表人"}},
    {PersonRole::kChair, {"chair", "会长"}},
    {PersonRole::kViceChair, {"vice_chair", "副会长"}},
    {PersonRole::kSecretaryGeneral, {"secretary_general", "秘书长"}},
    {PersonRole::kDirector, {"director", "理事"}},
    {PersonRole::kSupervisor, {"supervisor", "监事"}},
    {PersonRole::kSpokesperson, {"spokesperson", "新闻发言人"}},
    {PersonRole::kBranchManager, {"branch_manager", "分支机构负责人"}},
    {PersonRole::kFinanceManager, {"finance_manager", "财务负责人"}},
    {PersonRole::kProjectManager, {"project_manager", "项目负责人"}},
    {PersonRole::kMembershipManager, {"membership_manager", "会员管理负责人"}},
    {PersonRole::kHrManager, {"hr_manager", "人事负责人"}},
    {PersonRole::kPartyWorker, {"party_worker", "党务工作者"}},
}};

}  // namespace

std::string_view ToString(PersonRole r) { return WireName(kRoles, r); }
std::string_view LabelZh(PersonRole r) { return ZhLabel(kRoles, r); }
std::optional<PersonRole> ParsePersonRole(std::string_view s) { return FromWireName(kRoles, s); }

const std::vector<PersonRole>& AllPersonRoles() {
  static const std::vector<PersonRole> k = {
      PersonRole::kLegalRep,       PersonRole::kChair,          PersonRole::kViceChair,
      PersonRole::kSecretaryGeneral, PersonRole::kDirector,     PersonRole::kSupervisor,
      PersonRole::kSpokesperson,   PersonRole::kBranchManager,  PersonRole::kFinanceManager,
      PersonRole::kProjectManager, PersonRole::kMembershipManager, PersonRole::kHrManager,
      PersonRole::kPartyWorker};
  return k;
}

bool IsLeadingRole(PersonRole r) {
  return r == PersonRole::kLegalRep || r == PersonRole::kChair || r == PersonRole::kViceChair ||
         r == PersonRole::kSecretaryGeneral;
}

std::string MaskPhone(std::string_view phone) {
  // At least half of the characters hidden, whatever the length.
  if (phone.size() >= 11)
    return std::string(phone.substr(0, 3)) + std::string(phone.size() - 7, '*') +
           std::string(phone.substr(phone.size() - 4));
  if (phone.size() >= 6) return std::string(phone.size() - 2, '*') + std::string(phone.substr(phone.size() - 2));
  return std::string(phone.size(), '*');
}

}  // namespace socorg
