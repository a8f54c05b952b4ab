// One organization's supervision facts for the rules, read from the store (internal to app/supervision;
// the batch jobs read every organization's through snapshot.h instead).
#pragma once

#include <vector>

#include "domain/supervision/org_facts.h"
#include "store/db.h"
#include "domain/organization.h"

namespace socorg::supervision::detail {

// Owns the storage that facts' spans point into: keep it alive, and do not copy it, while the facts are used.
struct FactsHolder {
  std::vector<ReportFact> reports;
  std::vector<PenaltyFact> penalties;
  std::vector<RectificationFact> rects;
  std::vector<ListingFact> listings;
  std::vector<LetterFact> letters;
  std::vector<PartyFact> party;
  OrgFacts facts;

  FactsHolder() = default;
  FactsHolder(const FactsHolder&) = delete;
  FactsHolder& operator=(const FactsHolder&) = delete;
};

// The organization's reports, penalties, rectification orders, listings and current decided rating.
Status LoadFacts(Connection& c, const OrgRecord& org, FactsHolder& h);

}  // namespace socorg::supervision::detail
