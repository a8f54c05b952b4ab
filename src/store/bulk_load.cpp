#include "store/bulk_load.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "domain/search_text.h"

#include "store/org_store.h"
#include "store/postgres/postgres_copy.h"
#include "store/postgres/postgres_queries.h"
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
  if (c.dialect() == Dialect::kPostgres) {
    // Not the indexes behind constraints (primary keys, UNIQUE uscc): the load checks them row by row. An
    // index of a partitioned table (events) is dropped and re-created on the parent, for every partition.
    for (const std::string& table : tables) {
      SOCORG_TRY(Rows rows, c.Query("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
                                    "current_schema() AND i.tablename = $1 AND NOT EXISTS (SELECT 1 FROM "
                                    "pg_constraint k WHERE k.conindid = (quote_ident(i.schemaname) || '.' || "
                                    "quote_ident(i.indexname))::regclass) ORDER BY i.indexname",
                                    {table}));
      for (const Row& r : rows) {
        SOCORG_TRY_VOID(c.ExecScript("DROP INDEX \"" + r.Text(0) + "\""));
        // A partitioned table's index is described "CREATE INDEX … ON ONLY events …", which would create
        // the parent's index alone, without the partitions' (and the planner would scan every partition).
        std::string create = r.Text(1);
        if (auto at = create.find(" ON ONLY "); at != std::string::npos) create.replace(at, 9, " ON ");
        d.create_statements_.push_back(std::move(create));
      }
    }
    return d;
  }
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
  // PostgreSQL sorts (and builds the GIN indexes) in maintenance_work_mem; its default 64 MB spills the
  // name indexes of a million rows to disk. Raised to 512 MB for this transaction only, never lowered.
  if (c_->dialect() == Dialect::kPostgres && !create_statements_.empty())
    SOCORG_TRY_VOID(c_->ExecScript("SELECT set_config('maintenance_work_mem', '512MB', true) FROM pg_settings "
                                   "WHERE name = 'maintenance_work_mem' AND setting::bigint < 524288"));
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

namespace {
// One field in COPY's text format: backslash, tab, newline and carriage return escaped.
void CopyField(std::string& out, std::string_view v) {
  for (char ch : v) {
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += ch;
    }
  }
}
void CopyOpt(std::string& out, const std::optional<std::string>& v) {
  if (v) CopyField(out, *v);
  else out += "\\N";
}

constexpr char kCopyOrgs[] =
    "COPY orgs (id, uscc, name, name_norm, name_search, name_bigrams, type, level, status, region_code, "
    "supervisory_unit, legal_rep, address, business_scope, funds, charity, registered_on, ended_on, term_start, "
    "term_end, postponed_until, certificate_no, application, version, created_at, updated_at) FROM STDIN";
constexpr char kCopyEvents[] =
    "COPY events (org_id, action, occurred_on, recorded_at, actor, reason, changes) FROM STDIN";
}  // namespace

std::unique_ptr<OrgCopyLoad> OrgCopyLoad::Start(Connection& c) {
  if (c.dialect() != Dialect::kPostgres) return nullptr;
  return std::unique_ptr<OrgCopyLoad>(new OrgCopyLoad(c));
}

Result<std::vector<std::string>> OrgCopyLoad::Registered(const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  if (codes.empty()) return out;
  std::string array = "{";
  for (const std::string& code : codes) {
    array += array.size() > 1 ? ",\"" : "\"";
    for (char ch : code) {
      if (ch == '"' || ch == '\\') array += '\\';
      array += ch;
    }
    array += '"';
  }
  array += "}";
  SOCORG_TRY(Rows rows, c_->Query("SELECT uscc FROM orgs WHERE uscc = ANY($1::text[])", {array}));
  for (const Row& r : rows) out.push_back(r.Text(0));
  return out;
}

void OrgCopyLoad::Add(OrgRecord&& r, EventRecord&& e) { queued_.emplace_back(std::move(r), std::move(e)); }

Result<size_t> OrgCopyLoad::Flush() {
  size_t n = queued_.size();
  if (n == 0) return n;
  SOCORG_TRY(Rows ids, c_->Query("SELECT nextval(pg_get_serial_sequence('orgs', 'id')) FROM generate_series(1, $1)",
                                 {static_cast<std::int64_t>(n)}));
  if (ids.size() != n) return std::unexpected(DbError("orgs id sequence gave too few values"));
  orgs_.clear();
  events_.clear();
  for (size_t i = 0; i < n; ++i) {
    auto& [o, e] = queued_[i];
    std::int64_t id = ids[i].Int(0);
    postgres_queries::SearchColumns sc = postgres_queries::SearchColumnsOf(o.name_norm);
    // Distinct bigrams of two characters, as name_bigram_counts counts them.
    std::sort(sc.bigrams.begin(), sc.bigrams.end());
    sc.bigrams.erase(std::unique(sc.bigrams.begin(), sc.bigrams.end()), sc.bigrams.end());
    for (const std::string& g : sc.bigrams)
      if (DecodeUtf8(g).size() == 2) ++bigram_counts_[g];
    std::string& t = orgs_;
    t += std::to_string(id), t += '\t';
    CopyOpt(t, o.uscc), t += '\t';
    CopyField(t, o.name), t += '\t';
    CopyField(t, o.name_norm), t += '\t';
    CopyField(t, sc.name_search), t += '\t';
    CopyField(t, sc.bigram_array), t += '\t';
    t += ToString(o.type), t += '\t';
    t += ToString(o.level), t += '\t';
    t += ToString(o.status), t += '\t';
    CopyField(t, o.region_code), t += '\t';
    CopyField(t, o.supervisory_unit), t += '\t';
    CopyField(t, o.legal_rep), t += '\t';
    CopyField(t, o.address), t += '\t';
    CopyField(t, o.business_scope), t += '\t';
    t += std::to_string(o.funds), t += '\t';
    t += o.charity ? "1\t" : "0\t";
    CopyOpt(t, o.registered_on), t += '\t';
    CopyOpt(t, o.ended_on), t += '\t';
    CopyOpt(t, o.term_start), t += '\t';
    CopyOpt(t, o.term_end), t += '\t';
    CopyOpt(t, o.postponed_until), t += '\t';
    CopyOpt(t, o.certificate_no), t += '\t';
    CopyField(t, o.application), t += "\t1\t";
    CopyField(t, o.created_at), t += '\t';
    CopyField(t, o.updated_at), t += '\n';
    std::string& v = events_;
    v += std::to_string(id), v += '\t';
    CopyField(v, e.action), v += '\t';
    CopyField(v, e.occurred_on), v += '\t';
    CopyField(v, e.recorded_at), v += '\t';
    CopyField(v, e.actor), v += '\t';
    CopyField(v, e.reason), v += '\t';
    CopyField(v, e.changes), v += '\n';
  }
  queued_.clear();
  SOCORG_TRY_VOID(PostgresCopyIn(*c_, kCopyOrgs, orgs_));
  SOCORG_TRY_VOID(PostgresCopyIn(*c_, kCopyEvents, events_));
  return n;
}

Status OrgCopyLoad::Finish() {
  if (bigram_counts_.empty()) return {};
  SOCORG_TRY_VOID(postgres_queries::AddBigramCounts(*c_, bigram_counts_));
  bigram_counts_.clear();
  return {};
}

}  // namespace socorg
