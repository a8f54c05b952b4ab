// Accounts and bearer tokens (tokens are stored as SHA-256 hashes, never in the clear).
#pragma once

#include <optional>
#include <vector>

#include "store/db.h"
#include "store/records.h"

namespace socorg::user_store {

Result<UserId> Insert(Connection& c, const UserRecord& u);  // kConflict when the username exists
Result<std::optional<UserRecord>> FindByUsername(Connection& c, const std::string& username);
Result<std::optional<UserRecord>> FindById(Connection& c, UserId id);
Result<std::vector<UserRecord>> List(Connection& c);
Status SetPasswordHash(Connection& c, UserId id, const std::string& hash);

Status InsertToken(Connection& c, const std::string& token_hash, UserId user, const std::string& expires_at);
// The user id for a token hash that has not expired at `now`.
Result<std::optional<UserId>> FindToken(Connection& c, const std::string& token_hash, const std::string& now);
Status DeleteToken(Connection& c, const std::string& token_hash);

}  // namespace socorg::user_store
