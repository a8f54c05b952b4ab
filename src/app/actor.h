// Who is acting, and what roles and jurisdiction allow (DOMAIN §1; DESIGN.md "Access"). Every use case
// takes an Actor and calls these checks itself: the HTTP layer never decides access.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/error.h"
#include "domain/lifecycle.h"
#include "domain/account.h"
#include "domain/organization.h"

namespace socorg {

struct Actor {
  UserId user_id;
  std::string username;
  Role role = Role::kAuditor;
  std::string region_code;  // jurisdiction root (officers, reviewers, auditors)
  std::string org_uscc;     // org accounts
  std::string source;       // client address, for the audit log
};

// An account's jurisdiction must match its role's level: a county officer a county, and so on.
Status CheckAccountScope(Role role, const std::string& region_code, const std::string& org_uscc);

// Read access to one organization's full record.
Status CheckCanRead(const Actor& a, const OrgRecord& org);
// Whether an officer-side view shows persons' full ID numbers, phones and addresses (DOMAIN §21, PIPL's
// minimum necessary): the registration officers, the supervisory unit (it reviews the persons before it
// consents) and the organization itself see them; the auditor, who checks the record and the log but acts on
// no person, sees masked values. Every full view is audited (org.view_personal_data).
enum class PersonalData { kFull, kMasked };
PersonalData PersonalDataAccess(Role r);

// Permission to perform `action` on the organization (or, for new applications, in its region).
Status CheckCanAct(const Actor& a, Action action, const std::string& org_region, const std::string& org_uscc);
// Officers' register search and statistics: the region prefix the actor may see, or an error.
Result<std::string> VisibleRegionPrefix(const Actor& a, const std::string& requested_region);

}  // namespace socorg
