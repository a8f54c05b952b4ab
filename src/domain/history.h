// What happened to an organization: history events (every change, with the fields' old and new values,
// so the record can be shown as of any date) and the stored Findings of its checks (DESIGN.md "History",
// "Explainable rules").
#pragma once

#include <cstdint>
#include <string>

#include "domain/finding.h"
#include "domain/organization.h"

namespace socorg {

struct EventRecord {
  std::int64_t id = 0;
  OrgId org_id;
  // A life-cycle Action's wire name (domain/lifecycle.h), "person_added", "import", or a module's own
  // action ("report.file", …): an open set across modules, so text.
  std::string action;
  std::string occurred_on, recorded_at, actor, reason;
  std::string changes = "{}";  // JSON {"field":[old,new]}
};

struct FindingRecord {
  std::int64_t id = 0;
  OrgId org_id;
  std::string subject;  // "org" or the person's name
  std::string rule_id, basis, title;
  Outcome outcome = Outcome::kNeedsReview;
  std::string facts = "{}";  // JSON object, name -> value
  std::string explanation, created_at;
};

}  // namespace socorg
