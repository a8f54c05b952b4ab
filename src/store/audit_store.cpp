#include "store/audit_store.h"

namespace socorg::audit_store {
namespace {
constexpr char kReadHead[] = "SELECT last_id, last_hash FROM audit_head WHERE one = 1";
constexpr char kLockHeadPg[] = "SELECT last_id, last_hash FROM audit_head WHERE one = 1 FOR UPDATE";
constexpr char kSetHead[] = "UPDATE audit_head SET last_id = $1, last_hash = $2 WHERE one = 1";
constexpr char kInsert[] =
    "INSERT INTO audit_log (id, at, actor, role, source, action, target, detail, prev_hash, hash) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr char kBatch[] =
    "SELECT id, at, actor, role, source, action, target, detail, prev_hash, hash FROM audit_log "
    "WHERE id > $1 ORDER BY id LIMIT 5000";
constexpr char kRecent[] =
    "SELECT id, at, actor, role, source, action, target, detail, prev_hash, hash FROM audit_log "
    "WHERE id < $1 ORDER BY id DESC LIMIT $2";

AuditRecord FromRow(const Row& w) {
  return {w.Int(0), w.Text(1), w.Text(2), w.Text(3), w.Text(4), w.Text(5), w.Text(6), w.Text(7), w.Text(8), w.Text(9)};
}
}  // namespace

Result<Head> LockHead(Connection& c) {
  SOCORG_TRY(Rows rows, c.Query(c.dialect() == Dialect::kPostgres ? kLockHeadPg : kReadHead));
  if (rows.empty()) return std::unexpected(DbError("audit_head missing"));
  return Head{rows[0].Int(0), rows[0].Text(1)};
}

Result<Head> ReadHead(Connection& c) {
  SOCORG_TRY(Rows rows, c.Query(kReadHead));
  if (rows.empty()) return std::unexpected(DbError("audit_head missing"));
  return Head{rows[0].Int(0), rows[0].Text(1)};
}

Status Insert(Connection& c, const AuditRecord& r) {
  SOCORG_TRY_VOID(c.Exec(kInsert, {r.id, r.at, r.actor, r.role, r.source, r.action, r.target, r.detail, r.prev_hash,
                                   r.hash}));
  return {};
}

Status SetHead(Connection& c, const Head& h) {
  SOCORG_TRY_VOID(c.Exec(kSetHead, {h.last_id, h.last_hash}));
  return {};
}

Status ForEach(Connection& c, const std::function<Status(const AuditRecord&)>& fn) {
  std::int64_t after = 0;
  for (;;) {
    SOCORG_TRY(Rows rows, c.Query(kBatch, {after}));
    if (rows.empty()) return {};
    for (const Row& w : rows) {
      AuditRecord r = FromRow(w);
      after = r.id;
      SOCORG_TRY_VOID(fn(r));
    }
  }
}

Result<std::vector<AuditRecord>> Recent(Connection& c, int limit, std::int64_t before_id) {
  SOCORG_TRY(Rows rows, c.Query(kRecent, {before_id, static_cast<std::int64_t>(limit)}));
  std::vector<AuditRecord> out;
  for (const Row& w : rows) out.push_back(FromRow(w));
  return out;
}

}  // namespace socorg::audit_store
