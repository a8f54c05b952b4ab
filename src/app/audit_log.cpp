#include "app/audit_log.h"

#include <sodium.h>

#include "store/audit_store.h"

namespace socorg {
namespace {

std::string ChainInput(const AuditRecord& r) {
  // Fields are length-prefixed so that moving text between fields changes the hash.
  std::string s;
  for (const std::string* f : {&r.prev_hash, &r.at, &r.actor, &r.role, &r.source, &r.action, &r.target, &r.detail}) {
    s += std::to_string(f->size());
    s += ':';
    s += *f;
  }
  return std::to_string(r.id) + "|" + s;
}

Status Append(Connection& c, AuditRecord r) {
  SOCORG_TRY(auto head, audit_store::LockHead(c));
  r.id = head.last_id + 1;
  r.prev_hash = head.last_hash;
  r.hash = Sha256Hex(ChainInput(r));
  SOCORG_TRY_VOID(audit_store::Insert(c, r));
  SOCORG_TRY_VOID(audit_store::SetHead(c, {r.id, r.hash}));
  return {};
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

Status AppendAudit(Connection& c, const Clock& clock, const Actor& actor, const std::string& action,
                   const std::string& target, const std::string& detail_json) {
  AuditRecord r;
  r.at = clock.Now();
  r.actor = actor.username;
  r.role = std::string(ToString(actor.role));
  r.source = actor.source;
  r.action = action;
  r.target = target;
  r.detail = detail_json;
  return Append(c, std::move(r));
}

Status AppendSystemAudit(Connection& c, const Clock& clock, const std::string& actor, const std::string& action,
                         const std::string& target, const std::string& detail_json) {
  AuditRecord r;
  r.at = clock.Now();
  r.actor = actor;
  r.role = "system";
  r.source = "cli";
  r.action = action;
  r.target = target;
  r.detail = detail_json;
  return Append(c, std::move(r));
}

Result<AuditVerification> VerifyAudit(Connection& c) {
  AuditVerification v;
  std::string prev;
  std::int64_t expected_id = 1;
  auto bad = [&](std::int64_t id, std::string why) {
    if (v.ok) {
      v.ok = false;
      v.first_bad_id = id;
      v.problem = std::move(why);
    }
  };
  SOCORG_TRY_VOID(audit_store::ForEach(c, [&](const AuditRecord& r) -> Status {
    ++v.records;
    if (r.id != expected_id) bad(expected_id, "record " + std::to_string(expected_id) + " is missing");
    if (r.prev_hash != prev) bad(r.id, "record " + std::to_string(r.id) + " does not chain to its predecessor");
    if (Sha256Hex(ChainInput(r)) != r.hash) bad(r.id, "record " + std::to_string(r.id) + " was modified");
    prev = r.hash;
    expected_id = r.id + 1;
    return {};
  }));
  SOCORG_TRY(auto head, audit_store::ReadHead(c));
  if (head.last_id != expected_id - 1 || head.last_hash != prev)
    bad(expected_id, "the chain ends at record " + std::to_string(expected_id - 1) + " but the head says " +
                         std::to_string(head.last_id) + " (records deleted from the end?)");
  return v;
}

Result<std::vector<AuditRecord>> ReadAuditLog(AppContext& ctx, const Actor& actor, int limit, std::int64_t before) {
  if (actor.role != Role::kAuditor && actor.role != Role::kMinistryOfficer)
    return Fail(ErrorKind::kForbidden, "forbidden", "只有审计账号和民政部账号可以查看审计日志",
                "only auditors and ministry officers can read the audit log");
  if (limit < 1 || limit > 500)
    return Fail(ErrorKind::kInvalid, "invalid_limit", "limit 应在1到500之间", "limit must be 1-500", "limit");
  auto conn = ctx.db->Acquire();
  return audit_store::Recent(*conn, limit, before == 0 ? INT64_MAX : before);
}

}  // namespace socorg
