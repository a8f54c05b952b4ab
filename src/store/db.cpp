#include "store/db.h"

#include <chrono>
#include <charconv>

namespace socorg {

Error DbError(std::string_view what) {
  return Error{ErrorKind::kInternal, "database_error", "数据库错误：" + std::string(what),
               "database error: " + std::string(what), ""};
}

namespace {
// A materialised Row seen through RowRef: the texts are worked out once (Row::Text converts numbers).
class MaterialisedRow final : public RowRef {
 public:
  explicit MaterialisedRow(const Row& r) : row_(r) {
    for (size_t i = 0; i < r.size(); ++i) texts_.push_back(r.Text(i));
  }
  bool IsNull(int i) const override { return row_.IsNull(static_cast<size_t>(i)); }
  std::int64_t Int(int i) const override { return row_.Int(static_cast<size_t>(i)); }
  std::string_view Text(int i) const override { return texts_.at(static_cast<size_t>(i)); }

 private:
  const Row& row_;
  std::vector<std::string> texts_;
};
}  // namespace

Status Connection::ForEach(std::string_view sql, const Params& params,
                           const std::function<void(const RowRef&)>& row) {
  SOCORG_TRY(Rows rows, Query(sql, params));
  for (const Row& r : rows) row(MaterialisedRow(r));
  return {};
}

std::int64_t Row::Int(size_t i) const {
  const Value& v = cols_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    std::from_chars(p->data(), p->data() + p->size(), out);
    return out;
  }
  return 0;
}

double Row::Real(size_t i) const {
  const Value& v = cols_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::strtod(p->c_str(), nullptr);
  return 0;
}

std::string Row::Text(size_t i) const {
  const Value& v = cols_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
  return "";
}

std::optional<std::string> Row::OptText(size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Text(i);
}

Result<Transaction> Transaction::Start(Connection& c, bool write) {
  SOCORG_TRY_VOID(c.Begin(write));
  return Transaction(&c);
}

Transaction::~Transaction() {
  if (conn_) (void)conn_->Rollback();
}

Status Transaction::Commit() {
  Connection* c = conn_;
  conn_ = nullptr;
  auto s = c->Commit();
  if (!s) (void)c->Rollback();
  return s;
}

Database::Lease::~Lease() {
  if (db_ && conn_) db_->Release(std::move(conn_));
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& url, int size) {
  auto db = std::make_unique<Database>();
  db->url_ = url;
  for (int i = 0; i < size; ++i) {
    Result<std::unique_ptr<Connection>> c;
    if (url.starts_with("sqlite:")) {
      db->dialect_ = Dialect::kSqlite;
      c = OpenSqlite(url.substr(7));
    } else if (url.starts_with("postgres://") || url.starts_with("postgresql://")) {
      db->dialect_ = Dialect::kPostgres;
      c = OpenPostgres(url);
    } else {
      return Fail(ErrorKind::kInvalid, "bad_db_url", "数据库地址应为 sqlite:路径 或 postgres://…",
                  "--db must be sqlite:PATH or postgres://...", "db");
    }
    if (!c) return std::unexpected(c.error());
    db->free_.push_back(std::move(*c));
  }
  return db;
}

Result<std::unique_ptr<Database>> Database::OpenReplica(const std::string& url, int size) {
  if (!url.starts_with("postgres://") && !url.starts_with("postgresql://"))
    return Fail(ErrorKind::kInvalid, "bad_replica_url", "只读副本地址应为 postgres://…",
                "--db-replica must be postgres://...", "db-replica");
  auto db = std::make_unique<Database>();
  db->url_ = url;
  db->dialect_ = Dialect::kPostgres;
  for (int i = 0; i < size; ++i) db->free_.push_back(OpenPostgresLazy(url));
  return db;
}

namespace {
std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
constexpr std::int64_t kRetryDownAfterMs = 1000;
}  // namespace

bool Database::down() const {
  std::lock_guard lock(const_cast<std::mutex&>(mu_));
  return down_until_ms_ > 0;
}

Database::Lease Database::Acquire() {
  if (fallback_) {
    std::unique_lock lock(mu_);
    if (down_until_ms_ > NowMs()) {
      lock.unlock();
      return fallback_->Acquire();
    }
  }
  std::unique_ptr<Connection> c;
  {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !free_.empty(); });
    c = std::move(free_.back());
    free_.pop_back();
  }
  if (!fallback_) {
    (void)c->Alive();  // reconnects a connection the server dropped (restart, idle timeout)
    return Lease(this, std::move(c));
  }
  bool alive = c->Alive();
  {
    std::lock_guard lock(mu_);
    down_until_ms_ = alive ? 0 : NowMs() + kRetryDownAfterMs;
  }
  if (alive) return Lease(this, std::move(c));
  Release(std::move(c));
  return fallback_->Acquire();
}

void Database::Release(std::unique_ptr<Connection> c) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(std::move(c));
  }
  cv_.notify_one();
}

}  // namespace socorg
