// The batch jobs' snapshot reads (DESIGN.md "Scale"): keyset pages of registered organizations with the
// supervision facts the rules read, decoded at this edge into the domain's fact structs. app/supervision/
// snapshot.h lays the pages out into flat arrays with per-organization offsets.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// A child fact with the organization it belongs to.
template <typename T>
struct OfOrg {
  std::int64_t org_id = 0;
  T fact;
};

// A rating as stored, before the jobs decide what it means for the rules (decided, expired, cancelled only).
struct SnapshotRating {
  std::int64_t id = 0;
  int grade = 0;
  Date decided_on, valid_until;
  supervision::RatingStatus status = supervision::RatingStatus::kDecided;
};

// One page: organizations in id order; every child vector in (org_id, …) order as the comments say, holding
// only rows of the page's organizations. Rows whose dates the rules need but which are not dates are left
// out.
struct SnapshotPage {
  std::vector<supervision::OrgCore> orgs;                                // active, deregistered or revoked
  std::vector<OfOrg<supervision::ReportFact>> reports;                   // by year
  std::vector<OfOrg<supervision::PenaltyFact>> penalties;                // by decision date, id
  std::vector<OfOrg<supervision::RectificationFact>> rectifications;     // by deadline, id
  std::vector<OfOrg<supervision::ListingFact>> listings;                 // by entry date, id
  std::vector<OfOrg<supervision::LetterFact>> letters;                   // by sent_on, id
  std::vector<OfOrg<supervision::PartyFact>> party;                      // confirmed, by as_of, version
  std::vector<OfOrg<SnapshotRating>> ratings;                            // by id
  std::vector<OfOrg<supervision::StoredFlag>> flags;                     // active flags, by id
  std::vector<OfOrg<supervision::RecordedRatingChange>> rating_changes;  // by rating id
  void clear();
};

// Reads the registered organizations with id > after_id (at most `limit`) and their facts into `page`,
// which is cleared first (its vectors keep their capacity, so a reader of many pages allocates once).
// An empty page.orgs means there are no more.
Status ReadSnapshotPage(Connection& c, std::int64_t after_id, int limit, SnapshotPage& page);
// One organization's confirmed party filings as the snapshot reads them (by as_of, version).
Result<std::vector<supervision::PartyFact>> PartyFactsOf(Connection& c, std::int64_t org_id);

}  // namespace socorg::supervision_store
