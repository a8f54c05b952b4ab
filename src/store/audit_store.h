// The audit chain's rows. Hashing and verification live in app/audit_log.cpp.
#pragma once

#include <functional>

#include "store/db.h"
#include "store/records.h"

namespace socorg::audit_store {

struct Head {
  std::int64_t last_id = 0;
  std::string last_hash;
};
// Reads the chain head, locking it for the rest of the transaction on PostgreSQL (SQLite writers are
// already serialised by BEGIN IMMEDIATE).
Result<Head> LockHead(Connection& c);
Status Insert(Connection& c, const AuditRecord& r);
Status SetHead(Connection& c, const Head& h);
Result<Head> ReadHead(Connection& c);
// Every record in id order, in batches (constant memory).
Status ForEach(Connection& c, const std::function<Status(const AuditRecord&)>& fn);
Result<std::vector<AuditRecord>> Recent(Connection& c, int limit, std::int64_t before_id);

}  // namespace socorg::audit_store
