// Row types the store reads and writes. Plain data; no behaviour. Dates are "YYYY-MM-DD" strings at
// this layer (validated by app/ before they get here).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace socorg {

struct OrgId {
  std::int64_t value = 0;
  auto operator<=>(const OrgId&) const = default;
};
struct UserId {
  std::int64_t value = 0;
  auto operator<=>(const UserId&) const = default;
};

struct OrgRecord {
  OrgId id;
  std::optional<std::string> uscc;
  std::string name, name_norm;
  std::string type, level, status;
  std::string region_code;
  std::string supervisory_unit, legal_rep, address, business_scope;
  std::int64_t funds = 0;
  bool charity = false;
  std::optional<std::string> registered_on, ended_on, term_start, term_end, postponed_until, certificate_no;
  std::string application = "{}";  // JSON text
  std::int64_t version = 1;
  std::string created_at, updated_at;
};

struct PersonRecord {
  std::int64_t id = 0;
  OrgId org_id;
  std::string name, id_number, role, phone, address, term_start;
  std::optional<std::string> term_end;
  std::int64_t consecutive_terms = 1;
  bool active = true;
  std::string created_at;
};

struct EventRecord {
  std::int64_t id = 0;
  OrgId org_id;
  std::string action, occurred_on, recorded_at, actor, reason;
  std::string changes = "{}";  // JSON {"field":[old,new]}
};

struct FindingRecord {
  std::int64_t id = 0;
  OrgId org_id;
  std::string subject, rule_id, basis, title, outcome, facts, explanation, created_at;
};

struct UserRecord {
  UserId id;
  std::string username, password_hash, role, region_code, org_uscc, created_at;
};

struct AuditRecord {
  std::int64_t id = 0;
  std::string at, actor, role, source, action, target, detail, prev_hash, hash;
};

struct OrgFilter {
  std::string match;          // FTS/bigram query built from the normalised text ("" = no text filter)
  std::string name_like;      // normalised query text, for the recheck on PostgreSQL
  std::vector<std::string> statuses;  // any of; empty = any
  std::string type, level;    // "" = any
  std::string region_prefix;  // "" = everywhere
  bool issued_only = false;   // only organizations with a code (the public register)
  std::string sort = "id";    // id | registered_on | name (whitelisted in app/)
  bool descending = true;
  int limit = 20, offset = 0;
};

struct OrgSummary {
  OrgId id;
  std::string uscc, name, type, level, status, region_code, registered_on, legal_rep;
};

struct CountRow {
  std::string key1, key2, key3;
  std::int64_t count = 0;
};

}  // namespace socorg
