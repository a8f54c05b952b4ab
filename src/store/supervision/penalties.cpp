#include "store/supervision/penalties.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::PenaltyRecord;
using supervision::RectificationRecord;

constexpr char kInsertPenalty[] =
    "INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, reason, created_by, "
    "created_at, fine_basis, base_amount) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
#define SOCORG_PENALTY_COLUMNS                                                                                \
  "SELECT id, org_id, amount, decision_no, kind, decided_on, basis, reason, created_by, created_at, "        \
  "fine_basis, base_amount, outcome, outcome_on, original_kind, original_amount FROM penalties "
constexpr char kPenaltiesOf[] = SOCORG_PENALTY_COLUMNS "WHERE org_id = $1 ORDER BY decided_on, id";
constexpr char kGetPenalty[] = SOCORG_PENALTY_COLUMNS "WHERE id = $1";
#undef SOCORG_PENALTY_COLUMNS
// The first decision's kind and amount are kept on the first change (original_kind is "" until then).
constexpr char kApplyOutcome[] =
    "UPDATE penalties SET original_kind = CASE WHEN original_kind = '' AND $1 = 'changed' THEN kind "
    "ELSE original_kind END, original_amount = CASE WHEN original_kind = '' AND $1 = 'changed' THEN amount "
    "ELSE original_amount END, outcome = $1, outcome_on = $2, kind = $3, amount = $4 "
    "WHERE id = $5 AND outcome <> 'annulled'";
constexpr char kInsertOutcome[] =
    "INSERT INTO penalty_outcomes (penalty_id, org_id, channel, result, decided_on, decision_no, authority, "
    "kind_before, amount_before, kind_after, amount_after, reason, corrected, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
constexpr char kOutcomesOf[] =
    "SELECT id, penalty_id, org_id, channel, result, decided_on, decision_no, authority, kind_before, "
    "amount_before, kind_after, amount_after, reason, corrected, created_by, created_at FROM penalty_outcomes "
    "WHERE org_id = $1 ORDER BY id";
constexpr char kInsertRect[] =
    "INSERT INTO rectification_orders (org_id, issued_on, deadline, content, source, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr char kRectColumns[] =
    "id, org_id, issued_on, deadline, completed_on, content, source, created_by, created_at";
const std::string kGetRect =
    std::string("SELECT ") + kRectColumns + " FROM rectification_orders WHERE id = $1";
const std::string kRectsOf = std::string("SELECT ") + kRectColumns +
                             " FROM rectification_orders WHERE org_id = $1 ORDER BY deadline, id";
constexpr char kCompleteRect[] =
    "UPDATE rectification_orders SET completed_on = $1 WHERE id = $2 AND completed_on IS NULL";

template <typename R>
PenaltyRecord PenaltyFrom(const R& w) {
  PenaltyRecord p;
  p.id = w.Int(0), p.org_id = w.Int(1), p.amount = w.Int(2), p.decision_no = Str(w, 3);
  p.kind = EnumAt(w, 4, supervision::ParsePenaltyKind, supervision::PenaltyKind::kWarning);
  p.decided_on = DateAt(w, 5), p.basis = Str(w, 6), p.reason = Str(w, 7), p.created_by = Str(w, 8);
  p.created_at = Str(w, 9), p.fine_basis = Str(w, 10), p.base_amount = w.Int(11);
  p.outcome = Str(w, 12), p.outcome_on = OptDateAt(w, 13), p.original_kind = Str(w, 14);
  p.original_amount = w.Int(15);
  return p;
}

template <typename R>
supervision::PenaltyOutcomeRecord OutcomeFrom(const R& w) {
  using supervision::ParsePenaltyKind, supervision::PenaltyKind;
  supervision::PenaltyOutcomeRecord o;
  o.id = w.Int(0), o.penalty_id = w.Int(1), o.org_id = w.Int(2), o.channel = Str(w, 3), o.result = Str(w, 4);
  o.decided_on = DateAt(w, 5), o.decision_no = Str(w, 6), o.authority = Str(w, 7);
  o.kind_before = EnumAt(w, 8, ParsePenaltyKind, PenaltyKind::kWarning), o.amount_before = w.Int(9);
  o.kind_after = EnumAt(w, 10, ParsePenaltyKind, PenaltyKind::kWarning), o.amount_after = w.Int(11);
  o.reason = Str(w, 12), o.corrected = Str(w, 13), o.created_by = Str(w, 14), o.created_at = Str(w, 15);
  return o;
}

template <typename R>
RectificationRecord RectFrom(const R& w) {
  return {w.Int(0),  w.Int(1),  DateAt(w, 2), DateAt(w, 3), OptDateAt(w, 4),
          Str(w, 5), Str(w, 6), Str(w, 7),    Str(w, 8)};
}

}  // namespace

Result<std::int64_t> InsertPenalty(Connection& c, const PenaltyRecord& r) {
  return InsertReturningId(c, kInsertPenalty,
                           {r.org_id, r.decision_no, Text(ToString(r.kind)), r.decided_on.ToString(),
                            r.amount, r.basis, r.reason, r.created_by, r.created_at, r.fine_basis,
                            r.base_amount});
}

Result<std::vector<PenaltyRecord>> PenaltiesOf(Connection& c, std::int64_t org_id) {
  return All<PenaltyRecord>(c, kPenaltiesOf, {org_id}, [](const auto& w) { return PenaltyFrom(w); });
}

Result<std::optional<PenaltyRecord>> GetPenalty(Connection& c, std::int64_t id) {
  return First<PenaltyRecord>(c, kGetPenalty, {id}, [](const auto& w) { return PenaltyFrom(w); });
}

Status ApplyPenaltyOutcome(Connection& c, std::int64_t id, const std::string& outcome, Date on,
                           supervision::PenaltyKind kind, std::int64_t amount) {
  SOCORG_TRY(std::int64_t n, c.Exec(kApplyOutcome, {outcome, on.ToString(), Text(ToString(kind)), amount, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "penalty_annulled", "该处罚决定已被撤销", "the penalty was annulled", "id");
  return {};
}

Result<std::int64_t> InsertPenaltyOutcome(Connection& c, const supervision::PenaltyOutcomeRecord& o) {
  return InsertReturningId(c, kInsertOutcome,
                           {o.penalty_id, o.org_id, o.channel, o.result, o.decided_on.ToString(), o.decision_no,
                            o.authority, Text(ToString(o.kind_before)), o.amount_before,
                            Text(ToString(o.kind_after)), o.amount_after, o.reason, o.corrected, o.created_by,
                            o.created_at});
}

Result<std::vector<supervision::PenaltyOutcomeRecord>> PenaltyOutcomesOf(Connection& c, std::int64_t org_id) {
  return All<supervision::PenaltyOutcomeRecord>(c, kOutcomesOf, {org_id},
                                                [](const auto& w) { return OutcomeFrom(w); });
}

Result<std::int64_t> InsertRectification(Connection& c, const RectificationRecord& r) {
  return InsertReturningId(c, kInsertRect,
                           {r.org_id, r.issued_on.ToString(), r.deadline.ToString(), r.content, r.source,
                            r.created_by, r.created_at});
}

Result<std::optional<RectificationRecord>> GetRectification(Connection& c, std::int64_t id) {
  return First<RectificationRecord>(c, kGetRect, {id}, [](const auto& w) { return RectFrom(w); });
}

Status CompleteRectification(Connection& c, std::int64_t id, Date on) {
  SOCORG_TRY(std::int64_t n, c.Exec(kCompleteRect, {on.ToString(), id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "already_completed", "该整改已完成", "the order is already completed",
                "id");
  return {};
}

Result<std::vector<RectificationRecord>> RectificationsOf(Connection& c, std::int64_t org_id) {
  return All<RectificationRecord>(c, kRectsOf, {org_id}, [](const auto& w) { return RectFrom(w); });
}

}  // namespace socorg::supervision_store
