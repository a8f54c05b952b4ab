// Bulk loads (CSV import of a whole register): secondary indexes are dropped inside the caller's write
// transaction and rebuilt once the rows are in, so each index is built by one sort instead of a million
// random B-tree inserts. Both steps are part of the caller's transaction: a failed import rolls back the
// drop as well, and other connections keep reading the old snapshot, indexes included (WAL; the import
// switches to a rollback journal only when no other connection has the file open, app/import.cpp).
//
// Both backends: the DDL is transactional on each, and each gives every index's exact CREATE statement
// (sqlite_master, pg_indexes). On PostgreSQL DROP INDEX locks the table against readers until the import
// commits (SQLite readers keep their WAL snapshot): a large import into a serving register makes its
// readers wait (docs/operations.md).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/db.h"
#include "store/records.h"

namespace socorg {

// The connection's settings for a bulk load, for the lifetime of this object (SQLite; nothing on
// PostgreSQL). While an import runs, SQLite keeps the B-tree pages it is filling in its own cache instead
// of writing them out and reading them back (at 1M rows the indexes outgrow the default 64 MiB and every
// insert missed), and CREATE INDEX (DeferredIndexes::Rebuild) may sort on a second thread. It also switches
// to a rollback journal instead of the WAL when no other connection has the file open (see bulk_load.cpp).
// Restored afterwards: the connection goes back to the server's pool. Create it before the transaction.
class BulkLoadSession {
 public:
  explicit BulkLoadSession(Connection& c);
  ~BulkLoadSession();
  BulkLoadSession(const BulkLoadSession&) = delete;
  BulkLoadSession& operator=(const BulkLoadSession&) = delete;

 private:
  Connection& c_;
  bool rollback_journal_ = false;
};

class DeferredIndexes {
 public:
  // Drops every index of `tables` that has a CREATE statement (not the UNIQUE / PRIMARY KEY constraints,
  // which the load must check row by row).
  static Result<DeferredIndexes> Drop(Connection& c, const std::vector<std::string>& tables);
  // Re-creates the dropped indexes with their original statements.
  Status Rebuild();

 private:
  explicit DeferredIndexes(Connection& c) : c_(&c) {}
  Connection* c_;
  std::vector<std::string> create_statements_;
};

// The name index (FTS5, org_search) of a first import, built beside the register: on another thread,
// into a scratch SQLite file, while the loading thread inserts the rows; copied in at the end inside the
// import's transaction. Only when the register's name index is still empty — a copy of FTS5's tables is
// that index exactly, whereas merging into a non-empty index would mean inserting every name again.
// Building it on the loader took 3 of the 1M-row import's 20 s (docs/benchmarks.md, round 4).
//
// Start() runs before the caller's transaction (it attaches the scratch file, which SQLite allows only
// outside a transaction); Add() and Finish() run on one other thread; CopyInto() on the caller's
// connection inside its transaction, after Finish() returned. The destructor detaches and deletes the
// scratch file. Start() gives null on PostgreSQL, when the index has names, and when no scratch file can be
// made in the temp directory; the caller then indexes the names itself.
class NameIndexBuild {
 public:
  static Result<std::unique_ptr<NameIndexBuild>> Start(Connection& c);
  ~NameIndexBuild();
  // Takes the write lock of the register (main) alone, in a transaction begun deferred.
  Status LockRegister();
  // The names of organization `id` (as in orgs.id), normalised (orgs.name_norm).
  Status Add(std::int64_t id, const std::string& name_norm);
  Status Finish();
  // Replaces the (empty) name index of `c` with the one built.
  Status CopyInto(Connection& c);

 private:
  NameIndexBuild(Connection& c, std::string path) : c_(&c), path_(std::move(path)) {}
  Connection* c_;
  std::unique_ptr<Connection> scratch_;
  std::string path_;
  bool attached_ = false;
  bool begun_ = false;  // the scratch transaction (Add, Finish)
};

// PostgreSQL: organizations and their import events written through COPY (text format), a batch at a
// time, inside the caller's transaction; the name search columns (name_search, name_bigrams) are written
// with the rows and the per-bigram counts (migration 010) added once at the end. Ids come from the orgs
// sequence, reserved for each batch in one statement. Start() gives null on SQLite.
class OrgCopyLoad {
 public:
  static std::unique_ptr<OrgCopyLoad> Start(Connection& c);
  // The codes among `codes` that are already in the register (one query).
  Result<std::vector<std::string>> Registered(const std::vector<std::string>& codes);
  // Queues one organization and its import event (its org_id is filled in by Flush).
  void Add(OrgRecord&& r, EventRecord&& e);
  // Writes the queued rows: ids, then one COPY of the organizations and one of the events. A code taken in
  // the meantime comes back as kConflict. Returns the number of rows written.
  Result<size_t> Flush();
  // After the last Flush: the per-bigram counts of the names written.
  Status Finish();

 private:
  explicit OrgCopyLoad(Connection& c) : c_(&c) {}
  Connection* c_;
  std::vector<std::pair<OrgRecord, EventRecord>> queued_;
  std::unordered_map<std::string, std::int64_t> bigram_counts_;
  std::string orgs_, events_;  // COPY text, reused between batches
};

}  // namespace socorg
