// Credit listings and credit requests (DOMAIN §8; tables credit_listings, credit_requests). Automatic
// listings are keyed by (org, cause, source_id), so the credit job's inserts are idempotent. Functions run
// inside the caller's transaction when there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// kConflict when (org, cause, source_id) is already listed.
Result<std::int64_t> InsertListing(Connection& c, const supervision::ListingRecord& r);
Status UpdateListingExit(Connection& c, std::int64_t id, const std::optional<Date>& exited_on,
                         supervision::ExitReason exit_reason, const std::string& facts,
                         const std::string& explanation, const std::string& updated_at);
// By entry date; with the organization joined.
Result<std::vector<supervision::ListingRecord>> ListingsOf(Connection& c, std::int64_t org_id);
Result<std::optional<supervision::ListingRecord>> GetListing(Connection& c, std::int64_t id);

// The public list: entries of `list` active on `on` in the region prefix ("" = everywhere), newest first.
Result<supervision::Page<supervision::ListingRecord>> PublicListings(Connection& c,
                                                                     supervision::CreditList list, Date on,
                                                                     const std::string& region_prefix,
                                                                     int limit, int offset);

// Inserted pending, whatever r.status says.
Result<std::int64_t> InsertCreditRequest(Connection& c, const supervision::CreditRequestRecord& r);
Result<std::optional<supervision::CreditRequestRecord>> GetCreditRequest(Connection& c, std::int64_t id);
// kConflict "already_decided" unless the request is pending.
Status DecideCreditRequest(Connection& c, std::int64_t id, supervision::RequestStatus status, Date decided_on,
                           const std::string& reason, const std::string& by, const std::string& findings);
// By id.
Result<std::vector<supervision::CreditRequestRecord>> CreditRequestsOf(Connection& c, std::int64_t org_id);
// Registered letters (anomaly ⑥): insert one; an organization's, by sent_on and id.
Result<std::int64_t> InsertLetter(Connection& c, const supervision::LetterRecord& r);
Result<std::vector<supervision::LetterRecord>> LettersOf(Connection& c, std::int64_t org_id);

}  // namespace socorg::supervision_store
