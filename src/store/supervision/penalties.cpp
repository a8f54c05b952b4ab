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
constexpr char kPenaltiesOf[] =
    "SELECT id, org_id, amount, decision_no, kind, decided_on, basis, reason, created_by, created_at, "
    "fine_basis, base_amount FROM "
    "penalties "
    "WHERE org_id = $1 ORDER BY decided_on, id";
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
  return p;
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
