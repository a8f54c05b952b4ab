#include "store/event_store.h"

namespace socorg::event_store {
namespace {
constexpr char kAppendEvent[] =
    "INSERT INTO events (org_id, action, occurred_on, recorded_at, actor, reason, changes) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr char kListEvents[] =
    "SELECT id, org_id, action, occurred_on, recorded_at, actor, reason, changes FROM events "
    "WHERE org_id = $1 ORDER BY id";
constexpr char kInsertPerson[] =
    "INSERT INTO persons (org_id, name, id_number, role, phone, address, term_start, term_end, consecutive_terms, "
    "active, created_at, criminal_record, sentence_completed_on, political_rights_deprived, "
    "political_rights_deprived_until, party_member, filing_id) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id";
constexpr char kPersonsOf[] =
    "SELECT id, org_id, name, id_number, role, phone, address, term_start, term_end, consecutive_terms, active, "
    "created_at, criminal_record, sentence_completed_on, political_rights_deprived, political_rights_deprived_until, "
    "party_member, filing_id FROM persons WHERE org_id = $1 ORDER BY id";
constexpr char kEndRole[] =
    "UPDATE persons SET active = 0, term_end = $1 WHERE org_id = $2 AND role = $3 AND active = 1";
constexpr char kPublicEvents[] = "SELECT id, action, occurred_on, changes FROM events WHERE org_id = $1 ORDER BY id";
constexpr char kPublicPersons[] =
    "SELECT id, name, role FROM persons WHERE org_id = $1 AND active = 1 ORDER BY id";
constexpr char kPositionsElsewhere[] =
    "SELECT o.name, o.type, o.status, p.role FROM persons p JOIN orgs o ON o.id = p.org_id "
    "WHERE p.id_number = $1 AND p.active = 1 AND p.org_id <> $2";
constexpr char kInsertFinding[] =
    "INSERT INTO findings (org_id, subject, rule_id, basis, title, outcome, facts, explanation, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr char kFindingsOf[] =
    "SELECT id, org_id, subject, rule_id, basis, title, outcome, facts, explanation, created_at FROM findings "
    "WHERE org_id = $1 ORDER BY id";

Value OptBool(const std::optional<bool>& b) { return b ? Value(static_cast<std::int64_t>(*b)) : Null(); }
std::optional<bool> OptBoolAt(const RowRef& w, int i) {
  return w.IsNull(i) ? std::nullopt : std::optional<bool>(w.Int(i) != 0);
}

// The store writes only PersonRole wire names, so the fallback is never taken.
template <typename R>
PersonRole RoleAt(const R& w, int i) {
  return ParsePersonRole(std::string(w.Text(i))).value_or(PersonRole::kDirector);
}
}  // namespace

Result<std::int64_t> Append(Connection& c, const EventRecord& e) {
  return c.InsertId(kAppendEvent, {e.org_id.value, e.action, e.occurred_on, e.recorded_at, e.actor, e.reason,
                                   e.changes});
}

// Read through ForEach: each record's strings are the only copies made of the columns.
Result<std::vector<EventRecord>> ListForOrg(Connection& c, OrgId org) {
  std::vector<EventRecord> out;
  SOCORG_TRY_VOID(c.ForEach(kListEvents, {org.value}, [&](const RowRef& w) {
    out.push_back({w.Int(0), OrgId{w.Int(1)}, std::string(w.Text(2)), std::string(w.Text(3)),
                   std::string(w.Text(4)), std::string(w.Text(5)), std::string(w.Text(6)), std::string(w.Text(7))});
  }));
  return out;
}

Result<std::vector<EventRecord>> PublicEventsOf(Connection& c, OrgId org) {
  std::vector<EventRecord> out;
  SOCORG_TRY_VOID(c.ForEach(kPublicEvents, {org.value}, [&](const RowRef& w) {
    EventRecord& e = out.emplace_back();
    e.id = w.Int(0), e.org_id = org, e.action = w.Text(1), e.occurred_on = w.Text(2), e.changes = w.Text(3);
  }));
  return out;
}

Result<std::int64_t> InsertPerson(Connection& c, const PersonRecord& p) {
  SOCORG_TRY(Rows rows, c.Query(kInsertPerson, {p.org_id.value, p.name, p.id_number, std::string(ToString(p.role)), p.phone, p.address,
                                                p.term_start, OptText(p.term_end), p.consecutive_terms,
                                                static_cast<std::int64_t>(p.active), p.created_at,
                                                OptBool(p.criminal_record), OptText(p.sentence_completed_on),
                                                OptBool(p.political_rights_deprived),
                                                OptText(p.political_rights_deprived_until), OptBool(p.party_member),
                                                p.filing_id ? Value(*p.filing_id) : Null()}));
  return rows.at(0).Int(0);
}

Result<std::int64_t> EndRole(Connection& c, OrgId org, PersonRole role, const std::string& on) {
  return c.Exec(kEndRole, {on, org.value, std::string(ToString(role))});
}

Result<std::vector<PersonRecord>> PersonsOf(Connection& c, OrgId org) {
  std::vector<PersonRecord> out;
  SOCORG_TRY_VOID(c.ForEach(kPersonsOf, {org.value}, [&](const RowRef& w) {
    PersonRecord& p = out.emplace_back(PersonRecord{
        w.Int(0), OrgId{w.Int(1)}, std::string(w.Text(2)), std::string(w.Text(3)), RoleAt(w, 4), std::string(w.Text(5)),
        std::string(w.Text(6)), std::string(w.Text(7)), w.OptText(8), w.Int(9), w.Int(10) != 0, std::string(w.Text(11))});
    p.criminal_record = OptBoolAt(w, 12), p.sentence_completed_on = w.OptText(13);
    p.political_rights_deprived = OptBoolAt(w, 14), p.political_rights_deprived_until = w.OptText(15);
    p.party_member = OptBoolAt(w, 16);
    if (!w.IsNull(17)) p.filing_id = w.Int(17);
  }));
  return out;
}

Result<std::vector<PersonRecord>> PublicPersonsOf(Connection& c, OrgId org) {
  std::vector<PersonRecord> out;
  SOCORG_TRY_VOID(c.ForEach(kPublicPersons, {org.value}, [&](const RowRef& w) {
    PersonRecord& p = out.emplace_back();
    p.id = w.Int(0), p.org_id = org, p.name = w.Text(1), p.role = RoleAt(w, 2), p.active = true;
  }));
  return out;
}

Result<std::vector<PositionElsewhere>> PositionsElsewhere(Connection& c, const std::string& id_number, OrgId except) {
  SOCORG_TRY(Rows rows, c.Query(kPositionsElsewhere, {id_number, except.value}));
  std::vector<PositionElsewhere> out;
  for (const Row& w : rows) {
    auto type = ParseOrgType(w.Text(1));
    auto role = ParsePersonRole(w.Text(3));
    if (type && role) out.push_back({w.Text(0), *type, ParseOrgStatus(w.Text(2)).value_or(OrgStatus::kActive), *role});
  }
  return out;
}

Result<std::int64_t> InsertFinding(Connection& c, const FindingRecord& f) {
  SOCORG_TRY(Rows rows, c.Query(kInsertFinding, {f.org_id.value, f.subject, f.rule_id, f.basis, f.title, ToString(f.outcome),
                                                 f.facts, f.explanation, f.created_at}));
  return rows.at(0).Int(0);
}

Result<std::vector<FindingRecord>> FindingsOf(Connection& c, OrgId org) {
  SOCORG_TRY(Rows rows, c.Query(kFindingsOf, {org.value}));
  std::vector<FindingRecord> out;
  for (const Row& w : rows)
    out.push_back({w.Int(0), OrgId{w.Int(1)}, w.Text(2), w.Text(3), w.Text(4), w.Text(5),
                   ParseOutcome(w.Text(6)).value_or(Outcome::kNeedsReview), w.Text(7), w.Text(8), w.Text(9)});
  return out;
}

}  // namespace socorg::event_store
