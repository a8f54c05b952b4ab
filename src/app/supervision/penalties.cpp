#include "app/supervision/penalties.h"

#include "app/supervision/common.h"
#include "store/supervision/penalties.h"

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
