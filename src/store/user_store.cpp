#include "store/user_store.h"

namespace socorg::user_store {
namespace {
constexpr char kUserColumns[] = "id, username, password_hash, role, region_code, org_uscc, created_at, unit";
constexpr char kInsertUser[] =
    "INSERT INTO users (username, password_hash, role, region_code, org_uscc, created_at, unit) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr char kSetPassword[] = "UPDATE users SET password_hash = $2 WHERE id = $1";
constexpr char kInsertToken[] = "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)";
constexpr char kFindToken[] = "SELECT user_id FROM tokens WHERE token_hash = $1 AND expires_at > $2";
constexpr char kDeleteToken[] = "DELETE FROM tokens WHERE token_hash = $1";

UserRecord FromRow(const Row& w) {
  // Accounts are written with Role wire names only; an unreadable role would get the read-only one.
  return {UserId{w.Int(0)}, w.Text(1), w.Text(2), ParseRole(w.Text(3)).value_or(Role::kAuditor), w.Text(4),
          w.Text(5), w.Text(6), w.Text(7)};
}

Result<std::optional<UserRecord>> One(Connection& c, const std::string& where, const Value& key) {
  SOCORG_TRY(Rows rows, c.Query(std::string("SELECT ") + kUserColumns + " FROM users WHERE " + where, {key}));
  if (rows.empty()) return std::optional<UserRecord>{};
  return std::optional<UserRecord>(FromRow(rows[0]));
}
}  // namespace

Result<UserId> Insert(Connection& c, const UserRecord& u) {
  auto rows = c.Query(kInsertUser, {u.username, u.password_hash, std::string(ToString(u.role)), u.region_code, u.org_uscc, u.created_at, u.unit});
  if (!rows) {
    if (rows.error().kind == ErrorKind::kConflict)
      return Fail(ErrorKind::kConflict, "username_taken", "用户名已存在", "the username is taken", "username");
    return std::unexpected(rows.error());
  }
  return UserId{rows->at(0).Int(0)};
}

Result<std::optional<UserRecord>> FindByUsername(Connection& c, const std::string& username) {
  return One(c, "username = $1", username);
}
Result<std::optional<UserRecord>> FindById(Connection& c, UserId id) { return One(c, "id = $1", id.value); }

Result<std::vector<UserRecord>> List(Connection& c) {
  SOCORG_TRY(Rows rows, c.Query(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY id"));
  std::vector<UserRecord> out;
  for (const Row& w : rows) out.push_back(FromRow(w));
  return out;
}

Status SetPasswordHash(Connection& c, UserId id, const std::string& hash) {
  SOCORG_TRY_VOID(c.Exec(kSetPassword, {id.value, hash}));
  return {};
}

Status InsertToken(Connection& c, const std::string& token_hash, UserId user, const std::string& expires_at) {
  SOCORG_TRY_VOID(c.Exec(kInsertToken, {token_hash, user.value, expires_at}));
  return {};
}

Result<std::optional<UserId>> FindToken(Connection& c, const std::string& token_hash, const std::string& now) {
  SOCORG_TRY(Rows rows, c.Query(kFindToken, {token_hash, now}));
  if (rows.empty()) return std::optional<UserId>{};
  return std::optional<UserId>(UserId{rows[0].Int(0)});
}

Status DeleteToken(Connection& c, const std::string& token_hash) {
  SOCORG_TRY_VOID(c.Exec(kDeleteToken, {token_hash}));
  return {};
}

}  // namespace socorg::user_store
