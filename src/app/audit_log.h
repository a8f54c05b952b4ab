// The append-only, hash-chained audit log (DESIGN.md "Audit"). Each record's hash is
// SHA-256(prev_hash | id | at | actor | role | source | action | target | detail); the head row keeps the
// last id and hash, so a modified, deleted or truncated record is detected by Verify.
#pragma once

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/account.h"
#include "support/clock.h"
#include "store/db.h"

namespace socorg {

// Appends inside the caller's transaction, so the audit record commits or rolls back with the write.
Status AppendAudit(Connection& c, const Clock& clock, const Actor& actor, const std::string& action,
                   const std::string& target, const std::string& detail_json);
// For writes without a logged-in user (CLI, migrations, demo): actor name given directly.
Status AppendSystemAudit(Connection& c, const Clock& clock, const std::string& actor, const std::string& action,
                         const std::string& target, const std::string& detail_json);

struct AuditVerification {
  bool ok = true;
  std::int64_t records = 0;
  std::int64_t first_bad_id = 0;  // 0 when ok
  std::string problem;            // English, for the CLI and logs
};
Result<AuditVerification> VerifyAudit(Connection& c);

// The newest `limit` (1-500) records with id < before (0: from the newest), newest first. Auditors and
// ministry officers only.
Result<std::vector<AuditRecord>> ReadAuditLog(AppContext& ctx, const Actor& actor, int limit, std::int64_t before);

std::string Sha256Hex(std::string_view data);

}  // namespace socorg
