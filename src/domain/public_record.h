// What of the register the public sees (DOMAIN §21): which history entries, and how they are labelled.
// The public record (GET /public/orgs/{uscc}) and the open-data extract (store/opendata.h) both ask here.
#pragma once

#include <string>
#include <string_view>

namespace socorg {

// The public history is the register's life cycle (DOMAIN §4): registration steps, changes, elections,
// endings, filings. Supervision events (suspicion flags, listings, penalties, ratings, rectifications)
// reach the public only through their own published channels — the credit lists, the supervision
// summary — with their reasons, not as bare entries in the timeline.
bool IsPublicEvent(std::string_view action);
// An event's changes are public except the founding application's contents.
inline bool IsPublicChange(std::string_view key) { return key != "application"; }
// The Chinese label of a history entry's action.
std::string EventActionLabel(std::string_view action);

}  // namespace socorg
