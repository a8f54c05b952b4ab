#include "store/bulk_load.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "store/org_store.h"
#include "store/sqlite/sqlite_queries.h"

namespace socorg {

BulkLoadSession::BulkLoadSession(Connection& c) : c_(c) {
  if (c_.dialect() != Dialect::kSqlite) return;
  (void)c_.ExecScript("PRAGMA cache_size=-1048576; PRAGMA threads=2");
  // A rollback journal instead of the WAL while the import runs, when no other connection has the file
  // open (SQLite refuses the switch otherwise; the import then goes through the WAL). The new pages are
  // written once, page-aligned, into the database file: through the WAL they were written twice (WAL,
  // then checkpoint) and the WAL's 24-byte frame headers made the kernel zero page-cache folios for every
  // frame (half of the commit's time, docs/benchmarks.md round 4). The journal holds only the pages that
  // existed before, so a crash or a failed import still rolls back to the register as it was;
  // synchronous=FULL is what a rollback journal needs to survive a power cut.
  auto mode = c_.Query("PRAGMA journal_mode=DELETE", {});
  rollback_journal_ = mode && !mode->empty() && mode->at(0).Text(0) == "delete";
  if (rollback_journal_) (void)c_.ExecScript("PRAGMA synchronous=FULL");
}

BulkLoadSession::~BulkLoadSession() {
  if (c_.dialect() != Dialect::kSqlite) return;
  (void)c_.ExecScript("PRAGMA cache_size=-65536; PRAGMA threads=0");
  if (rollback_journal_) (void)c_.ExecScript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
}

Result<DeferredIndexes> DeferredIndexes::Drop(Connection& c, const std::vector<std::string>& tables) {
  DeferredIndexes d(c);
  if (c.dialect() != Dialect::kSqlite) return d;
  for (const std::string& table : tables) {
    SOCORG_TRY(Rows rows, c.Query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 "
                                  "AND sql IS NOT NULL ORDER BY name",
                                  {table}));
    for (const Row& r : rows) {
      // Index names come from our own migrations; quoted anyway.
      SOCORG_TRY_VOID(c.ExecScript("DROP INDEX \"" + r.Text(0) + "\""));
      d.create_statements_.push_back(r.Text(1));
    }
  }
  return d;
}

Status DeferredIndexes::Rebuild() {
  for (const std::string& sql : create_statements_) SOCORG_TRY_VOID(c_->ExecScript(sql));
  create_statements_.clear();
  return {};
}

namespace {
constexpr const char* kNameIndexTables[] = {"org_search_data", "org_search_idx", "org_search_docsize"};
}  // namespace

Result<std::unique_ptr<NameIndexBuild>> NameIndexBuild::Start(Connection& c) {
  if (c.dialect() != Dialect::kSqlite) return std::unique_ptr<NameIndexBuild>();
  SOCORG_TRY(Rows empty, c.Query("SELECT NOT EXISTS (SELECT 1 FROM org_search_docsize)"));
  if (empty.at(0).Int(0) == 0) return std::unique_ptr<NameIndexBuild>();
  SOCORG_TRY(Rows ddl, c.Query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'org_search'"));
  if (ddl.empty()) return Fail(ErrorKind::kInternal, "no_name_index", "名称索引缺失", "org_search is missing");
  // Without a usable scratch file (a full or read-only temp directory) the import indexes the names itself.
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);  // $TMPDIR, else /tmp
  if (ec) dir = "/tmp";
  std::string path = (dir / "socorg-names-XXXXXX").string();
  int fd = mkstemp(path.data());
  if (fd < 0) return std::unique_ptr<NameIndexBuild>();
  ::close(fd);
  std::unique_ptr<NameIndexBuild> b(new NameIndexBuild(c, path));  // from here on the file is deleted at the end
  auto scratch = OpenSqlite(path);
  if (!scratch) return std::unique_ptr<NameIndexBuild>();
  b->scratch_ = std::move(*scratch);
  // A scratch file: no journal, no syncs; it is deleted whatever happens.
  if (!b->scratch_->ExecScript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; " + ddl.at(0).Text(0)) ||
      !org_store::SetBulkIndexing(*b->scratch_, true) || !c.Exec("ATTACH DATABASE $1 AS name_build", {path}))
    return std::unique_ptr<NameIndexBuild>();
  b->attached_ = true;
  return b;
}

Status NameIndexBuild::LockRegister() {
  // A write statement's first step takes the write lock of the database it writes, even with no row.
  SOCORG_TRY_VOID(c_->Exec("UPDATE main.counters SET value = value WHERE 0"));
  return {};
}

Status NameIndexBuild::Add(std::int64_t id, const std::string& name_norm) {
  if (!begun_) {
    SOCORG_TRY_VOID(scratch_->ExecScript("BEGIN"));
    begun_ = true;
  }
  return sqlite_queries::IndexName(*scratch_, id, std::nullopt, name_norm);
}

Status NameIndexBuild::Finish() {
  if (begun_) SOCORG_TRY_VOID(scratch_->ExecScript("COMMIT"));
  begun_ = false;
  return {};
}

Status NameIndexBuild::CopyInto(Connection& c) {
  for (const char* t : kNameIndexTables)
    SOCORG_TRY_VOID(c.ExecScript(std::string("DELETE FROM main.") + t + "; INSERT INTO main." + t +
                                 " SELECT * FROM name_build." + t));
  return {};
}

NameIndexBuild::~NameIndexBuild() {
  if (attached_) {
    // FTS5 keeps the index structure it last read per connection and re-reads it only after another
    // connection's commit; the tables were replaced under it by this connection. A rolled-back write
    // through the index makes it drop that copy (FTS5's rollback must assume the tables changed).
    if (c_->ExecScript("BEGIN")) {
      (void)c_->ExecScript("INSERT INTO org_search (rowid, grams) VALUES (-1, 'x')");
      (void)c_->ExecScript("ROLLBACK");
    }
    (void)c_->ExecScript("DETACH DATABASE name_build");
  }
  scratch_.reset();
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path_ + suffix).c_str());
}

}  // namespace socorg
