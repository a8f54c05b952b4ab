#include "app/backup.h"

#include "app/audit_log.h"
#include "store/backup.h"
#include "store/migrations.h"
#include "store/org_store.h"

namespace socorg {
namespace {
// Length-prefixed, so that moving text between columns changes the checksum.
void Field(std::string& s, const std::string& v) {
  s += std::to_string(v.size());
  s += ':';
  s += v;
}
void Field(std::string& s, const std::optional<std::string>& v) {
  if (v) Field(s, *v);
  else s += "-;";
}
template <typename E>
std::string Wire(E e) {
  return std::string(ToString(e));
}
}  // namespace

std::string BackupManifest::ToString() const {
  std::string out;
  for (auto& [t, n] : counts) out += t + "=" + std::to_string(n) + " ";
  return out + "register_sha256=" + register_sha256;
}

Result<BackupManifest> SummarizeDatabase(Connection& c) {
  BackupManifest m;
  // One snapshot for all counts and the checksum (REPEATABLE READ on PostgreSQL; a read transaction on SQLite).
  SOCORG_TRY_VOID(backup_store::BeginSnapshotRead(c));
  struct Guard {
    Connection& c;
    ~Guard() { (void)c.Rollback(); }
  } guard{c};
  SOCORG_TRY(m.counts, backup_store::CountCoreRows(c));
  std::string all;
  OrgFilter f;
  SOCORG_TRY_VOID(org_store::ForEach(c, f, [&](const OrgRecord& r) {
    std::string s = std::to_string(r.id.value) + "|";
    Field(s, r.uscc), Field(s, r.name), Field(s, r.name_norm), Field(s, Wire(r.type)), Field(s, Wire(r.level));
    Field(s, Wire(r.status)), Field(s, r.region_code), Field(s, r.supervisory_unit), Field(s, r.legal_rep);
    Field(s, r.address), Field(s, r.business_scope), Field(s, std::to_string(r.funds));
    Field(s, std::string(r.charity ? "1" : "0")), Field(s, r.registered_on), Field(s, r.ended_on);
    Field(s, r.term_start), Field(s, r.term_end), Field(s, r.postponed_until), Field(s, r.certificate_no);
    Field(s, r.application), Field(s, std::to_string(r.version)), Field(s, r.created_at), Field(s, r.updated_at);
    all += Sha256Hex(s);
  }));
  m.register_sha256 = Sha256Hex(all);
  return m;
}

Result<BackupManifest> BackupTo(const std::string& url, const std::string& out) {
  SOCORG_TRY_VOID(backup_store::Backup(url, out));
  // A SQLite backup file is itself a database and is summarised directly; a PostgreSQL archive is not,
  // so the source is summarised right after the dump (equal to the archive unless writes came meanwhile).
  std::string summarize_url = url.starts_with("sqlite:") ? "sqlite:" + out : url;
  SOCORG_TRY(auto db, Database::Open(summarize_url, 1));
  auto c = db->Acquire();
  return SummarizeDatabase(*c);
}

Result<BackupManifest> RestoreFrom(const std::string& url, const std::string& in) {
  SOCORG_TRY_VOID(backup_store::Restore(url, in));
  SOCORG_TRY(auto db, Database::Open(url, 1));
  auto c = db->Acquire();
  SOCORG_TRY_VOID(Migrate(*c));
  return SummarizeDatabase(*c);
}

}  // namespace socorg
