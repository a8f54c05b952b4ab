// Organizations in the register: rows, the name search index, and counts.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/records.h"

namespace socorg::org_store {

Result<OrgId> Insert(Connection& c, const OrgRecord& r);
// Insert without the name index, for bulk loads that index afterwards with IndexName (SQLite FTS5 flushes its
// pending index at every statement savepoint, so interleaving index and row writes is slow).
Result<OrgId> InsertRow(Connection& c, const OrgRecord& r);
Result<OrgId> InsertRow(Connection& c, OrgRecord&& r);  // the same, taking the record's strings
// Writes every column of r where id = r.id and version = expected_version, then bumps the version.
// kConflict (code "stale_version") when the row changed since it was read.
Status Update(Connection& c, const OrgRecord& r, std::int64_t expected_version);
// kForUpdate, inside a write transaction: the row stays locked until commit (PostgreSQL SELECT ... FOR
// UPDATE; on SQLite BEGIN IMMEDIATE already holds the database's write lock, so it reads as usual).
enum class Lock { kNone, kForUpdate };
Result<std::optional<OrgRecord>> GetByUscc(Connection& c, const std::string& uscc, Lock lock = Lock::kNone);
Result<std::optional<OrgRecord>> GetById(Connection& c, OrgId id, Lock lock = Lock::kNone);
// The id the next inserted row gets on SQLite (INTEGER PRIMARY KEY: the largest id + 1), inside a write
// transaction.
Result<std::int64_t> NextId(Connection& c);

// True when an organization with this normalised name, not ended (kEndedOrgStatuses), exists in the
// region (refusal ground: same name in the area).
Result<bool> NameTaken(Connection& c, const std::string& name_norm, const std::string& region_code, OrgId except);

// Bulk loads: while on, the name index buffers far more new entries in memory before writing them
// (SQLite FTS5 'hashsize'); turn it off again in the same transaction. PostgreSQL: nothing to do.
Status SetBulkIndexing(Connection& c, bool on);

// Keeps the name index in step with name_norm: call after Insert and whenever the name changes.
Status IndexName(Connection& c, OrgId id, const std::optional<std::string>& old_norm, const std::string& new_norm);

Result<OrgPage> Search(Connection& c, const OrgFilter& f);

// Compact facts for in-memory statistics (app/stats_cube.h), read in keyset pages of `page` rows so a
// 1M register is never materialised at once. Calls fn for each row in id order.
struct OrgFact {
  std::int64_t id;
  std::string region_code, type, level, status, term_end, postponed_until;  // "" when NULL
};
Status ForEachOrgFact(Connection& c, int page, const std::function<void(const OrgFact&)>& fn);
struct EventFact {
  std::int64_t org_id;
  std::string action, occurred_on;
};
// Only the life-cycle actions the dashboard counts (apply, approve, file_community, import, change,
// deregister, revoke).
Status ForEachEventFact(Connection& c, int page, const std::function<void(const EventFact&)>& fn);

// A unique, increasing serial for issuing codes (inside the caller's transaction).
Result<std::int64_t> NextSerial(Connection& c, const std::string& counter);

// Every organization with a code (export). Calls fn for each in id order.
Status ForEach(Connection& c, const OrgFilter& f, const std::function<void(const OrgRecord&)>& fn);

}  // namespace socorg::org_store
