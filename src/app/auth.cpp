#include "app/auth.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "app/audit_log.h"
#include "app/checks.h"
#include "store/user_store.h"

namespace socorg {
namespace {

std::unexpected<Error> BadCredentials() {
  return Fail(ErrorKind::kUnauthenticated, "bad_credentials", "用户名或密码错误", "wrong username or password");
}

Actor ActorOf(const UserRecord& u, const std::string& source) {
  return Actor{u.id, u.username, u.role, u.region_code, u.org_uscc, source, u.unit};
}

}  // namespace

std::string HashPassword(const std::string& password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory hashing a password");
  return out;
}

bool VerifyPassword(const std::string& hash, const std::string& password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string RandomToken() {
  unsigned char buf[32];
  randombytes_buf(buf, sizeof buf);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, buf, sizeof buf);
  return hex;
}

Result<UserRecord> CreateUser(AppContext& ctx, const NewUser& u, const std::string& by) {
  if (u.username.size() < 2 || u.username.size() > 64)
    return Fail(ErrorKind::kInvalid, "invalid_username", "用户名长度应为2到64个字符", "username must be 2-64 characters",
                "username");
  if (u.password.size() < 8)
    return Fail(ErrorKind::kInvalid, "weak_password", "密码至少8位", "password must have at least 8 characters",
                "password");
  auto role = ParseRole(u.role);
  if (!role)
    return Fail(ErrorKind::kInvalid, "invalid_role", "角色无效", "unknown role", "role");
  SOCORG_TRY_VOID(CheckAccountScope(*role, u.region_code, u.org_uscc));
  if (*role != Role::kOrgAccount && !ctx.divisions->Contains(u.region_code))
    return Fail(ErrorKind::kInvalid, "unknown_region", "行政区划代码不存在", "unknown region code", "region");
  if (!u.unit.empty() && *role != Role::kSupervisoryReviewer)
    return Fail(ErrorKind::kInvalid, "unit_not_for_role", "只有业务主管单位账号可以指定业务主管单位",
                "only a supervisory_reviewer account names a supervisory unit", "unit");
  SOCORG_TRY_VOID(CheckText(u.unit, 200, "unit", false));
  UserRecord r{UserId{}, u.username, HashPassword(u.password), *role,
               *role == Role::kOrgAccount ? "" : u.region_code, *role == Role::kOrgAccount ? u.org_uscc : "",
               ctx.clock.Now(), u.unit};
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(r.id, user_store::Insert(*conn, r));
  nlohmann::json detail = {{"username", r.username}, {"role", ToString(r.role)}, {"region", r.region_code}, {"org", r.org_uscc}, {"unit", r.unit}};
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, by, "user.create", "user:" + r.username, detail.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<std::vector<UserRecord>> ListUsers(AppContext& ctx) {
  auto conn = ctx.db->Acquire();
  return user_store::List(*conn);
}

Result<LoginResult> Login(AppContext& ctx, const std::string& username, const std::string& password,
                          const std::string& source) {
  if (ctx.throttle && !ctx.throttle->Allowed(source, username))
    return Fail(ErrorKind::kThrottled, "too_many_attempts", "登录失败次数过多，请稍后再试",
                "too many failed logins; try again later");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto user, user_store::FindByUsername(*conn, username));
  if (!user || !VerifyPassword(user->password_hash, password)) {
    if (ctx.throttle) ctx.throttle->RecordFailure(source, username);
    return BadCredentials();
  }
  if (ctx.throttle) ctx.throttle->RecordSuccess(source, username);
  LoginResult out{RandomToken(), ctx.clock.NowPlusMinutes(ctx.rules.token_ttl_minutes), ActorOf(*user, source)};
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY_VOID(user_store::InsertToken(*conn, Sha256Hex(out.token), user->id, out.expires_at));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, out.actor, "auth.login", "user:" + username, "{}"));
  SOCORG_TRY_VOID(tx.Commit());
  return out;
}

Result<Actor> Authenticate(AppContext& ctx, const std::string& token, const std::string& source) {
  auto unauth = [] {
    return Fail(ErrorKind::kUnauthenticated, "unauthenticated", "请先登录或登录已过期",
                "sign in first, or the session expired");
  };
  if (token.empty()) return unauth();
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto uid, user_store::FindToken(*conn, Sha256Hex(token), ctx.clock.Now()));
  if (!uid) return unauth();
  SOCORG_TRY(auto user, user_store::FindById(*conn, *uid));
  if (!user) return unauth();
  return ActorOf(*user, source);
}

Status Logout(AppContext& ctx, const std::string& token) {
  auto conn = ctx.db->Acquire();
  return user_store::DeleteToken(*conn, Sha256Hex(token));
}

}  // namespace socorg
