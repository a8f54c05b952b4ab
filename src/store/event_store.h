// History events, persons and findings attached to an organization.
#pragma once

#include <vector>

#include "store/db.h"
#include "store/records.h"

namespace socorg::event_store {

Result<std::int64_t> Append(Connection& c, const EventRecord& e);
// Oldest first.
Result<std::vector<EventRecord>> ListForOrg(Connection& c, OrgId org);

Result<std::int64_t> InsertPerson(Connection& c, const PersonRecord& p);
Result<std::vector<PersonRecord>> PersonsOf(Connection& c, OrgId org);
// Ends every active holding of `role` in the organization on `on` (term_end = on, no longer active): the
// predecessor of a new legal representative. Returns how many were ended.
Result<std::int64_t> EndRole(Connection& c, OrgId org, PersonRole role, const std::string& on);

// For the public record: the columns it shows and nothing else. Events carry id, action, occurred_on
// and changes (recorded_at, actor and reason stay empty); persons are the active ones with name and role
// only — their ID numbers, phones and addresses are never read (DOMAIN §21).
Result<std::vector<EventRecord>> PublicEventsOf(Connection& c, OrgId org);
Result<std::vector<PersonRecord>> PublicPersonsOf(Connection& c, OrgId org);
// Active positions held by the same ID number in organizations other than `except`, with the other
// organization's name, type and status.
struct PositionElsewhere {
  std::string org_name;
  OrgType org_type = OrgType::kSocialGroup;
  OrgStatus org_status = OrgStatus::kActive;
  PersonRole role = PersonRole::kLegalRep;
};
Result<std::vector<PositionElsewhere>> PositionsElsewhere(Connection& c, const std::string& id_number, OrgId except);

Result<std::int64_t> InsertFinding(Connection& c, const FindingRecord& f);
Result<std::vector<FindingRecord>> FindingsOf(Connection& c, OrgId org);

}  // namespace socorg::event_store
