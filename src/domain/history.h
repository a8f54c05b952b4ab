// What happened to an organization: history events (every change, with the fields' old and new values,
// so the record can be shown as of any date) and the stored Findings of its checks (DESIGN.md "History",
// "Explainable rules").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

// An announcement 公告 by the registration authority (DOMAIN §4; rule CHANGE-PUBLISH): a founding, a
// deregistration, or a change of name, address or legal representative (every change for foundations).
enum class AnnouncementKind { kEstablishment, kChange, kDeregistration };
inline const char* ToString(AnnouncementKind k) {
  switch (k) {
    case AnnouncementKind::kEstablishment: return "establishment";
    case AnnouncementKind::kChange: return "change";
    case AnnouncementKind::kDeregistration: return "deregistration";
  }
  return "change";
}
inline const char* LabelZh(AnnouncementKind k) {
  switch (k) {
    case AnnouncementKind::kEstablishment: return "成立登记公告";
    case AnnouncementKind::kChange: return "变更登记公告";
    case AnnouncementKind::kDeregistration: return "注销登记公告";
  }
  return "";
}

struct Announcement {
  std::int64_t id = 0;
  OrgId org_id;
  AnnouncementKind kind = AnnouncementKind::kChange;
  std::string occurred_on, region_code, uscc, org_name;
  std::string changes = "{}";  // change: JSON {"field":[old,new]} of the announced fields
  std::string created_at;
};
struct AnnouncementPage {
  std::vector<Announcement> items;
  std::int64_t total = 0;
};

}  // namespace socorg
