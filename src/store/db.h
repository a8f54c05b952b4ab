// A thin RAII layer over sqlite3 and libpq (DESIGN.md): one Connection interface with $1..$n placeholders
// for both, results materialised as rows of Values, and a pool the app leases connections from.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/error.h"

namespace socorg {

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
using Params = std::vector<Value>;

inline Value Null() { return std::monostate{}; }
inline Value OptText(const std::optional<std::string>& s) { return s ? Value(*s) : Null(); }

class Row {
 public:
  explicit Row(std::vector<Value> cols) : cols_(std::move(cols)) {}
  bool IsNull(size_t i) const { return std::holds_alternative<std::monostate>(cols_.at(i)); }
  std::int64_t Int(size_t i) const;        // 0 when NULL; parses text (PostgreSQL numerics)
  double Real(size_t i) const;
  std::string Text(size_t i) const;        // "" when NULL
  std::optional<std::string> OptText(size_t i) const;
  size_t size() const { return cols_.size(); }

 private:
  std::vector<Value> cols_;
};
using Rows = std::vector<Row>;

// The current row of a result while Connection::ForEach reads it. Valid only inside the callback: on
// SQLite, Text() points into the library's own buffer, so nothing is copied (no Row, no Value per column)
// unless the caller keeps the text. Hot read paths use it; Query() stays for everything else.
class RowRef {
 public:
  virtual bool IsNull(int i) const = 0;
  virtual std::int64_t Int(int i) const = 0;   // 0 when NULL
  virtual std::string_view Text(int i) const = 0;  // "" when NULL
  std::optional<std::string> OptText(int i) const {
    return IsNull(i) ? std::nullopt : std::optional<std::string>(std::string(Text(i)));
  }

 protected:
  ~RowRef() = default;
};

enum class Dialect { kSqlite, kPostgres };

// One database session. Not thread-safe: one thread uses a connection at a time (the pool ensures it).
// Errors: unique-key violations come back as kConflict, everything else as kInternal.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  virtual Result<Rows> Query(std::string_view sql, const Params& params = {}) = 0;
  // Calls `row` once per result row, in order. The default goes through Query(); SQLite reads the
  // columns straight from the statement.
  virtual Status ForEach(std::string_view sql, const Params& params, const std::function<void(const RowRef&)>& row);
  // Returns the number of rows changed.
  virtual Result<std::int64_t> Exec(std::string_view sql, const Params& params = {}) = 0;
  // An INSERT (without RETURNING) into a table whose key is an integer `id`; returns the new row's id.
  // SQLite reads the rowid it just assigned (RETURNING would route the row through a temporary table);
  // PostgreSQL appends "RETURNING id".
  virtual Result<std::int64_t> InsertId(std::string_view insert_sql, const Params& params) = 0;
  // Several statements, no parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;
  virtual Status Begin(bool write) = 0;  // SQLite: BEGIN IMMEDIATE for writes, so writers queue up front
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  // Cheap liveness check without a round trip (PostgreSQL: reads what the server sent, reconnects a
  // broken connection once). False when the database cannot be reached right now.
  virtual bool Alive() { return true; }
};

// Commit() or the destructor rolls back: a failed request changes nothing.
class Transaction {
 public:
  static Result<Transaction> Start(Connection& c, bool write = true);
  Transaction(Transaction&& o) noexcept : conn_(o.conn_) { o.conn_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(Connection* c) : conn_(c) {}
  Connection* conn_;
};

// A fixed-size pool. Lease() blocks until a connection is free. Thread-safe.
class Database {
 public:
  class Lease {
   public:
    Lease(Database* db, std::unique_ptr<Connection> c) : db_(db), conn_(std::move(c)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Connection& operator*() { return *conn_; }
    Connection* operator->() { return conn_.get(); }

   private:
    Database* db_;
    std::unique_ptr<Connection> conn_;
  };

  // url: "sqlite:PATH" or "postgres://..." / "postgresql://...". Opens `size` connections.
  static Result<std::unique_ptr<Database>> Open(const std::string& url, int size);
  // A read replica (PostgreSQL hot standby): opens even when the replica is down (it connects later).
  static Result<std::unique_ptr<Database>> OpenReplica(const std::string& url, int size);
  // Read routing: while this database is unreachable, Acquire() leases from `fallback` instead (another
  // replica or the primary) and retries this one after a short pause.
  void SetFallback(Database* fallback) { fallback_ = fallback; }
  Lease Acquire();
  // True when the last Acquire() found this database unreachable and it has not recovered since.
  bool down() const;
  Dialect dialect() const { return dialect_; }
  const std::string& url() const { return url_; }

 private:
  friend class Lease;
  void Release(std::unique_ptr<Connection> c);
  std::string url_;
  Dialect dialect_ = Dialect::kSqlite;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> free_;
  Database* fallback_ = nullptr;
  std::int64_t down_until_ms_ = 0;  // steady clock; guarded by mu_
};

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path);
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& conninfo);
// Never fails for an unreachable server: the connection reconnects in Alive().
std::unique_ptr<Connection> OpenPostgresLazy(const std::string& conninfo);

Error DbError(std::string_view what);

}  // namespace socorg
