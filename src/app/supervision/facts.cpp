#include "app/supervision/facts.h"

#include "store/supervision/credit.h"
#include "store/supervision/snapshot.h"
#include "store/supervision/penalties.h"
#include "store/supervision/ratings.h"
#include "store/supervision/reports.h"

namespace socorg::supervision::detail {
namespace {

namespace ss = supervision_store;

std::optional<Date> ParseOpt(const std::optional<std::string>& s) {
  return s ? Date::Parse(*s) : std::nullopt;
}

}  // namespace

Status LoadFacts(Connection& c, const OrgRecord& org, FactsHolder& h) {
  h.facts.id = org.id.value;
  h.facts.type = org.type;
  h.facts.status = org.status;
  h.facts.registered_on = ParseOpt(org.registered_on);
  h.facts.ended_on = ParseOpt(org.ended_on);
  h.facts.term_end = ParseOpt(org.term_end);
  h.facts.postponed_until = ParseOpt(org.postponed_until);
  SOCORG_TRY(auto reps, ss::ReportsOf(c, org.id.value));
  for (const auto& r : reps)
    h.reports.push_back({r.year, r.filed_on, r.conclusion, r.concluded_on, r.had_activity});
  SOCORG_TRY(auto pens, ss::PenaltiesOf(c, org.id.value));
  for (const auto& p : pens)  // an annulled penalty counts for no rule; a changed one with its new kind and amount
    if (!p.Annulled()) h.penalties.push_back({p.id, p.decided_on, p.kind, p.amount});
  SOCORG_TRY(auto rects, ss::RectificationsOf(c, org.id.value));
  for (const auto& r : rects) h.rects.push_back({r.id, r.issued_on, r.deadline, r.completed_on});
  SOCORG_TRY(auto lst, ss::ListingsOf(c, org.id.value));
  for (const auto& l : lst)
    h.listings.push_back({l.id, l.cause, l.source_id, l.entered_on, l.exited_on, l.exit_reason});
  SOCORG_TRY(auto letters, ss::LettersOf(c, org.id.value));
  for (const auto& l : letters) h.letters.push_back({l.id, l.sent_on, l.signed_for});
  SOCORG_TRY(h.party, ss::PartyFactsOf(c, org.id.value));
  SOCORG_TRY(auto ratings, ss::RatingsOf(c, org.id.value));
  // The latest rating that was decided (a cancelled one counts as the current rating, cancelled, so that an
  // older grade does not come back); a cancellation's bar on a new application is kept apart.
  for (auto it = ratings.rbegin(); it != ratings.rend(); ++it) {
    if (it->status == RatingStatus::kCancelled && it->reapply_from && !h.facts.rating_reapply_from)
      h.facts.rating_reapply_from = it->reapply_from;
    if (it->status == RatingStatus::kNotice || !it->decided_on || !it->valid_until) {
      if (it->status == RatingStatus::kCancelled) break;  // cancelled while on notice: no grade at all
      continue;
    }
    h.facts.rating = RatingFact{it->id, it->grade, *it->decided_on, *it->valid_until,
                                it->status == RatingStatus::kCancelled, 0};
    if (it->status == RatingStatus::kExpired) h.facts.rating->valid_until = std::min(*it->valid_until, *it->decided_on);
    break;
  }
  h.facts.reports = h.reports;
  h.facts.penalties = h.penalties;
  h.facts.rectifications = h.rects;
  h.facts.listings = h.listings;
  h.facts.letters = h.letters;
  h.facts.party = h.party;
  return {};
}

}  // namespace socorg::supervision::detail
