#include "app/supervision/facts.h"

#include "store/supervision/credit.h"
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
  for (const auto& p : pens) h.penalties.push_back({p.id, p.decided_on, p.kind, p.amount});
  SOCORG_TRY(auto rects, ss::RectificationsOf(c, org.id.value));
  for (const auto& r : rects) h.rects.push_back({r.id, r.issued_on, r.deadline, r.completed_on});
  SOCORG_TRY(auto lst, ss::ListingsOf(c, org.id.value));
  for (const auto& l : lst)
    h.listings.push_back({l.id, l.cause, l.source_id, l.entered_on, l.exited_on, l.exit_reason});
  SOCORG_TRY(auto letters, ss::LettersOf(c, org.id.value));
  for (const auto& l : letters) h.letters.push_back({l.id, l.sent_on, l.signed_for});
  SOCORG_TRY(auto ratings, ss::RatingsOf(c, org.id.value));
  for (auto it = ratings.rbegin(); it != ratings.rend(); ++it)
    if (it->status == RatingStatus::kDecided && it->decided_on && it->valid_until) {
      h.facts.rating = RatingFact{it->id, it->grade, *it->decided_on, *it->valid_until, false, 0};
      break;
    }
  h.facts.reports = h.reports;
  h.facts.penalties = h.penalties;
  h.facts.rectifications = h.rects;
  h.facts.listings = h.listings;
  h.facts.letters = h.letters;
  return {};
}

}  // namespace socorg::supervision::detail
