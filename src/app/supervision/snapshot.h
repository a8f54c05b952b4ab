// The in-memory snapshot the batch jobs evaluate (DESIGN.md "Scale"): every registered organization and
// the supervision facts the rules read, loaded once with keyset-paged queries (bounded memory while
// reading) into flat arrays with per-organization offsets. Immutable after loading; safe to read from
// several threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

#include "domain/supervision/org_facts.h"
#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision {

class Snapshot {
 public:
  size_t size() const { return orgs.size(); }
  OrgFacts Facts(size_t i) const;
  std::span<const StoredFlag> Flags(size_t i) const { return Slice(flags, flag_off, i); }
  std::span<const RecordedRatingChange> RatingChanges(size_t i) const { return Slice(rating_changes, change_off, i); }
  size_t MemoryBytes() const;

  std::vector<OrgCore> orgs;
  std::vector<ReportFact> reports;
  std::vector<PenaltyFact> penalties;
  std::vector<RectificationFact> rectifications;
  std::vector<ListingFact> listings;
  std::vector<LetterFact> letters;
  std::vector<PartyFact> party;                 // confirmed party filings (§8 ②)
  std::vector<RatingFact> ratings;              // the latest rating per organization, or id 0
  std::vector<StoredFlag> flags;                // active flags
  std::vector<RecordedRatingChange> rating_changes;
  std::vector<std::uint32_t> report_off, penalty_off, rect_off, listing_off, letter_off, party_off, flag_off,
      change_off;  // size()+1

 private:
  template <typename T>
  static std::span<const T> Slice(const std::vector<T>& v, const std::vector<std::uint32_t>& off, size_t i) {
    return std::span<const T>(v.data() + off[i], off[i + 1] - off[i]);
  }
};

// Runs fn(begin, end, part) over `threads` contiguous parts of [0, n) of a snapshot's organizations and returns
// the parts' results in order (the jobs' plans and the what-if simulation).
template <typename R, typename F>
std::vector<R> Parallel(size_t n, int threads, F fn) {
  threads = std::max(1, threads);
  std::vector<R> parts(threads);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    size_t b = n * t / threads, e = n * (t + 1) / threads;
    if (t == threads - 1) fn(b, e, parts[t]);
    else pool.emplace_back([&, b, e, t] { fn(b, e, parts[t]); });
  }
  for (auto& th : pool) th.join();
  return parts;
}

// Reads the snapshot in pages of `page` organizations (store/supervision/snapshot.h).
Result<Snapshot> LoadSnapshot(Connection& c, int page = 50'000);

}  // namespace socorg::supervision
