// Flags the zombie and elections jobs raise (DOMAIN §11 zombie organizations and revocation candidates,
// §4 overdue term elections; table supervision_flags) and their handling by officers. Functions run inside
// the caller's transaction when there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// Inserted active, whatever r.active says.
Result<std::int64_t> InsertFlag(Connection& c, const supervision::FlagRecord& r);
Status UpdateFlag(Connection& c, std::int64_t id, Date since, const std::string& facts,
                  const std::string& explanation, const std::string& now);
Status ClearFlag(Connection& c, std::int64_t id, Date on, const std::string& now);
Status SetFlagHandling(Connection& c, std::int64_t id, supervision::FlagHandling handling,
                       supervision::FlagOutcome outcome, Date on, const std::string& now);
// With the organization joined.
Result<std::optional<supervision::FlagRecord>> GetFlag(Connection& c, std::int64_t id);
// Every flag of the organization, active or cleared, by id.
Result<std::vector<supervision::FlagRecord>> FlagsOf(Connection& c, std::int64_t org_id);
// Active flags of `kind` in the region prefix, longest-standing first.
Result<supervision::Page<supervision::FlagRecord>> ActiveFlags(Connection& c, supervision::FlagKind kind,
                                                               const std::string& region_prefix, int limit,
                                                               int offset);
// Flags of the organizations in the prefix by (kind, handling, outcome).
Result<std::vector<supervision::FlagOutcomeCount>> FlagOutcomes(Connection& c,
                                                                const std::string& region_prefix);

}  // namespace socorg::supervision_store
