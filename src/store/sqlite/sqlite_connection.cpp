// SQLite implementation of Connection: WAL, foreign keys on, a busy timeout, and a cache of prepared
// statements keyed by SQL text (the hot read paths prepare once per connection).
#include <sqlite3.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "store/db.h"

namespace socorg {
namespace {

// The statement's current row, for ForEach.
class StatementRow final : public RowRef {
 public:
  explicit StatementRow(sqlite3_stmt* st) : st_(st) {}
  bool IsNull(int i) const override { return sqlite3_column_type(st_, i) == SQLITE_NULL; }
  std::int64_t Int(int i) const override { return sqlite3_column_int64(st_, i); }
  std::string_view Text(int i) const override {
    const unsigned char* p = sqlite3_column_text(st_, i);  // before _bytes, as SQLite's documentation says
    return p ? std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st_, i)) : std::string_view();
  }

 private:
  sqlite3_stmt* st_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [_, p] : cache_) sqlite3_finalize(p.stmt);
    sqlite3_close_v2(db_);
  }
  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    if (sql.starts_with(kCachedMarker)) return CachedQuery(sql, params);
    SOCORG_TRY(sqlite3_stmt * st, Prepare(sql, params));
    Rows rows;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      int n = sqlite3_column_count(st);
      std::vector<Value> cols;
      cols.reserve(n);
      for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(st, i)) {
          case SQLITE_INTEGER: cols.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(st, i))); break;
          case SQLITE_FLOAT: cols.emplace_back(sqlite3_column_double(st, i)); break;
          case SQLITE_NULL: cols.emplace_back(std::monostate{}); break;
          default:
            cols.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                          sqlite3_column_bytes(st, i)));
        }
      }
      rows.emplace_back(std::move(cols));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return std::unexpected(LastError());
    return rows;
  }

  // Columns read from the statement as the caller asks for them: no Row of Values per result row.
  Status ForEach(std::string_view sql, const Params& params,
                 const std::function<void(const RowRef&)>& row) override {
    if (sql.starts_with(kCachedMarker)) return Connection::ForEach(sql, params, row);
    SOCORG_TRY(sqlite3_stmt * st, Prepare(sql, params));
    StatementRow current(st);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(current);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return std::unexpected(LastError());
    return {};
  }

  Result<std::int64_t> Exec(std::string_view sql, const Params& params) override {
    SOCORG_TRY(sqlite3_stmt * st, Prepare(sql, params));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return std::unexpected(LastError());
    return static_cast<std::int64_t>(sqlite3_changes(db_));
  }

  Result<std::int64_t> InsertId(std::string_view sql, const Params& params) override {
    SOCORG_TRY_VOID(Exec(sql, params));
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_));
  }

  Status ExecScript(std::string_view sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "exec failed";
      sqlite3_free(err);
      return std::unexpected(DbError(msg));
    }
    return {};
  }

  // Through the statement cache: sqlite3_exec would parse the text again on every request.
  Status Begin(bool write) override { return Control(write ? "BEGIN IMMEDIATE" : "BEGIN"); }
  Status Commit() override { return Control("COMMIT"); }
  Status Rollback() override {
    if (sqlite3_get_autocommit(db_)) return {};
    return Control("ROLLBACK");
  }

 private:
  // Statements marked "/*cached*/" (search counts) keep their result until the database changes: any commit
  // by another connection moves PRAGMA data_version, any change by this one moves total_changes, and
  // either empties the cache. So a cached result is always the one the query would return now.
  Result<Rows> CachedQuery(std::string_view sql, const Params& params) {
    SOCORG_TRY(Rows dv, Query("PRAGMA data_version", {}));
    std::int64_t data_version = dv.empty() ? -1 : dv[0].Int(0);
    std::int64_t changes = sqlite3_total_changes64(db_);
    if (data_version != cached_data_version_ || changes != cached_changes_ || result_cache_.size() > 4096) {
      result_cache_.clear();
      cached_data_version_ = data_version;
      cached_changes_ = changes;
    }
    std::string key(sql);
    for (const Value& v : params) {
      key += '\x1f';
      if (auto p = std::get_if<std::int64_t>(&v)) key += "i" + std::to_string(*p);
      else if (auto p = std::get_if<double>(&v)) key += "d" + std::to_string(*p);
      else if (auto p = std::get_if<std::string>(&v)) key += "s" + *p;
      else key += "n";
    }
    if (auto it = result_cache_.find(key); it != result_cache_.end()) return it->second;
    SOCORG_TRY(Rows rows, Query(sql.substr(kCachedMarker.size()), params));
    result_cache_.emplace(std::move(key), rows);
    return rows;
  }

  // A prepared statement and, for each of its parameters in SQLite's order, the index into Params
  // ("$3" -> 2), worked out once: sqlite3_bind_parameter_name scans a list on every call.
  struct Prepared {
    sqlite3_stmt* stmt = nullptr;
    std::vector<int> param_index;
  };

  Result<sqlite3_stmt*> Prepare(std::string_view sql, const Params& params) {
    Prepared* p;
    if (auto it = cache_.find(sql); it != cache_.end()) {
      p = &it->second;
      sqlite3_clear_bindings(p->stmt);
    } else {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st,
                             nullptr) != SQLITE_OK)
        return std::unexpected(LastError());
      Prepared fresh{st, {}};
      int n = sqlite3_bind_parameter_count(st);
      for (int i = 1; i <= n; ++i) {
        const char* name = sqlite3_bind_parameter_name(st, i);  // "$3"
        size_t idx = name && name[0] == '$' ? std::strtoul(name + 1, nullptr, 10) : 0;
        fresh.param_index.push_back(static_cast<int>(idx) - 1);  // -1: not a $n parameter
      }
      p = &cache_.emplace(std::string(sql), std::move(fresh)).first->second;
    }
    sqlite3_stmt* st = p->stmt;
    for (size_t i = 0; i < p->param_index.size(); ++i) {
      int idx = p->param_index[i];
      if (idx < 0 || static_cast<size_t>(idx) >= params.size()) {
        const char* name = sqlite3_bind_parameter_name(st, static_cast<int>(i + 1));
        return std::unexpected(DbError("missing parameter " + std::string(name ? name : "?")));
      }
      const Value& v = params[idx];
      int col = static_cast<int>(i + 1), rc = SQLITE_OK;
      if (auto q = std::get_if<std::int64_t>(&v)) rc = sqlite3_bind_int64(st, col, *q);
      else if (auto q = std::get_if<double>(&v)) rc = sqlite3_bind_double(st, col, *q);
      else if (auto q = std::get_if<std::string>(&v))
        // SQLITE_STATIC (no copy): `params` outlives every step of the statement, and the next Prepare
        // clears the bindings before the statement runs again.
        rc = sqlite3_bind_text(st, col, q->data(), static_cast<int>(q->size()), SQLITE_STATIC);
      else rc = sqlite3_bind_null(st, col);
      if (rc != SQLITE_OK) return std::unexpected(LastError());
    }
    return st;
  }

  Status Control(std::string_view sql) {
    SOCORG_TRY_VOID(Exec(sql, {}));
    return {};
  }

  Error LastError() {
    int code = sqlite3_extended_errcode(db_);
    std::string msg = sqlite3_errmsg(db_);
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
      return Error{ErrorKind::kConflict, "duplicate", "记录已存在：" + msg, "duplicate: " + msg, ""};
    return DbError(msg);
  }

  sqlite3* db_;
  // Looked up by string_view without building a std::string (transparent hash and equality).
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Prepared, TextHash, std::equal_to<>> cache_;
  static constexpr std::string_view kCachedMarker = "/*cached*/";
  std::unordered_map<std::string, Rows> result_cache_;
  std::int64_t cached_data_version_ = -1, cached_changes_ = -1;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path) {
  // Memory statistics take a process-wide mutex on every SQLite allocation; socorg never reads them.
  // Must run before the library initialises, hence once, before the first open.
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close_v2(db);
    return std::unexpected(DbError(path + ": " + msg));
  }
  // mmap_size: every connection maps the file separately and mapped pages count in the server's RSS; with
  // 1 GiB the server reached 1.7 GB VmHWM on the 1M register (docs/benchmarks.md). 256 MiB × the pool stays
  // within the 1.5 GB budget; pages past it are read through the OS page cache.
  sqlite3_busy_timeout(db, 10000);
  auto conn = std::make_unique<SqliteConnection>(db);
  SOCORG_TRY_VOID(conn->ExecScript(
      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
      "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456;"));
  return std::unique_ptr<Connection>(std::move(conn));
}

}  // namespace socorg
