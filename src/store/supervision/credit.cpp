#include "store/supervision/credit.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::CreditRequestRecord;
using supervision::ListingRecord;

constexpr char kInsertLetter[] =
    "INSERT INTO registered_letters (org_id, sent_on, tracking_no, signed_for, note, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr char kLettersOf[] =
    "SELECT id, org_id, sent_on, tracking_no, signed_for, note, created_by, created_at FROM registered_letters "
    "WHERE org_id = $1 ORDER BY sent_on, id";

constexpr char kListingColumns[] =
    "l.id, l.org_id, l.list, l.cause, l.source_id, l.automatic, l.entered_on, l.exited_on, l.exit_reason, "
    "l.rule_id, "
    "l.basis, l.facts, l.explanation, l.created_by, l.created_at, l.updated_at, o.name, COALESCE(o.uscc, "
    "''), "
    "o.region_code";
constexpr char kInsertListing[] =
    "INSERT INTO credit_listings (org_id, list, cause, source_id, automatic, entered_on, exited_on, "
    "exit_reason, "
    "rule_id, basis, facts, explanation, created_by, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
constexpr char kUpdateListingExit[] =
    "UPDATE credit_listings SET exited_on = $1, exit_reason = $2, facts = $3, explanation = $4, updated_at = "
    "$5 "
    "WHERE id = $6";
const std::string kListingsOf = std::string("SELECT ") + kListingColumns +
                                " FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.org_id = $1 "
                                "ORDER BY l.entered_on, l.id";
const std::string kGetListing = std::string("SELECT ") + kListingColumns +
                                " FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.id = $1";
constexpr char kPublicListingsWhere[] =
    " FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.list = $1 AND l.entered_on <= $2 "
    "AND (l.exited_on IS NULL OR l.exited_on > $2) AND o.region_code >= $3 AND o.region_code < $4";
const std::string kPublicListingsCount = std::string("SELECT count(*)") + kPublicListingsWhere;
const std::string kPublicListings = std::string("SELECT ") + kListingColumns + kPublicListingsWhere +
                                    " ORDER BY l.entered_on DESC, l.id DESC LIMIT $5 OFFSET $6";

constexpr char kRequestColumns[] =
    "id, org_id, listing_id, kind, submitted_on, content, status, decided_on, decision_reason, decided_by, "
    "findings, "
    "created_by, created_at";
constexpr char kInsertRequest[] =
    "INSERT INTO credit_requests (org_id, listing_id, kind, submitted_on, content, status, findings, "
    "created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8) RETURNING id";
constexpr char kDecideRequest[] =
    "UPDATE credit_requests SET status = $1, decided_on = $2, decision_reason = $3, decided_by = $4, "
    "findings = $5 "
    "WHERE id = $6 AND status = 'pending'";
const std::string kGetRequest =
    std::string("SELECT ") + kRequestColumns + " FROM credit_requests WHERE id = $1";
const std::string kRequestsOf =
    std::string("SELECT ") + kRequestColumns + " FROM credit_requests WHERE org_id = $1 ORDER BY id";

template <typename R>
ListingRecord ListingFrom(const R& w) {
  using namespace supervision;
  ListingRecord r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.list = EnumAt(w, 2, ParseCreditList, CreditList::kAnomaly);
  r.cause = EnumAt(w, 3, ParseCreditCause, CreditCause::kOtherAnomaly), r.source_id = w.Int(4);
  r.automatic = w.Int(5) != 0, r.entered_on = DateAt(w, 6), r.exited_on = OptDateAt(w, 7);
  r.exit_reason = EnumAt(w, 8, ParseExitReason, ExitReason::kNone), r.rule_id = Str(w, 9),
  r.basis = Str(w, 10);
  r.facts = Str(w, 11), r.explanation = Str(w, 12), r.created_by = Str(w, 13), r.created_at = Str(w, 14);
  r.updated_at = Str(w, 15), r.org = {Str(w, 17), Str(w, 16), Str(w, 18)};
  return r;
}

template <typename R>
CreditRequestRecord RequestFrom(const R& w) {
  using namespace supervision;
  CreditRequestRecord r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.listing_id = w.Int(2);
  r.kind = EnumAt(w, 3, ParseCreditRequestKind, CreditRequestKind::kRectification),
  r.submitted_on = DateAt(w, 4);
  r.content = Str(w, 5), r.status = EnumAt(w, 6, ParseRequestStatus, RequestStatus::kPending);
  r.decided_on = OptDateAt(w, 7), r.decision_reason = Str(w, 8), r.decided_by = Str(w, 9),
  r.findings = Str(w, 10);
  r.created_by = Str(w, 11), r.created_at = Str(w, 12);
  return r;
}

}  // namespace

Result<std::int64_t> InsertListing(Connection& c, const ListingRecord& r) {
  return InsertReturningId(
      c, kInsertListing,
      {r.org_id, Text(ToString(r.list)), Text(ToString(r.cause)), r.source_id, Bool(r.automatic),
       r.entered_on.ToString(), Opt(r.exited_on), Text(ToString(r.exit_reason)), r.rule_id, r.basis, r.facts,
       r.explanation, r.created_by, r.created_at, r.updated_at});
}

Status UpdateListingExit(Connection& c, std::int64_t id, const std::optional<Date>& exited_on,
                         supervision::ExitReason exit_reason, const std::string& facts,
                         const std::string& explanation, const std::string& updated_at) {
  return Run(c, kUpdateListingExit,
             {Opt(exited_on), Text(ToString(exit_reason)), facts, explanation, updated_at, id});
}

Result<std::vector<ListingRecord>> ListingsOf(Connection& c, std::int64_t org_id) {
  return All<ListingRecord>(c, kListingsOf, {org_id}, [](const auto& w) { return ListingFrom(w); });
}

Result<std::optional<ListingRecord>> GetListing(Connection& c, std::int64_t id) {
  return First<ListingRecord>(c, kGetListing, {id}, [](const auto& w) { return ListingFrom(w); });
}

Result<supervision::Page<ListingRecord>> PublicListings(Connection& c, supervision::CreditList list, Date on,
                                                        const std::string& prefix, int limit, int offset) {
  Params p{Text(ToString(list)), on.ToString(), prefix, PrefixEnd(prefix)};
  supervision::Page<ListingRecord> page;
  SOCORG_TRY(page.total, Count(c, kPublicListingsCount, p));
  p.push_back(Int(limit));
  p.push_back(Int(offset));
  SOCORG_TRY(page.items,
             All<ListingRecord>(c, kPublicListings, p, [](const auto& w) { return ListingFrom(w); }));
  return page;
}

Result<std::int64_t> InsertCreditRequest(Connection& c, const CreditRequestRecord& r) {
  return InsertReturningId(c, kInsertRequest,
                           {r.org_id, r.listing_id, Text(ToString(r.kind)), r.submitted_on.ToString(),
                            r.content, r.findings, r.created_by, r.created_at});
}

Result<std::optional<CreditRequestRecord>> GetCreditRequest(Connection& c, std::int64_t id) {
  return First<CreditRequestRecord>(c, kGetRequest, {id}, [](const auto& w) { return RequestFrom(w); });
}

Status DecideCreditRequest(Connection& c, std::int64_t id, supervision::RequestStatus status, Date decided_on,
                           const std::string& reason, const std::string& by, const std::string& findings) {
  SOCORG_TRY(std::int64_t n, c.Exec(kDecideRequest, {Text(ToString(status)), decided_on.ToString(), reason,
                                                     by, findings, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "already_decided", "该申请已处理", "the request was already decided",
                "id");
  return {};
}

Result<std::vector<CreditRequestRecord>> CreditRequestsOf(Connection& c, std::int64_t org_id) {
  return All<CreditRequestRecord>(c, kRequestsOf, {org_id}, [](const auto& w) { return RequestFrom(w); });
}

Result<std::int64_t> InsertLetter(Connection& c, const supervision::LetterRecord& r) {
  return InsertReturningId(c, kInsertLetter, {r.org_id, r.sent_on.ToString(), r.tracking_no, Bool(r.signed_for),
                                              r.note, r.created_by, r.created_at});
}

Result<std::vector<supervision::LetterRecord>> LettersOf(Connection& c, std::int64_t org_id) {
  return All<supervision::LetterRecord>(c, kLettersOf, {org_id}, [](const auto& w) {
    return supervision::LetterRecord{w.Int(0),  w.Int(1),      DateAt(w, 2), Str(w, 3),
                                     w.Int(4) != 0, Str(w, 5), Str(w, 6),    Str(w, 7)};
  });
}

}  // namespace socorg::supervision_store
