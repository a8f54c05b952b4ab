#include "app/supervision/snapshot.h"

#include <algorithm>

#include "store/supervision/snapshot.h"

namespace socorg::supervision {
namespace {

namespace ss = supervision_store;

// Appends the facts of rows (in org_id order) for the page's organizations orgs[first..] and their offsets.
template <typename T>
void Distribute(const std::vector<ss::OfOrg<T>>& rows, const std::vector<OrgCore>& orgs, size_t first,
                std::vector<T>& out, std::vector<std::uint32_t>& off) {
  size_t r = 0;
  for (size_t i = first; i < orgs.size(); ++i) {
    off.push_back(static_cast<std::uint32_t>(out.size()));
    while (r < rows.size() && rows[r].org_id < orgs[i].id) ++r;  // rows of organizations not in scope
    for (; r < rows.size() && rows[r].org_id == orgs[i].id; ++r) out.push_back(rows[r].fact);
  }
}

// A stored rating as the rules see it: an expired one can change no more.
RatingFact CurrentRating(const ss::SnapshotRating& r) {
  RatingFact f{r.id, r.grade, r.decided_on, r.valid_until, r.status == RatingStatus::kCancelled, 0};
  if (r.status == RatingStatus::kExpired) f.valid_until = std::min(f.valid_until, f.decided_on);
  return f;
}

}  // namespace

OrgFacts Snapshot::Facts(size_t i) const {
  const OrgCore& o = orgs[i];
  OrgFacts f;
  f.id = o.id, f.type = o.type, f.status = o.status;
  f.registered_on = o.registered_on, f.ended_on = o.ended_on, f.term_end = o.term_end;
  f.postponed_until = o.postponed_until;
  f.last_event_on = o.last_event_on;
  f.reports = Slice(reports, report_off, i);
  f.penalties = Slice(penalties, penalty_off, i);
  f.rectifications = Slice(rectifications, rect_off, i);
  f.listings = Slice(listings, listing_off, i);
  f.letters = Slice(letters, letter_off, i);
  f.party = Slice(party, party_off, i);
  if (ratings[i].id != 0) f.rating = ratings[i];
  return f;
}

size_t Snapshot::MemoryBytes() const {
  return orgs.capacity() * sizeof(OrgCore) + reports.capacity() * sizeof(ReportFact) +
         penalties.capacity() * sizeof(PenaltyFact) + rectifications.capacity() * sizeof(RectificationFact) +
         listings.capacity() * sizeof(ListingFact) + letters.capacity() * sizeof(LetterFact) +
         party.capacity() * sizeof(PartyFact) +
         ratings.capacity() * sizeof(RatingFact) +
         flags.capacity() * sizeof(StoredFlag) + rating_changes.capacity() * sizeof(RecordedRatingChange) +
         (report_off.capacity() + penalty_off.capacity() + rect_off.capacity() + listing_off.capacity() +
          letter_off.capacity() + party_off.capacity() +
          flag_off.capacity() + change_off.capacity()) *
             sizeof(std::uint32_t);
}

Result<Snapshot> LoadSnapshot(Connection& c, int page_size) {
  Snapshot s;
  ss::SnapshotPage page;  // reused: its vectors keep their capacity from page to page
  std::int64_t after = 0;
  for (;;) {
    SOCORG_TRY_VOID(ss::ReadSnapshotPage(c, after, page_size, page));
    if (page.orgs.empty()) break;
    size_t first = s.orgs.size();
    s.orgs.insert(s.orgs.end(), page.orgs.begin(), page.orgs.end());
    after = page.orgs.back().id;
    Distribute(page.reports, s.orgs, first, s.reports, s.report_off);
    Distribute(page.penalties, s.orgs, first, s.penalties, s.penalty_off);
    Distribute(page.rectifications, s.orgs, first, s.rectifications, s.rect_off);
    Distribute(page.listings, s.orgs, first, s.listings, s.listing_off);
    Distribute(page.letters, s.orgs, first, s.letters, s.letter_off);
    Distribute(page.party, s.orgs, first, s.party, s.party_off);
    Distribute(page.flags, s.orgs, first, s.flags, s.flag_off);
    Distribute(page.rating_changes, s.orgs, first, s.rating_changes, s.change_off);
    // The latest rating per organization (rows come by org_id, id); changes already applied are in its grade.
    size_t r = 0;
    for (size_t i = first; i < s.orgs.size(); ++i) {
      const ss::SnapshotRating* latest = nullptr;
      while (r < page.ratings.size() && page.ratings[r].org_id < s.orgs[i].id) ++r;
      for (; r < page.ratings.size() && page.ratings[r].org_id == s.orgs[i].id; ++r)
        latest = &page.ratings[r].fact;
      s.ratings.push_back(latest ? CurrentRating(*latest) : RatingFact{});
    }
  }
  for (auto* off :
       {&s.report_off, &s.penalty_off, &s.rect_off, &s.listing_off, &s.letter_off, &s.party_off, &s.flag_off,
        &s.change_off})
    off->push_back(0);
  s.report_off.back() = static_cast<std::uint32_t>(s.reports.size());
  s.penalty_off.back() = static_cast<std::uint32_t>(s.penalties.size());
  s.rect_off.back() = static_cast<std::uint32_t>(s.rectifications.size());
  s.listing_off.back() = static_cast<std::uint32_t>(s.listings.size());
  s.letter_off.back() = static_cast<std::uint32_t>(s.letters.size());
  s.party_off.back() = static_cast<std::uint32_t>(s.party.size());
  s.flag_off.back() = static_cast<std::uint32_t>(s.flags.size());
  s.change_off.back() = static_cast<std::uint32_t>(s.rating_changes.size());
  return s;
}

}  // namespace socorg::supervision
