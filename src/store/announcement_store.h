// Announcements 公告 of the register (DOMAIN §4, CHANGE-PUBLISH): written with the event they announce,
// listed newest first for the portal.
#pragma once

#include <vector>

#include "store/db.h"
#include "store/records.h"

namespace socorg::announcement_store {

Result<std::int64_t> Insert(Connection& c, const Announcement& a);

// Announcements of organizations registered within the region prefix ("" = everywhere), newest first
// (occurred_on, then id).
Result<AnnouncementPage> List(Connection& c, const std::string& region_prefix, int limit, int offset);

}  // namespace socorg::announcement_store
