#include "store/party/party.h"

#include "store/columns.h"

namespace socorg::party_store {
namespace {

using namespace store_columns;
using party::Decision;
using party::PartyData;

constexpr char kFilingColumns[] =
    "id, org_id, version, as_of, formal_members, probationary_members, transferred_in, kind, org_name, "
    "established_on, joint_branch_id, council_members, approved_by, approved_on, term_ends, instructor, liaison, "
    "charter_clause, charter_clause_on, secretary_person_id, review, review_reason, reviewed_by, reviewed_at, "
    "filed_by, filed_at";
const std::string kFilingsOf =
    std::string("SELECT ") + kFilingColumns + " FROM party_filings WHERE org_id = $1 ORDER BY version";
const std::string kConfirmedFilings = std::string("SELECT ") + kFilingColumns +
                                      " FROM party_filings WHERE id > $1 AND review = 'confirmed' ORDER BY id LIMIT $2";
constexpr char kInsertFiling[] =
    "INSERT INTO party_filings (org_id, version, as_of, formal_members, probationary_members, transferred_in, kind, "
    "org_name, established_on, joint_branch_id, council_members, approved_by, approved_on, term_ends, instructor, "
    "liaison, charter_clause, charter_clause_on, secretary_person_id, review, review_reason, reviewed_by, "
    "reviewed_at, filed_by, filed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
    "$16, $17, $18, $19, $20, $21, $22, $23, $24, $25) RETURNING id";
constexpr char kReview[] =
    "UPDATE party_filings SET review = $2, review_reason = $3, reviewed_by = $4, reviewed_at = $5 "
    "WHERE id = $1 AND review = 'submitted'";

constexpr char kJointColumns[] = "id, name, region_code, established_on, created_by, created_at";

constexpr char kDecisionColumns[] =
    "d.id, d.org_id, d.kind, d.way, d.matter, d.opinion, d.decided_on, d.agrees, d.report_due, d.reported_on, "
    "d.reported_to, d.executed_on, d.deviation, d.deviation_on, d.corrected_on, d.correction, d.recorded_by, "
    "d.created_at, o.name, o.uscc, o.region_code";
const std::string kDecisionFrom =
    std::string("SELECT ") + kDecisionColumns + " FROM party_decisions d JOIN orgs o ON o.id = d.org_id ";

Value OptId(std::int64_t v) { return v ? Value(v) : Null(); }

template <typename R>
Filing FilingFrom(const R& w) {
  Filing f;
  PartyData& d = f.data;
  f.id = w.Int(0), f.org_id = w.Int(1), f.version = Int32At(w, 2);
  d.as_of = DateAt(w, 3);
  d.formal_members = Int32At(w, 4), d.probationary_members = Int32At(w, 5), d.transferred_in = Int32At(w, 6);
  d.kind = EnumAt(w, 7, party::ParseOrgKind, party::OrgKind::kNone);
  d.org_name = Str(w, 8);
  d.established_on = OptDateAt(w, 9);
  d.joint_branch_id = OptIntAt(w, 10).value_or(0);
  d.temporary.council_members = Int32At(w, 11);
  d.temporary.approved_by = Str(w, 12);
  d.temporary.approved_on = OptDateAt(w, 13);
  d.temporary.term_ends = OptDateAt(w, 14);
  d.instructor = w.Int(15) != 0, d.liaison = w.Int(16) != 0, d.charter_clause = w.Int(17) != 0;
  d.charter_clause_on = OptDateAt(w, 18);
  d.secretary_person_id = OptIntAt(w, 19).value_or(0);
  f.review = Str(w, 20), f.review_reason = Str(w, 21), f.reviewed_by = Str(w, 22);
  if (!w.IsNull(23)) f.reviewed_at = Str(w, 23);
  f.filed_by = Str(w, 24), f.filed_at = Str(w, 25);
  return f;
}

template <typename R>
JointBranch JointFrom(const R& w) {
  return {w.Int(0), Str(w, 1), Str(w, 2), OptDateAt(w, 3), Str(w, 4), Str(w, 5)};
}

template <typename R>
Decision DecisionAt(const R& w) {
  Decision d;
  d.id = w.Int(0), d.org_id = w.Int(1);
  d.kind = EnumAt(w, 2, party::ParseMatterKind, party::MatterKind::kOther);
  d.way = EnumAt(w, 3, party::ParseParticipation, party::Participation::kPriorStudy);
  d.matter = Str(w, 4), d.opinion = Str(w, 5), d.decided_on = DateAt(w, 6), d.agrees = w.Int(7) != 0;
  d.report_due = OptDateAt(w, 8), d.reported_on = OptDateAt(w, 9), d.reported_to = Str(w, 10);
  d.executed_on = OptDateAt(w, 11), d.deviation = Str(w, 12), d.deviation_on = OptDateAt(w, 13);
  d.corrected_on = OptDateAt(w, 14), d.correction = Str(w, 15);
  return d;
}

template <typename R>
DecisionRow DecisionFrom(const R& w) {
  DecisionRow r;
  r.d = DecisionAt(w);
  r.recorded_by = Str(w, 16), r.created_at = Str(w, 17), r.org_name = Str(w, 18);
  r.org_uscc = w.IsNull(19) ? "" : Str(w, 19);
  r.region_code = Str(w, 20);
  return r;
}

}  // namespace

Result<std::vector<Filing>> FilingsOf(Connection& c, std::int64_t org_id) {
  return All<Filing>(c, kFilingsOf, {org_id}, [](const auto& w) { return FilingFrom(w); });
}

Result<int> LatestVersion(Connection& c, std::int64_t org_id) {
  SOCORG_TRY(Rows r, c.Query("SELECT COALESCE(MAX(version), 0) FROM party_filings WHERE org_id = $1", {org_id}));
  return static_cast<int>(r.at(0).Int(0));
}

Result<std::int64_t> InsertFiling(Connection& c, const Filing& f) {
  const PartyData& d = f.data;
  const auto& t = d.temporary;
  return InsertReturningId(
      c, kInsertFiling,
      {f.org_id, Int(f.version), d.as_of.ToString(), Int(d.formal_members), Int(d.probationary_members),
       Int(d.transferred_in), Text(party::ToString(d.kind)), d.org_name, Opt(d.established_on),
       OptId(d.joint_branch_id), Int(t.council_members), t.approved_by, Opt(t.approved_on), Opt(t.term_ends),
       Bool(d.instructor), Bool(d.liaison), Bool(d.charter_clause), Opt(d.charter_clause_on),
       OptId(d.secretary_person_id), f.review, f.review_reason, f.reviewed_by,
       f.reviewed_at ? Value(*f.reviewed_at) : Null(), f.filed_by, f.filed_at});
}

Result<bool> ReviewFiling(Connection& c, std::int64_t id, const std::string& review, const std::string& reason,
                          const std::string& by, const std::string& at) {
  SOCORG_TRY(auto n, c.Exec(kReview, {id, review, reason, by, at}));
  return n == 1;
}

Result<std::int64_t> InsertJointBranch(Connection& c, const JointBranch& j) {
  return InsertReturningId(c,
                           "INSERT INTO party_joint_branches (name, region_code, established_on, created_by, "
                           "created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                           {j.name, j.region_code, Opt(j.established_on), j.created_by, j.created_at});
}

Result<std::optional<JointBranch>> FindJointBranch(Connection& c, std::int64_t id) {
  return First<JointBranch>(c, std::string("SELECT ") + kJointColumns + " FROM party_joint_branches WHERE id = $1",
                            {id}, [](const auto& w) { return JointFrom(w); });
}

Status EachConfirmedFact(Connection& c, std::int64_t lo, std::int64_t hi,
                         const std::function<void(const ConfirmedFact&)>& f) {
  return EachRow(c,
                 "SELECT org_id, id, as_of, formal_members, kind FROM party_filings WHERE org_id BETWEEN $1 AND $2 "
                 "AND review = 'confirmed' ORDER BY org_id, as_of, version",
                 {lo, hi}, [&](const auto& w) {
                   auto as_of = OptDateAt(w, 2);
                   if (!as_of) return;
                   PartyData d;
                   d.formal_members = Int32At(w, 3);
                   d.kind = EnumAt(w, 4, party::ParseOrgKind, party::OrgKind::kNone);
                   f(ConfirmedFact{w.Int(0), w.Int(1), *as_of, party::NeedsBranch(d)});
                 });
}

Result<bool> IsPersonOfOrg(Connection& c, std::int64_t person_id, std::int64_t org_id) {
  SOCORG_TRY(Rows r, c.Query("SELECT 1 FROM persons WHERE id = $1 AND org_id = $2", {person_id, org_id}));
  return !r.empty();
}

Result<std::vector<JointBranch>> JointBranchesIn(Connection& c, const std::string& region_prefix) {
  return All<JointBranch>(c,
                          std::string("SELECT ") + kJointColumns +
                              " FROM party_joint_branches WHERE region_code >= $1 AND region_code < $2 ORDER BY id",
                          {region_prefix, PrefixEnd(region_prefix)}, [](const auto& w) { return JointFrom(w); });
}

Result<std::vector<std::int64_t>> OrgsNamingJointBranch(Connection& c, std::int64_t joint_id) {
  return All<std::int64_t>(c,
                           "SELECT DISTINCT org_id FROM party_filings WHERE joint_branch_id = $1 ORDER BY org_id",
                           {joint_id}, [](const auto& w) { return w.Int(0); });
}

Result<std::int64_t> InsertDecision(Connection& c, const DecisionRow& r) {
  const Decision& d = r.d;
  return InsertReturningId(
      c,
      "INSERT INTO party_decisions (org_id, kind, way, matter, opinion, decided_on, agrees, report_due, reported_on, "
      "reported_to, executed_on, deviation, deviation_on, corrected_on, correction, recorded_by, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
      {d.org_id, Text(party::ToString(d.kind)), Text(party::ToString(d.way)), d.matter, d.opinion,
       d.decided_on.ToString(), Bool(d.agrees), Opt(d.report_due), Opt(d.reported_on), d.reported_to,
       Opt(d.executed_on), d.deviation, Opt(d.deviation_on), Opt(d.corrected_on), d.correction, r.recorded_by,
       r.created_at});
}

Status UpdateDecisionSteps(Connection& c, const Decision& d) {
  return Run(c,
             "UPDATE party_decisions SET reported_on = $2, reported_to = $3, executed_on = $4, deviation = $5, "
             "deviation_on = $6, corrected_on = $7, correction = $8 WHERE id = $1",
             {d.id, Opt(d.reported_on), d.reported_to, Opt(d.executed_on), d.deviation, Opt(d.deviation_on),
              Opt(d.corrected_on), d.correction});
}

Result<std::optional<DecisionRow>> FindDecision(Connection& c, std::int64_t id) {
  return First<DecisionRow>(c, kDecisionFrom + "WHERE d.id = $1", {id}, [](const auto& w) { return DecisionFrom(w); });
}

Result<std::vector<DecisionRow>> DecisionsOf(Connection& c, std::int64_t org_id) {
  return All<DecisionRow>(c, kDecisionFrom + "WHERE d.org_id = $1 ORDER BY d.id DESC", {org_id},
                          [](const auto& w) { return DecisionFrom(w); });
}

Result<std::vector<DecisionRow>> DecisionsIn(Connection& c, const std::string& region_prefix, std::int64_t before_id,
                                             int limit) {
  return All<DecisionRow>(c,
                          kDecisionFrom +
                              "WHERE o.region_code >= $1 AND o.region_code < $2 AND d.id < $3 ORDER BY d.id DESC "
                              "LIMIT $4",
                          {region_prefix, PrefixEnd(region_prefix), before_id > 0 ? before_id : INT64_MAX,
                           std::int64_t{limit}},
                          [](const auto& w) { return DecisionFrom(w); });
}

Status ForEachOrgFact(Connection& c, int page, const std::function<void(const OrgFact&)>& fn) {
  return Keyset(c,
                "SELECT id, region_code, type, level, status, registered_on, ended_on FROM orgs WHERE id > $1 "
                "ORDER BY id LIMIT $2",
                page, [&](const auto& w) {
                  OrgFact f{w.Int(0), Str(w, 1), Str(w, 2), Str(w, 3), Str(w, 4), std::nullopt, std::nullopt};
                  if (!w.IsNull(5)) f.registered_on = Str(w, 5);
                  if (!w.IsNull(6)) f.ended_on = Str(w, 6);
                  fn(f);
                });
}

Status ForEachConfirmedFiling(Connection& c, int page, const std::function<void(const Filing&)>& fn) {
  return Keyset(c, kConfirmedFilings.c_str(), page, [&](const auto& w) { fn(FilingFrom(w)); });
}

Status ForEachDecisionFact(Connection& c, int page, const std::function<void(const DecisionFact&)>& fn) {
  return Keyset(c,
                "SELECT id, org_id, kind, way, matter, opinion, decided_on, agrees, report_due, reported_on, "
                "reported_to, executed_on, deviation, deviation_on, corrected_on, correction FROM party_decisions "
                "d WHERE id > $1 ORDER BY id LIMIT $2",
                page, [&](const auto& w) { fn({w.Int(1), DecisionAt(w)}); });
}

}  // namespace socorg::party_store
