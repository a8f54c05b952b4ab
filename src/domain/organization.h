// The register's record of an organization (DOMAIN §2-§4) and its summary in lists. Plain data with the
// domain's enums; the store maps columns to these at its edge, HTTP serialises them at its own. Dates are
// ISO "YYYY-MM-DD" text, as stored and as sent (validated by app/ before they get here).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/org_types.h"

namespace socorg {

struct OrgId {
  std::int64_t value = 0;
  auto operator<=>(const OrgId&) const = default;
};

struct OrgRecord {
  OrgId id;
  std::optional<std::string> uscc;  // none until the code is issued (approval or community filing)
  std::string name, name_norm;      // name_norm: NFKC, simplified, lower case (support/text_normalizer.h)
  OrgType type = OrgType::kSocialGroup;
  OrgLevel level = OrgLevel::kCounty;
  OrgStatus status = OrgStatus::kApplied;
  std::string region_code;  // the registering authority's region (GB/T 2260)
  std::string supervisory_unit, legal_rep, address, business_scope;
  std::int64_t funds = 0;  // yuan
  bool charity = false;
  std::optional<std::string> registered_on, ended_on, term_start, term_end, postponed_until, certificate_no;
  std::string application = "{}";  // the founding file's facts and dates, JSON text
  std::int64_t version = 1;        // optimistic concurrency: every update bumps it
  std::string created_at, updated_at;
};

// One line of a register search.
struct OrgSummary {
  OrgId id;
  std::string uscc, name;
  OrgType type = OrgType::kSocialGroup;
  OrgLevel level = OrgLevel::kCounty;
  OrgStatus status = OrgStatus::kActive;
  std::string region_code, registered_on, legal_rep;
};

// A page of a search: the items and the total number of matches.
struct OrgPage {
  std::vector<OrgSummary> items;
  std::int64_t total = 0;
};

}  // namespace socorg
