#include "app/supervision/penalties.h"

#include "app/supervision/common.h"
#include "app/supervision/facts.h"
#include "app/supervision/jobs.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/rating.h"
#include "store/supervision/credit.h"
#include "store/supervision/penalties.h"
#include "store/supervision/ratings.h"

namespace socorg::supervision {

using namespace detail;
namespace ss = supervision_store;

Result<PenaltyRecord> RecordPenalty(AppContext& ctx, const Actor& a, const std::string& key,
                                    const PenaltyInput& in) {
  SOCORG_TRY_VOID(ValidatePenalty(in, ctx.clock.Today()));
  SOCORG_TRY_VOID(CheckText(in.reason, 4000, "reason", false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  PenaltyRecord p{0,         org.id.value, in.decision_no, in.kind,    in.decided_on,
                  in.amount, in.basis,     in.reason,      a.username, ctx.clock.Now(),
                  std::string(ToString(in.fine_basis)), in.base_amount};
  auto id = ss::InsertPenalty(*conn, p);
  if (!id && id.error().kind == ErrorKind::kConflict)
    return Fail(ErrorKind::kConflict, "duplicate_decision_no", "处罚决定书文号已存在",
                "decision_no already recorded", "decision_no");
  if (!id) return std::unexpected(id.error());
  p.id = *id;
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "penalty_decided", in.decided_on,
                         std::string(LabelZh(in.kind)) + " " + in.decision_no, OrgTarget(org),
                         {{"penalty_id", p.id},
                          {"kind", ToString(p.kind)},
                          {"amount", p.amount},
                          {"fine_basis", p.fine_basis},
                          {"base_amount", p.base_amount},
                          {"decision_no", p.decision_no}}));
  SOCORG_TRY_VOID(tx.Commit());
  return p;
}

namespace {

std::string ExplanationOf(const Finding& f) {
  return f.explanation_zh + (f.explanation_en.empty() ? "" : " / " + f.explanation_en);
}

// Everything the credit lists derive from the penalties follows at once, as the credit job would do it as of
// today: listings the penalties in force no longer imply are corrected (PENALTY-OUTCOME-CREDIT), newly implied
// ones are entered and rule exits that moved are updated. Returns the corrected listings' ids.
Result<nlohmann::json> FollowCredit(AppContext& ctx, Connection& c, const Actor& a, const OrgRecord& org, Date today) {
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(c, org, h));
  std::vector<DesiredListing> desired;
  EvaluateCredit(h.facts, today, ctx.rules, desired);
  nlohmann::json corrected = nlohmann::json::array();
  std::string now = ctx.clock.Now();
  SOCORG_TRY(auto stored, supervision_store::ListingsOf(c, org.id.value));
  for (std::int64_t id : StalePenaltyListings(h.facts.listings, desired)) {
    for (const auto& l : stored) {
      if (l.id != id) continue;
      Date on = l.exited_on && l.exit_reason != ExitReason::kNone ? *l.exited_on : today;
      if (on > today) on = today;
      nlohmann::json facts = nlohmann::json::parse(l.facts, nullptr, false);
      if (facts.is_object()) {
        facts["facts"]["exited_on"] = on.ToString();
        facts["facts"]["exit_reason"] = std::string(ToString(ExitReason::kCorrected));
        facts["facts"]["corrected_by"] = "PENALTY-OUTCOME-CREDIT";
      }
      SOCORG_TRY_VOID(supervision_store::UpdateListingExit(
          c, l.id, on, ExitReason::kCorrected, facts.is_object() ? facts.dump() : l.facts,
          l.explanation + "；" + today.ToString() + " 处罚决定被撤销或变更，予以更正（PENALTY-OUTCOME-CREDIT）", now));
      SOCORG_TRY_VOID(event_store::Append(c, EventRecord{0, org.id, "credit_exited", today.ToString(), now,
                                                         a.username, "处罚决定被撤销或变更，信用记录更正", "{}"}));
      corrected.push_back(l.id);
    }
  }
  for (const DesiredListing& d : desired) {
    const ListingFact* s = nullptr;
    for (const auto& l : h.facts.listings)
      if (d.stored_id ? l.id == d.stored_id : (l.cause == d.cause && l.source_id == d.source_id)) s = &l;
    Finding f = ExplainListing(d, ctx.rules);
    if (!s) {
      if (d.stored_id) continue;
      ListingRecord r;
      r.org_id = org.id.value, r.list = ListOf(d.cause), r.cause = d.cause, r.source_id = d.source_id;
      r.automatic = true, r.entered_on = d.entered_on, r.exited_on = d.exited_on, r.exit_reason = d.exit_reason;
      r.rule_id = f.rule_id, r.basis = f.basis, r.facts = FactsJson(f), r.explanation = ExplanationOf(f);
      r.created_by = a.username, r.created_at = r.updated_at = now;
      SOCORG_TRY_VOID(supervision_store::InsertListing(c, r));
      SOCORG_TRY_VOID(event_store::Append(c, EventRecord{0, org.id, "credit_listed", today.ToString(), now, a.username,
                                                         f.title_zh + "：" + f.explanation_zh, "{}"}));
    } else if (!IsOfficerExit(s->exit_reason) &&
               (s->exited_on != d.exited_on || (d.exited_on && s->exit_reason != d.exit_reason))) {
      SOCORG_TRY_VOID(supervision_store::UpdateListingExit(c, s->id, d.exited_on, d.exit_reason, FactsJson(f),
                                                           ExplanationOf(f), now));
    }
  }
  return corrected;
}

// A downgrade for this penalty is reverted when the penalty no longer counts (annulled, or changed to a kind
// that is no listable penalty): the grade goes back up by the step the downgrade took.
Result<nlohmann::json> FollowRating(AppContext& ctx, Connection& c, const OrgRecord& org, const PenaltyFact& in_force,
                                    bool annulled, Date today) {
  nlohmann::json reverted = nlohmann::json::array();
  if (!annulled && IsListablePenalty(in_force)) return reverted;
  SOCORG_TRY(auto changes, supervision_store::RatingChangesOf(c, org.id.value));
  SOCORG_TRY(auto ratings, supervision_store::RatingsOf(c, org.id.value));
  for (const auto& ch : changes) {
    if (ch.kind != RatingChangeKind::kDowngradePenalty || ch.trigger_id != in_force.id || ch.reverted_on) continue;
    for (const auto& r : ratings) {
      if (r.id != ch.rating_id || r.status != RatingStatus::kDecided) continue;
      int grade = std::min(5, r.grade + (ch.from_grade - ch.to_grade));
      SOCORG_TRY_VOID(supervision_store::SetRatingGrade(c, r.id, grade, RatingStatus::kDecided, ctx.clock.Now()));
      SOCORG_TRY_VOID(supervision_store::RevertRatingChange(c, r.id, ch.kind, ch.trigger_id, today));
      reverted.push_back({{"rating_id", r.id}, {"grade", grade}});
    }
  }
  return reverted;
}

}  // namespace

Result<PenaltyOutcomeRecord> RecordPenaltyOutcome(AppContext& ctx, const Actor& a, std::int64_t penalty_id,
                                                  const PenaltyOutcomeInput& in) {
  SOCORG_TRY_VOID(CheckText(in.decision_no, 100, "decision_no", false));
  SOCORG_TRY_VOID(CheckText(in.authority, 200, "authority", false));
  SOCORG_TRY_VOID(CheckText(in.reason, 4000, "reason", false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto p, ss::GetPenalty(*conn, penalty_id));
  if (!p) return NotFound("penalty");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(p->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  Date today = ctx.clock.Today();
  PenaltyFact now_fact{p->id, p->decided_on, p->kind, p->amount};
  SOCORG_TRY_VOID(ValidateOutcome(now_fact, p->decided_on, p->Annulled(), in, today));
  PenaltyFact after = now_fact;
  if (in.result == OutcomeResult::kChanged) after.kind = in.kind.value_or(p->kind), after.amount = in.amount;
  bool annulled = in.result == OutcomeResult::kAnnulled;
  SOCORG_TRY_VOID(ss::ApplyPenaltyOutcome(*conn, p->id, std::string(ToString(in.result)), in.decided_on, after.kind,
                                          after.amount));
  SOCORG_TRY(auto listings, FollowCredit(ctx, *conn, a, org, today));
  SOCORG_TRY(auto ratings, FollowRating(ctx, *conn, org, after, annulled, today));
  PenaltyOutcomeRecord o;
  o.penalty_id = p->id, o.org_id = org.id.value, o.channel = std::string(ToString(in.channel));
  o.result = std::string(ToString(in.result)), o.decided_on = in.decided_on, o.decision_no = in.decision_no;
  o.authority = in.authority, o.kind_before = p->kind, o.amount_before = p->amount, o.kind_after = after.kind;
  o.amount_after = annulled ? 0 : after.amount, o.reason = in.reason;
  o.corrected = nlohmann::json{{"listings", listings}, {"rating_changes", ratings}}.dump();
  o.created_by = a.username, o.created_at = ctx.clock.Now();
  SOCORG_TRY(o.id, ss::InsertPenaltyOutcome(*conn, o));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "penalty_outcome_recorded", in.decided_on,
                         std::string(LabelZh(in.channel)) + std::string(LabelZh(in.result)) + "：" + p->decision_no + "（" +
                             in.decision_no + "，" + in.authority + "）",
                         OrgTarget(org),
                         {{"penalty_id", p->id},
                          {"outcome_id", o.id},
                          {"rule_id", "PENALTY-OUTCOME"},
                          {"channel", o.channel},
                          {"result", o.result},
                          {"kind_after", ToString(o.kind_after)},
                          {"amount_after", o.amount_after},
                          {"corrected_listings", listings},
                          {"reverted_rating_changes", ratings}}));
  SOCORG_TRY_VOID(tx.Commit());
  return o;
}

Result<RectificationRecord> OrderRectification(AppContext& ctx, const Actor& a, const std::string& key,
                                               Date deadline, const std::string& content,
                                               const std::string& source) {
  SOCORG_TRY_VOID(CheckText(content, 4000, "content", true));
  Date today = ctx.clock.Today();
  if (deadline <= today)
    return Invalid("invalid_deadline", "整改期限应晚于今天", "deadline must be after today", "deadline");
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  RectificationRecord r{0,       org.id.value, today,      deadline,       std::nullopt,
                        content, source,       a.username, ctx.clock.Now()};
  SOCORG_TRY(r.id, ss::InsertRectification(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rectification_ordered", today, content, OrgTarget(org),
                         {{"rectification_id", r.id}, {"deadline", r.deadline.ToString()}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Status CompleteRectificationOrder(AppContext& ctx, const Actor& a, std::int64_t id, std::optional<Date> on) {
  SOCORG_TRY(Date d, DateOr(on, ctx.clock.Today(), "completed_on"));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto r, ss::GetRectification(*conn, id));
  if (!r) return NotFound("rectification order");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(r->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY_VOID(ss::CompleteRectification(*conn, id, d));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "rectification_completed", d, "整改完成（经核实）", OrgTarget(org),
                         {{"rectification_id", id}}));
  return tx.Commit();
}

}  // namespace socorg::supervision
