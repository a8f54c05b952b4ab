// A responsible person of an organization (DOMAIN §5): one record per role held. Persons' ID numbers,
// phones and addresses never leave the officers' side (DOMAIN §21).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  // Appended (the wire names of the roles above keep their order):
  kBranchManager,      // 分支机构（代表机构）负责人: social groups and foundations only
  kFinanceManager,     // 财务负责人 (professional post)
  kProjectManager,     // 项目负责人 (professional post)
  kMembershipManager,  // 会员管理负责人 (professional post)
  kHrManager,          // 人事负责人 (professional post)
  kPartyWorker,        // 党务工作者 (party building, DOMAIN §13)
};
// Every role, in wire order (the meta listing, the console's choices, tests).
const std::vector<PersonRole>& AllPersonRoles();
// The 负责人 in the statutes' sense (legal representative, chair, vice chair, secretary general): the roles
// the criminal-record and political-rights checks apply to.
bool IsLeadingRole(PersonRole r);
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
  // Declared facts of the joint review (not public; masked views leave them out). nullopt = not declared.
  std::optional<bool> criminal_record = std::nullopt, political_rights_deprived = std::nullopt,
                      party_member = std::nullopt;
  std::optional<std::string> sentence_completed_on = std::nullopt, political_rights_deprived_until = std::nullopt;
  std::optional<std::int64_t> filing_id = std::nullopt;  // the 一前一备 filing that recorded it (leader_reviews); none before 009
};

}  // namespace socorg
