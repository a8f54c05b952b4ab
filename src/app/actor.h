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
  std::string unit;         // supervisory reviewers: the unit they act for (empty: every unit of the region)
};

// An account's jurisdiction must match its role's level: a county officer a county, and so on.
Status CheckAccountScope(Role role, const std::string& region_code, const std::string& org_uscc);

// A supervisory unit's act (founding or change consent, the annual report's opinion) on an organization:
// by a supervisory reviewer account whose unit is the organization's supervisory unit (the names compared
// after normalization: full-width, traditional, spaces), or whose account spans its region's units (no
// unit). 403 `not_its_supervisory_unit` otherwise (SG art. 9, 28; PNEU art. 8, 23; FDN art. 36: 业务主管单位).
Status CheckSupervisoryUnit(const Actor& a, const std::string& org_supervisory_unit);
// The supervisory unit's own acts: the founding consent, the consent to a change, the consent to deregistration.
bool IsSupervisoryUnitAct(Action a);

// Read access to one organization's full record.
Status CheckCanRead(const Actor& a, const OrgRecord& org);
// Whether an officer-side view shows persons' full ID numbers, phones and addresses (DOMAIN §21, PIPL's
// minimum necessary): the registration officers, the supervisory unit (it reviews the persons before it
// consents) and the organization itself see them; the auditor, who checks the record and the log but acts on
// no person, and the party work department (party data only) see masked values. Every full view is audited (org.view_personal_data).
enum class PersonalData { kFull, kMasked };
PersonalData PersonalDataAccess(Role r);

// Permission to perform `action` on the organization (or, for new applications, in its region).
Status CheckCanAct(const Actor& a, Action action, const std::string& org_region, const std::string& org_uscc);
// Officers' register search and statistics: the region prefix the actor may see, or an error.
Result<std::string> VisibleRegionPrefix(const Actor& a, const std::string& requested_region);

}  // namespace socorg
