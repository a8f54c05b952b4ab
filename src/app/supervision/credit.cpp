#include "app/supervision/credit.h"

#include "app/supervision/common.h"
#include "app/supervision/facts.h"
#include "app/supervision/jobs.h"
#include "store/org_store.h"
#include "store/supervision/credit.h"
#include "store/supervision/penalties.h"

namespace socorg::supervision {

using namespace detail;
using nlohmann::json;
namespace ss = supervision_store;

Result<CreditView> CreditOf(AppContext& ctx, const Actor& a, const std::string& key) {
  auto conn = ctx.db->Acquire();
  CreditView v;
  SOCORG_TRY(v.org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckCanRead(a, v.org));
  FactsHolder h;
  SOCORG_TRY_VOID(LoadFacts(*conn, v.org, h));
  Date today = ctx.clock.Today();
  v.status = StatusOn(h.facts.listings, today);
  v.score = ComputeCreditScore(h.facts, today, ctx.rules);
  SOCORG_TRY(v.listings, ss::ListingsOf(*conn, v.org.id.value));
  SOCORG_TRY(v.requests, ss::CreditRequestsOf(*conn, v.org.id.value));
  SOCORG_TRY(v.penalties, ss::PenaltiesOf(*conn, v.org.id.value));
  SOCORG_TRY(v.rectifications, ss::RectificationsOf(*conn, v.org.id.value));
  SOCORG_TRY(v.letters, ss::LettersOf(*conn, v.org.id.value));
  SOCORG_TRY(v.outcomes, ss::PenaltyOutcomesOf(*conn, v.org.id.value));
  return v;
}

Result<LetterRecord> RecordLetter(AppContext& ctx, const Actor& a, const std::string& key, const LetterInput& in) {
  SOCORG_TRY(Date sent, DateOr(in.sent_on, ctx.clock.Today(), "sent_on"));
  SOCORG_TRY_VOID(CheckText(in.tracking_no, 100, "tracking_no", true));
  SOCORG_TRY_VOID(CheckText(in.note, 1000, "note", false));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  LetterRecord r{0, org.id.value, sent, in.tracking_no, in.signed_for, in.note, a.username, ctx.clock.Now()};
  SOCORG_TRY(r.id, ss::InsertLetter(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "registered_letter_recorded", sent,
                         std::string(in.signed_for ? "挂号信已签收 " : "挂号信无人签收 ") + in.tracking_no,
                         OrgTarget(org),
                         {{"letter_id", r.id}, {"tracking_no", in.tracking_no}, {"signed_for", in.signed_for}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<ListingRecord> EnterListing(AppContext& ctx, const Actor& a, const std::string& key,
                                   const std::string& cause, std::optional<Date> on,
                                   const std::string& reason) {
  auto c = ParseCreditCause(cause);
  if (!c || !IsManualCause(*c))
    return Invalid("invalid_cause", "该列入情形不能手工列入（由批处理自动判定）或不存在",
                   "unknown cause, or one the credit job decides automatically", "cause");
  SOCORG_TRY_VOID(CheckText(reason, 4000, "reason", true));
  SOCORG_TRY(Date d, DateOr(on, ctx.clock.Today(), "entered_on"));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, key));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY(std::int64_t serial, org_store::NextSerial(*conn, "credit_manual"));
  const char* rule = ListOf(*c) == CreditList::kAnomaly ? "CREDIT-ANOMALY-MANUAL" : "CREDIT-SERIOUS-MANUAL";
  Finding f{rule,
            BasisText(rule),
            std::string(LabelZh(ListOf(*c))) + "：" + std::string(LabelZh(*c)),
            {{"list", std::string(ToString(ListOf(*c)))},
             {"cause", cause},
             {"entered_on", d.ToString()},
             {"officer", a.username}},
            Outcome::kFail,
            reason,
            "entered by the registration authority"};
  std::string now = ctx.clock.Now();
  ListingRecord r;
  r.org_id = org.id.value, r.list = ListOf(*c), r.cause = *c, r.source_id = serial;
  r.automatic = false, r.entered_on = d, r.rule_id = f.rule_id, r.basis = f.basis, r.facts = FactsJson(f);
  r.explanation = reason, r.created_by = a.username, r.created_at = now, r.updated_at = now;
  SOCORG_TRY(r.id, ss::InsertListing(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "credit_listed", d, f.title_zh + "：" + reason, OrgTarget(org),
                         {{"listing_id", r.id}, {"cause", cause}}));
  SOCORG_TRY(auto row, ss::GetListing(*conn, r.id));
  SOCORG_TRY_VOID(tx.Commit());
  return *row;
}

Result<CreditRequestRecord> SubmitCreditRequest(AppContext& ctx, const Actor& a, std::int64_t listing_id,
                                                const std::string& kind, const std::string& content) {
  auto k = ParseCreditRequestKind(kind);
  if (!k)
    return Invalid("invalid_kind", "申请类型应为 rectification、repair 或 objection",
                   "kind must be rectification, repair or objection", "kind");
  SOCORG_TRY_VOID(CheckText(content, 4000, "content", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto l, ss::GetListing(*conn, listing_id));
  if (!l) return NotFound("listing");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(l->org_id)));
  SOCORG_TRY_VOID(CheckOrgOrOfficer(a, org));
  // An anomaly entry that moved to the serious list can still be objected to: if it was an error, so is the
  // serious entry derived from it (both are corrected on a granted objection).
  bool moved = l->exited_on && l->exit_reason == ExitReason::kMovedToSerious;
  if (l->exited_on && !(moved && *k == CreditRequestKind::kObjection))
    return Fail(ErrorKind::kRuleViolation, "not_listed", "该条目已移出",
                "the entry has already left the list", "listing_id");
  if (*k == CreditRequestKind::kRepair && l->list != CreditList::kSerious)
    return Fail(ErrorKind::kRuleViolation, "repair_serious_only", "信用修复申请适用于严重违法失信名单",
                "repair applies to the serious list", "kind");
  if (*k == CreditRequestKind::kRectification && l->list != CreditList::kAnomaly)
    return Fail(ErrorKind::kRuleViolation, "rectification_anomaly_only", "整改移出申请适用于活动异常名录",
                "rectification exit applies to the anomaly list", "kind");
  Date today = ctx.clock.Today();
  CreditRequestRecord r;
  r.org_id = org.id.value, r.listing_id = listing_id, r.kind = *k, r.submitted_on = today;
  r.content = content, r.created_by = a.username, r.created_at = ctx.clock.Now();
  SOCORG_TRY(r.id, ss::InsertCreditRequest(*conn, r));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "credit_request_submitted", today, kind + "：" + content,
                         OrgTarget(org), {{"request_id", r.id}, {"listing_id", listing_id}, {"kind", kind}}));
  SOCORG_TRY_VOID(tx.Commit());
  return r;
}

Result<CreditRequestRecord> DecideCreditRequest(AppContext& ctx, const Actor& a, std::int64_t id, bool grant,
                                                const std::string& reason) {
  SOCORG_TRY_VOID(CheckText(reason, 4000, "reason", true));
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(auto req, ss::GetCreditRequest(*conn, id));
  if (!req) return NotFound("credit request");
  SOCORG_TRY(OrgRecord org, FindOrgByKey(*conn, std::to_string(req->org_id)));
  SOCORG_TRY_VOID(CheckOfficer(a, org.region_code));
  SOCORG_TRY(auto listing, ss::GetListing(*conn, req->listing_id));
  Date today = ctx.clock.Today();
  json findings = json::array();
  if (grant && req->kind == CreditRequestKind::kRepair) {
    FactsHolder h;
    SOCORG_TRY_VOID(LoadFacts(*conn, org, h));
    const ListingFact* entry = nullptr;
    for (const auto& l : h.listings)
      if (l.id == req->listing_id) entry = &l;
    if (!entry) return NotFound("listing");
    Finding f = CheckRepairEligibility(h.facts, *entry, today, ctx.rules);
    findings.push_back(json::parse(FactsJson(f)));
    if (f.outcome != Outcome::kPass)
      return Fail(ErrorKind::kRuleViolation, "repair_not_eligible", "不符合信用修复条件：" + f.explanation_zh,
                  "not eligible for repair: " + f.explanation_en, "id");
  }
  RequestStatus status = grant ? RequestStatus::kGranted : RequestStatus::kRefused;
  SOCORG_TRY_VOID(ss::DecideCreditRequest(*conn, id, status, today, reason, a.username, findings.dump()));
  auto close = [&](const ListingRecord& l, Date on, ExitReason why) -> Status {
    json facts = json::parse(l.facts, nullptr, false);
    if (facts.is_object()) {
      facts["facts"]["exited_on"] = on.ToString();
      facts["facts"]["exit_reason"] = std::string(ToString(why));
      facts["facts"]["request_id"] = std::to_string(id);
    }
    return ss::UpdateListingExit(*conn, l.id, on, why, facts.is_object() ? facts.dump() : l.facts,
                                 l.explanation + "；" + today.ToString() + " " + std::string(LabelZh(why)),
                                 ctx.clock.Now());
  };
  json corrected = json::array();
  if (grant && listing && req->kind == CreditRequestKind::kObjection) {
    // A granted objection: the entry was an error. It leaves today (or, if it had already moved to the serious
    // list, keeps that date with the reason "corrected"), and every entry derived from it — the serious entry
    // it escalated to — is corrected too, so the lists, the score and the public credit status all drop it.
    // The replay keeps both exits and never escalates a corrected entry (domain/supervision/credit.cpp).
    bool open = !listing->exited_on;
    if (open || listing->exit_reason == ExitReason::kMovedToSerious) {
      SOCORG_TRY_VOID(close(*listing, open ? today : *listing->exited_on, ExitReason::kCorrected));
      corrected.push_back(listing->id);
    }
    if (listing->list == CreditList::kAnomaly) {
      std::int64_t derived =
          EscalationSourceId(listing->cause, listing->automatic ? listing->source_id : listing->id);
      SOCORG_TRY(auto all, ss::ListingsOf(*conn, org.id.value));
      for (const auto& l : all)
        if (l.cause == CreditCause::kAnomalyTwoYears && l.source_id == derived && !l.exited_on) {
          SOCORG_TRY_VOID(close(l, today, ExitReason::kCorrected));
          corrected.push_back(l.id);
        }
    }
  } else if (grant && listing && !listing->exited_on) {
    ExitReason why = req->kind == CreditRequestKind::kRepair ? ExitReason::kRepaired : ExitReason::kRectifiedVerified;
    SOCORG_TRY_VOID(close(*listing, today, why));
  }
  std::string status_name(ToString(status));
  SOCORG_TRY_VOID(Record(ctx, *conn, a, &org, "credit_request_decided", today, status_name + "：" + reason,
                         OrgTarget(org), {{"request_id", id}, {"status", status_name}, {"corrected_listings", corrected}}));
  SOCORG_TRY(auto out, ss::GetCreditRequest(*conn, id));
  SOCORG_TRY_VOID(tx.Commit());
  return *out;
}

Result<Page<ListingRecord>> PublicCreditList(AppContext& ctx, const std::string& list,
                                             const std::string& region, int page, int page_size) {
  auto l = ParseCreditList(list);
  if (!l)
    return Invalid("invalid_list", "名单应为 anomaly 或 serious", "list must be anomaly or serious", "list");
  SOCORG_TRY_VOID(CheckPaging(page, page_size));
  std::string prefix;
  if (!region.empty()) {
    if (!IsRegionCodeShape(region))
      return Invalid("invalid_region", "行政区划代码无效", "invalid region", "region");
    prefix = RegionPrefix(region);
  }
  auto conn = ctx.read_db->Acquire();
  return ss::PublicListings(*conn, *l, ctx.clock.Today(), prefix, page_size, (page - 1) * page_size);
}

}  // namespace socorg::supervision
