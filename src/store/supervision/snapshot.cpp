#include "store/supervision/snapshot.h"

#include <algorithm>
#include <cstdlib>

#include "store/party/party.h"
#include "store/records.h"
#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using namespace supervision;

// The registered organizations: the public statuses (domain/org_types.h).
const std::string kSnapshotOrgs =
    "SELECT id, type, status, registered_on, ended_on, term_end, postponed_until, region_code FROM orgs "
    "WHERE id > $1 AND status IN (" + SqlStatusList(kPublicOrgStatuses) + ") ORDER BY id LIMIT $2";
// §11 community filings: the latest life-cycle event of each (the supervision jobs' own events are not activity).
const std::string kSnapshotCommunityLastEvent =
    "SELECT e.org_id, MAX(e.occurred_on) FROM events e JOIN orgs o ON o.id = e.org_id "
    "WHERE e.org_id BETWEEN $1 AND $2 AND o.type = 'community' AND e.action NOT IN ('flag_raised', 'flag_cleared', "
    "'credit_listed', 'credit_exited', 'rating_changed') GROUP BY e.org_id";
constexpr char kSnapshotReports[] =
    "SELECT org_id, year, filed_on, conclusion, concluded_on, had_activity FROM annual_reports "
    "WHERE org_id BETWEEN $1 AND $2 ORDER BY org_id, year";
constexpr char kSnapshotPenalties[] =
    "SELECT org_id, id, decided_on, kind, amount FROM penalties WHERE org_id BETWEEN $1 AND $2 "
    "AND outcome <> 'annulled' ORDER BY org_id, decided_on, id";  // an annulled penalty counts for no rule
constexpr char kSnapshotRectifications[] =
    "SELECT org_id, id, issued_on, deadline, completed_on FROM rectification_orders WHERE org_id BETWEEN $1 "
    "AND $2 "
    "ORDER BY org_id, deadline, id";
constexpr char kSnapshotListings[] =
    "SELECT org_id, id, cause, source_id, entered_on, exited_on, exit_reason FROM credit_listings "
    "WHERE org_id BETWEEN $1 AND $2 ORDER BY org_id, entered_on, id";
constexpr char kSnapshotLetters[] =
    "SELECT org_id, id, sent_on, signed_for FROM registered_letters WHERE org_id BETWEEN $1 AND $2 "
    "ORDER BY org_id, sent_on, id";
constexpr char kSnapshotRatings[] =
    "SELECT org_id, id, grade, decided_on, valid_until, status FROM ratings "
    "WHERE org_id BETWEEN $1 AND $2 AND status IN ('decided', 'expired', 'cancelled') ORDER BY org_id, id";
constexpr char kSnapshotRatingChanges[] =
    "SELECT org_id, rating_id, kind, trigger_id FROM rating_changes WHERE org_id BETWEEN $1 AND $2 "
    "ORDER BY org_id, rating_id";
constexpr char kSnapshotFlags[] =
    "SELECT org_id, id, kind, since FROM supervision_flags WHERE org_id BETWEEN $1 AND $2 AND active = 1 "
    "ORDER BY org_id, id";

// Appends read(row) for each row of the page's id range; read returns false to leave a row out.
template <typename T, typename F>
Status ReadChildren(Connection& c, const char* sql, std::int64_t lo, std::int64_t hi,
                    std::vector<OfOrg<T>>& out, F read) {
  return EachRow(c, sql, {lo, hi}, [&](const auto& w) {
    OfOrg<T> x{w.Int(0), T{}};
    if (read(w, x.fact)) out.push_back(x);
  });
}

}  // namespace

Result<std::vector<PartyFact>> PartyFactsOf(Connection& c, std::int64_t org_id) {
  std::vector<PartyFact> out;
  SOCORG_TRY_VOID(party_store::EachConfirmedFact(c, org_id, org_id, [&](const party_store::ConfirmedFact& p) {
    out.push_back({p.id, p.as_of, p.needs_branch});
  }));
  return out;
}

void SnapshotPage::clear() {
  orgs.clear(), reports.clear(), penalties.clear(), rectifications.clear(), listings.clear(), letters.clear(), ratings.clear();
  party.clear();
  flags.clear(), rating_changes.clear();
}

Status ReadSnapshotPage(Connection& c, std::int64_t after_id, int limit, SnapshotPage& page) {
  page.clear();
  SOCORG_TRY_VOID(EachRow(c, kSnapshotOrgs, {after_id, Int(limit)}, [&](const auto& w) {
    OrgCore o;
    o.id = w.Int(0);
    o.type = EnumAt(w, 1, ParseOrgType, OrgType::kSocialGroup);
    o.status = EnumAt(w, 2, ParseOrgStatus, OrgStatus::kActive);
    o.registered_on = OptDateAt(w, 3), o.ended_on = OptDateAt(w, 4), o.term_end = OptDateAt(w, 5);
    o.postponed_until = OptDateAt(w, 6);
    std::string region = Str(w, 7);
    o.region = region.size() == 6 ? static_cast<std::uint32_t>(std::strtoul(region.c_str(), nullptr, 10)) : 0;
    page.orgs.push_back(o);
  }));
  if (page.orgs.empty()) return {};
  std::int64_t lo = page.orgs.front().id, hi = page.orgs.back().id;
  bool any_community = false;
  for (const OrgCore& o : page.orgs) any_community |= o.type == OrgType::kCommunity;
  if (any_community)
    SOCORG_TRY_VOID(EachRow(c, kSnapshotCommunityLastEvent.c_str(), {lo, hi}, [&](const auto& w) {
      std::int64_t id = w.Int(0);
      auto it = std::lower_bound(page.orgs.begin(), page.orgs.end(), id,
                                 [](const OrgCore& o, std::int64_t v) { return o.id < v; });
      if (it != page.orgs.end() && it->id == id) it->last_event_on = OptDateAt(w, 1);
    }));

  SOCORG_TRY_VOID(ReadChildren(c, kSnapshotReports, lo, hi, page.reports, [](const auto& w, ReportFact& r) {
    r.year = Int32At(w, 1);
    r.filed_on = OptDateAt(w, 2);
    r.conclusion = EnumAt(w, 3, ParseReportConclusion, ReportConclusion::kNone);
    r.concluded_on = OptDateAt(w, 4);
    r.had_activity = w.Int(5) != 0;
    return true;
  }));
  SOCORG_TRY_VOID(
      ReadChildren(c, kSnapshotPenalties, lo, hi, page.penalties, [](const auto& w, PenaltyFact& p) {
        auto d = OptDateAt(w, 2);
        if (!d) return false;
        p = PenaltyFact{w.Int(1), *d, EnumAt(w, 3, ParsePenaltyKind, PenaltyKind::kWarning), w.Int(4)};
        return true;
      }));
  SOCORG_TRY_VOID(ReadChildren(c, kSnapshotRectifications, lo, hi, page.rectifications,
                               [](const auto& w, RectificationFact& r) {
                                 auto issued = OptDateAt(w, 2), deadline = OptDateAt(w, 3);
                                 if (!issued || !deadline) return false;
                                 r = RectificationFact{w.Int(1), *issued, *deadline, OptDateAt(w, 4)};
                                 return true;
                               }));
  SOCORG_TRY_VOID(
      ReadChildren(c, kSnapshotListings, lo, hi, page.listings, [](const auto& w, ListingFact& l) {
        auto cause = ParseCreditCause(w.Text(2));
        auto entered = OptDateAt(w, 4);
        if (!cause || !entered) return false;
        l = ListingFact{w.Int(1), *cause,          w.Int(3),
                        *entered, OptDateAt(w, 5), EnumAt(w, 6, ParseExitReason, ExitReason::kNone)};
        return true;
      }));
  SOCORG_TRY_VOID(ReadChildren(c, kSnapshotLetters, lo, hi, page.letters, [](const auto& w, LetterFact& l) {
    auto sent = OptDateAt(w, 2);
    if (!sent) return false;
    l = LetterFact{w.Int(1), *sent, w.Int(3) != 0};
    return true;
  }));
  // §8 ② from the party module's confirmed filings, through its store (the dependency points one way).
  SOCORG_TRY_VOID(party_store::EachConfirmedFact(c, lo, hi, [&](const party_store::ConfirmedFact& p) {
    page.party.push_back({p.org_id, PartyFact{p.id, p.as_of, p.needs_branch}});
  }));
  SOCORG_TRY_VOID(ReadChildren(c, kSnapshotFlags, lo, hi, page.flags, [](const auto& w, StoredFlag& f) {
    // A kind outside the set reads as a revocation candidate, as before the flags were typed.
    f = StoredFlag{w.Int(1), EnumAt(w, 2, ParseFlagKind, FlagKind::kRevocationCandidate),
                   OptDateAt(w, 3).value_or(Date())};
    return true;
  }));
  SOCORG_TRY_VOID(ReadChildren(
      c, kSnapshotRatingChanges, lo, hi, page.rating_changes, [](const auto& w, RecordedRatingChange& r) {
        r = RecordedRatingChange{
            w.Int(1), EnumAt(w, 2, ParseRatingChangeKind, RatingChangeKind::kDowngradePenalty), w.Int(3)};
        return true;
      }));
  SOCORG_TRY_VOID(
      ReadChildren(c, kSnapshotRatings, lo, hi, page.ratings, [](const auto& w, SnapshotRating& r) {
        auto decided = OptDateAt(w, 3), valid = OptDateAt(w, 4);
        if (!decided || !valid) return false;
        r = SnapshotRating{w.Int(1), Int32At(w, 2), *decided, *valid,
                           EnumAt(w, 5, ParseRatingStatus, RatingStatus::kDecided)};
        return true;
      }));
  return {};
}

}  // namespace socorg::supervision_store
