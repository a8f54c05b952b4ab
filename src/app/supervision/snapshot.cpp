#include "app/supervision/snapshot.h"

#include "store/supervision_store.h"

namespace socorg::supervision {
namespace {

std::optional<Date> DateAt(const Row& w, size_t i) {
  if (w.IsNull(i)) return std::nullopt;
  return Date::Parse(w.Text(i));
}

// Appends rows (ordered by org_id in column 0) for the page's organizations and fills the offsets.
template <typename T, typename F>
void Distribute(const Rows& rows, const std::vector<OrgCore>& orgs, size_t first, std::vector<T>& out,
                std::vector<std::uint32_t>& off, F make) {
  size_t r = 0;
  for (size_t i = first; i < orgs.size(); ++i) {
    off.push_back(static_cast<std::uint32_t>(out.size()));
    while (r < rows.size() && rows[r].Int(0) < orgs[i].id) ++r;  // rows of organizations not in scope
    for (; r < rows.size() && rows[r].Int(0) == orgs[i].id; ++r) make(rows[r], out);
  }
}

}  // namespace

std::string_view ToString(FlagKind k) {
  switch (k) {
    case FlagKind::kZombie: return "zombie";
    case FlagKind::kOverdueElection: return "overdue_election";
    case FlagKind::kRevocationCandidate: return "revocation_candidate";
  }
  return "";
}

OrgFacts Snapshot::Facts(size_t i) const {
  const OrgCore& o = orgs[i];
  OrgFacts f;
  f.id = o.id, f.type = o.type, f.status = o.status;
  f.registered_on = o.registered_on, f.ended_on = o.ended_on, f.term_end = o.term_end;
  f.postponed_until = o.postponed_until;
  f.reports = Slice(reports, report_off, i);
  f.penalties = Slice(penalties, penalty_off, i);
  f.rectifications = Slice(rectifications, rect_off, i);
  f.listings = Slice(listings, listing_off, i);
  if (ratings[i].id != 0) f.rating = ratings[i];
  return f;
}

size_t Snapshot::MemoryBytes() const {
  return orgs.capacity() * sizeof(OrgCore) + reports.capacity() * sizeof(ReportFact) +
         penalties.capacity() * sizeof(PenaltyFact) + rectifications.capacity() * sizeof(RectificationFact) +
         listings.capacity() * sizeof(ListingFact) + ratings.capacity() * sizeof(RatingFact) +
         flags.capacity() * sizeof(StoredFlag) + rating_changes.capacity() * sizeof(RecordedRatingChange) +
         (report_off.capacity() + penalty_off.capacity() + rect_off.capacity() + listing_off.capacity() +
          flag_off.capacity() + change_off.capacity()) * sizeof(std::uint32_t);
}

Result<Snapshot> LoadSnapshot(Connection& c, int page) {
  Snapshot s;
  std::int64_t after = 0;
  for (;;) {
    SOCORG_TRY(Rows rows, supervision_store::SnapshotOrgs(c, after, page));
    if (rows.empty()) break;
    size_t first = s.orgs.size();
    for (const Row& w : rows) {
      OrgCore o;
      o.id = w.Int(0);
      o.type = ParseOrgType(w.Text(1)).value_or(OrgType::kSocialGroup);
      o.status = ParseOrgStatus(w.Text(2)).value_or(OrgStatus::kActive);
      o.registered_on = DateAt(w, 3), o.ended_on = DateAt(w, 4), o.term_end = DateAt(w, 5);
      o.postponed_until = DateAt(w, 6);
      s.orgs.push_back(o);
    }
    std::int64_t lo = s.orgs[first].id, hi = s.orgs.back().id;
    after = hi;

    SOCORG_TRY(Rows rep, supervision_store::SnapshotReports(c, lo, hi));
    Distribute(rep, s.orgs, first, s.reports, s.report_off, [](const Row& w, auto& out) {
      ReportFact r;
      r.year = static_cast<int>(w.Int(1));
      r.filed_on = DateAt(w, 2);
      r.conclusion = ParseReportConclusion(w.Text(3)).value_or(ReportConclusion::kNone);
      r.concluded_on = DateAt(w, 4);
      r.had_activity = w.Int(5) != 0;
      out.push_back(r);
    });
    SOCORG_TRY(Rows pen, supervision_store::SnapshotPenalties(c, lo, hi));
    Distribute(pen, s.orgs, first, s.penalties, s.penalty_off, [](const Row& w, auto& out) {
      auto d = DateAt(w, 2);
      if (!d) return;
      out.push_back(PenaltyFact{w.Int(1), *d, ParsePenaltyKind(w.Text(3)).value_or(PenaltyKind::kWarning), w.Int(4)});
    });
    SOCORG_TRY(Rows rect, supervision_store::SnapshotRectifications(c, lo, hi));
    Distribute(rect, s.orgs, first, s.rectifications, s.rect_off, [](const Row& w, auto& out) {
      auto issued = DateAt(w, 2), deadline = DateAt(w, 3);
      if (!issued || !deadline) return;
      out.push_back(RectificationFact{w.Int(1), *issued, *deadline, DateAt(w, 4)});
    });
    SOCORG_TRY(Rows lst, supervision_store::SnapshotListings(c, lo, hi));
    Distribute(lst, s.orgs, first, s.listings, s.listing_off, [](const Row& w, auto& out) {
      auto cause = ParseCreditCause(w.Text(2));
      auto entered = DateAt(w, 4);
      if (!cause || !entered) return;
      out.push_back(ListingFact{w.Int(1), *cause, w.Int(3), *entered, DateAt(w, 5),
                                ParseExitReason(w.Text(6)).value_or(ExitReason::kNone)});
    });
    SOCORG_TRY(Rows flg, supervision_store::SnapshotFlags(c, lo, hi));
    Distribute(flg, s.orgs, first, s.flags, s.flag_off, [](const Row& w, auto& out) {
      std::string k = w.Text(2);
      FlagKind kind = k == "zombie" ? FlagKind::kZombie
                      : k == "overdue_election" ? FlagKind::kOverdueElection
                                                : FlagKind::kRevocationCandidate;
      auto since = DateAt(w, 3);
      out.push_back(StoredFlag{w.Int(1), kind, since.value_or(Date())});
    });
    SOCORG_TRY(Rows chg, supervision_store::SnapshotRatingChanges(c, lo, hi));
    Distribute(chg, s.orgs, first, s.rating_changes, s.change_off, [](const Row& w, auto& out) {
      std::string k = w.Text(2);
      std::uint8_t kind = k == "expired" ? 0 : k == "downgrade_unqualified" ? 1 : k == "downgrade_twice_basic" ? 2 : 3;
      out.push_back(RecordedRatingChange{w.Int(1), kind, w.Int(3)});
    });
    // The latest rating per organization; changes already applied are reflected in its grade.
    SOCORG_TRY(Rows rat, supervision_store::SnapshotRatings(c, lo, hi));
    std::vector<RatingFact> latest;
    std::vector<std::uint32_t> unused;
    Distribute(rat, s.orgs, first, latest, unused, [](const Row& w, auto& out) {
      auto decided = DateAt(w, 3), valid = DateAt(w, 4);
      if (!decided || !valid) return;
      std::string status = w.Text(5);
      RatingFact r{w.Int(1), static_cast<int>(w.Int(2)), *decided, *valid, status == "cancelled", 0};
      if (status == "expired") r.valid_until = std::min(r.valid_until, *decided);  // already expired: no more changes
      out.push_back(r);
    });
    unused.push_back(static_cast<std::uint32_t>(latest.size()));
    for (size_t i = first, k = 0; i < s.orgs.size(); ++i, ++k) {
      std::uint32_t b = unused[k], e = unused[k + 1];
      s.ratings.push_back(e > b ? latest[e - 1] : RatingFact{});
    }
  }
  for (auto* off : {&s.report_off, &s.penalty_off, &s.rect_off, &s.listing_off, &s.flag_off, &s.change_off})
    off->push_back(0);
  s.report_off.back() = static_cast<std::uint32_t>(s.reports.size());
  s.penalty_off.back() = static_cast<std::uint32_t>(s.penalties.size());
  s.rect_off.back() = static_cast<std::uint32_t>(s.rectifications.size());
  s.listing_off.back() = static_cast<std::uint32_t>(s.listings.size());
  s.flag_off.back() = static_cast<std::uint32_t>(s.flags.size());
  s.change_off.back() = static_cast<std::uint32_t>(s.rating_changes.size());
  return s;
}

}  // namespace socorg::supervision
