// Accounts, passwords (argon2id via libsodium's crypto_pwhash_str) and expiring bearer tokens.
#pragma once

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"

namespace socorg {

std::string HashPassword(const std::string& password);  // argon2id, interactive limits
bool VerifyPassword(const std::string& hash, const std::string& password);
std::string RandomToken();  // 32 random bytes, hex

struct NewUser {
  std::string username, password, role, region_code, org_uscc;
  std::string unit;  // supervisory_reviewer only
};
// `by` is the audit actor name ("cli" or an officer's username).
Result<UserRecord> CreateUser(AppContext& ctx, const NewUser& u, const std::string& by);
Result<std::vector<UserRecord>> ListUsers(AppContext& ctx);

struct LoginResult {
  std::string token;
  std::string expires_at;
  Actor actor;
};
// kUnauthenticated on a wrong username or password (the same message for both); kThrottled after too
// many failures. A successful login is audited.
Result<LoginResult> Login(AppContext& ctx, const std::string& username, const std::string& password,
                          const std::string& source);
// The actor for a bearer token; kUnauthenticated when unknown or expired.
Result<Actor> Authenticate(AppContext& ctx, const std::string& token, const std::string& source);
Status Logout(AppContext& ctx, const std::string& token);

}  // namespace socorg
