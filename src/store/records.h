// The store's query specifications and count rows. The model it reads and writes (organizations, persons,
// events, findings, accounts, audit records) lives in domain/; this header brings it in for the store's
// interfaces.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.h"
#include "domain/history.h"
#include "domain/organization.h"
#include "domain/person.h"

namespace socorg {

enum class OrgSort { kId, kRegisteredOn, kName };

// A register query, built by app/ from validated input.
struct OrgFilter {
  std::string match;          // FTS/bigram query built from the normalised text ("" = no text filter)
  std::string name_like;      // normalised query text, for the recheck on PostgreSQL
  std::vector<OrgStatus> statuses;  // any of; empty = any
  std::optional<OrgType> type;
  std::optional<OrgLevel> level;
  std::string region_prefix;  // "" = everywhere
  bool issued_only = false;   // only organizations with a code (the public register)
  OrgSort sort = OrgSort::kId;
  bool descending = true;
  int limit = 20, offset = 0;
};

// "'active', 'deregistered', 'revoked'": statuses as an SQL list, for the few queries that name a fixed set
// from domain/org_types.h (the wire names are constants, never caller text).
template <size_t N>
std::string SqlStatusList(const OrgStatus (&statuses)[N]) {
  std::string out;
  for (OrgStatus s : statuses) out += (out.empty() ? "'" : ", '") + std::string(ToString(s)) + "'";
  return out;
}

// A grouped count: up to three keys and the number of rows.
struct CountRow {
  std::string key1, key2, key3;
  std::int64_t count = 0;
};

}  // namespace socorg
