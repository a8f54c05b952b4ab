// libpq implementation of Connection. Parameters are sent as text ($1..$n, as in SQL), results read as
// text and typed by column OID so callers see the same Values as from SQLite.
#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/db.h"
#include "store/postgres/postgres_copy.h"

namespace socorg {
namespace {

constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23, kFloat4Oid = 700, kFloat8Oid = 701,
              kNumericOid = 1700;

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(PGconn* c) : conn_(c) {}
  ~PostgresConnection() override { PQfinish(conn_); }
  Dialect dialect() const override { return Dialect::kPostgres; }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    SOCORG_TRY(auto res, Run(sql, params));
    Rows rows;
    int nrows = PQntuples(res.get()), ncols = PQnfields(res.get());
    rows.reserve(nrows);
    for (int r = 0; r < nrows; ++r) {
      std::vector<Value> cols;
      cols.reserve(ncols);
      for (int c = 0; c < ncols; ++c) {
        if (PQgetisnull(res.get(), r, c)) {
          cols.emplace_back(std::monostate{});
          continue;
        }
        const char* v = PQgetvalue(res.get(), r, c);
        switch (PQftype(res.get(), c)) {
          case kInt8Oid:
          case kInt4Oid:
          case kInt2Oid: cols.emplace_back(static_cast<std::int64_t>(std::strtoll(v, nullptr, 10))); break;
          case kBoolOid: cols.emplace_back(static_cast<std::int64_t>(v[0] == 't')); break;
          case kFloat4Oid:
          case kFloat8Oid:
          case kNumericOid: cols.emplace_back(std::strtod(v, nullptr)); break;
          default: cols.emplace_back(std::string(v, PQgetlength(res.get(), r, c)));
        }
      }
      rows.emplace_back(std::move(cols));
    }
    return rows;
  }

  Result<std::int64_t> Exec(std::string_view sql, const Params& params) override {
    SOCORG_TRY(auto res, Run(sql, params));
    const char* n = PQcmdTuples(res.get());
    return static_cast<std::int64_t>(n && *n ? std::strtoll(n, nullptr, 10) : 0);
  }

  Result<std::int64_t> InsertId(std::string_view sql, const Params& params) override {
    SOCORG_TRY(Rows rows, Query(std::string(sql) + " RETURNING id", params));
    if (rows.empty()) return std::unexpected(DbError("INSERT returned no id"));
    return rows[0].Int(0);
  }

  Status ExecScript(std::string_view sql) override {
    SOCORG_TRY_VOID(EnsureConnected());
    std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(conn_, std::string(sql).c_str()), PQclear);
    auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return std::unexpected(ErrorOf(res.get()));
    return {};
  }
  Status CopyIn(std::string_view copy_sql, std::string_view data) {
    SOCORG_TRY_VOID(EnsureConnected());
    ResultPtr start(PQexec(conn_, std::string(copy_sql).c_str()), PQclear);
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) return std::unexpected(ErrorOf(start.get()));
    // libpq buffers what it is given and sends it as the buffer fills; pieces of 1 MiB keep that buffer small.
    constexpr size_t kPiece = 1 << 20;
    const char* failure = nullptr;
    for (size_t at = 0; at < data.size(); at += kPiece) {
      size_t n = std::min(kPiece, data.size() - at);
      if (PQputCopyData(conn_, data.data() + at, static_cast<int>(n)) != 1) {
        failure = "sending COPY data failed";
        break;
      }
    }
    if (PQputCopyEnd(conn_, failure) != 1) return std::unexpected(DbError(PQerrorMessage(conn_)));
    Status out;
    // The COPY's own result, then nothing more (PQgetResult returns null once the statement is done).
    while (PGresult* r = PQgetResult(conn_)) {
      ResultPtr res(r, PQclear);
      if (out && PQresultStatus(r) != PGRES_COMMAND_OK) out = std::unexpected(ErrorOf(r));
    }
    return out;
  }
  // A read transaction is one snapshot for all its statements (READ COMMITTED would take one per statement,
  // so a dashboard, a job's snapshot or an export could mix two states of the register); it also works on a
  // hot standby. A write transaction stays READ COMMITTED: its statements lock what they change.
  Status Begin(bool write) override {
    return ExecScript(write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }
  bool Alive() override {
    if (PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE) {
      // An idle session receives nothing unless the server is going away: a termination notice
      // (shutdown, restart, pg_terminate_backend) or EOF. Nothing to read means healthy, without a
      // round trip; anything to read means reconnect.
      pollfd p{PQsocket(conn_), POLLIN, 0};
      if (poll(&p, 1, 0) == 0) return true;
    }
    PQreset(conn_);
    prepared_.clear();  // prepared statements belong to the old session
    return PQstatus(conn_) == CONNECTION_OK && Configure();
  }
  Status Configure() {
    return ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
  }
  Status Commit() override { return ExecScript("COMMIT"); }
  Status Rollback() override {
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return {};
    return ExecScript("ROLLBACK");
  }

 private:
  using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

  // A connection the server dropped while it sat idle in the pool is reopened before anything is sent;
  // nothing is retried once a statement was sent (it may have been applied).
  Status EnsureConnected() {
    if (PQstatus(conn_) == CONNECTION_OK) return {};
    PQreset(conn_);
    prepared_.clear();  // prepared statements belong to the old session
    if (PQstatus(conn_) != CONNECTION_OK) return std::unexpected(DbError(PQerrorMessage(conn_)));
    std::unique_ptr<PGresult, decltype(&PQclear)> res(
        PQexec(conn_, "SET client_min_messages = warning; SET TIME ZONE 'UTC'"), PQclear);
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return std::unexpected(ErrorOf(res.get()));
    return {};
  }

  Result<ResultPtr> Run(std::string_view sql, const Params& params) {
    SOCORG_TRY_VOID(EnsureConnected());
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (auto p = std::get_if<std::int64_t>(&v)) text[i] = std::to_string(*p);
      else if (auto p = std::get_if<double>(&v)) text[i] = std::to_string(*p);
      else if (auto p = std::get_if<std::string>(&v)) text[i] = *p;
      else continue;
      values[i] = text[i].c_str();
    }
    SOCORG_TRY(const std::string* name, PreparedName(sql, static_cast<int>(params.size())));
    ResultPtr res(name ? PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                        nullptr, 0)
                       : PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(params.size()), nullptr,
                                      values.data(), nullptr, nullptr, 0),
                  PQclear);
    auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return std::unexpected(ErrorOf(res.get()));
    return res;
  }

  // Prepared statements, one per SQL text and session: PostgreSQL otherwise parses and plans every
  // statement again (the public record's events query: 1.23 ms as sent, 0.30 ms prepared; docs/benchmarks.md).
  // Not prepared: statements over the name-search columns, whose best plan depends on how common the
  // searched bigram is (a generic plan would fix one), and texts past the cache's size (dynamic SQL).
  // nullptr = send unprepared.
  Result<const std::string*> PreparedName(std::string_view sql, int nparams) {
    if (auto it = prepared_.find(sql); it != prepared_.end()) return &it->second;
    if (prepared_.size() >= kMaxPrepared || sql.find("name_search") != std::string_view::npos ||
        sql.find("name_bigrams") != std::string_view::npos)
      return nullptr;
    // Inside a failed transaction PREPARE fails too; sending the statement unprepared gives the caller the
    // transaction's own error.
    if (PQtransactionStatus(conn_) == PQTRANS_INERROR) return nullptr;
    std::string name = "socorg_" + std::to_string(prepared_.size() + 1);
    ResultPtr res(PQprepare(conn_, name.c_str(), std::string(sql).c_str(), nparams, nullptr), PQclear);
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return std::unexpected(ErrorOf(res.get()));
    return &prepared_.emplace(std::string(sql), std::move(name)).first->second;
  }

  Error ErrorOf(PGresult* res) {
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    std::string msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn_);
    if (state && std::string_view(state) == "23505")
      return Error{ErrorKind::kConflict, "duplicate", "记录已存在：" + msg, "duplicate: " + msg, ""};
    if (state && (std::string_view(state) == "40001" || std::string_view(state) == "40P01"))
      return Error{ErrorKind::kConflict, "concurrent_update", "并发修改冲突，请重试",
                   "concurrent update, retry", ""};
    return DbError(msg);
  }

  PGconn* conn_;
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static constexpr size_t kMaxPrepared = 512;
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> prepared_;  // SQL -> statement name
};

}  // namespace

namespace {
// connect_timeout 5 s unless the URL sets its own (later keywords of the expanded URL override it).
PGconn* Connect(const std::string& conninfo) {
  const char* keys[] = {"connect_timeout", "dbname", nullptr};
  const char* values[] = {"5", conninfo.c_str(), nullptr};
  return PQconnectdbParams(keys, values, 1);
}
}  // namespace

Status PostgresCopyIn(Connection& c, std::string_view copy_sql, std::string_view data) {
  auto* pg = dynamic_cast<PostgresConnection*>(&c);
  if (!pg) return std::unexpected(DbError("COPY is PostgreSQL only"));
  return pg->CopyIn(copy_sql, data);
}

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& conninfo) {
  PGconn* c = Connect(conninfo);
  if (PQstatus(c) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c);
    PQfinish(c);
    return std::unexpected(DbError(msg));
  }
  auto conn = std::make_unique<PostgresConnection>(c);
  SOCORG_TRY_VOID(conn->Configure());
  return std::unique_ptr<Connection>(std::move(conn));
}

std::unique_ptr<Connection> OpenPostgresLazy(const std::string& conninfo) {
  PGconn* c = Connect(conninfo);
  auto conn = std::make_unique<PostgresConnection>(c);
  if (PQstatus(c) == CONNECTION_OK) (void)conn->Configure();
  return conn;
}

}  // namespace socorg
