// Finding an organization by the key a client sends — the one lookup every use case (the register's and
// every module's) goes through, so that a wrong key gives the same error everywhere.
#pragma once

#include <string>

#include "domain/organization.h"
#include "store/db.h"

namespace socorg {

enum class RowLock { kNone, kForUpdate };

// `key` is an 18-character unified social credit code (normalised first: lower case and full-width
// characters are accepted) or a numeric id ("123", for applications without a code yet). kNotFound
// ("org_not_found") for any other key and for no such organization. kForUpdate, inside a write
// transaction, holds the row until commit so that a read-check-write cannot interleave with another writer.
Result<OrgRecord> FindOrgByKey(Connection& c, const std::string& key, RowLock lock = RowLock::kNone);

// The audit target of an organization: "org:<code>", or "org:<id>" before it has one.
std::string OrgTarget(const OrgRecord& o);

}  // namespace socorg
