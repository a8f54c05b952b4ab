#include "store/supervision/cases.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::CaseRecord;
using supervision::CaseStepRecord;
using supervision::ComplaintRecord;

constexpr char kInsertComplaint[] =
    "INSERT INTO complaints (received_on, target_name, target_address, act_region, content, reporter_name, "
    "reporter_contact, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8) RETURNING id";
constexpr char kComplaintColumns[] =
    "id, received_on, target_name, target_address, act_region, content, reporter_name, reporter_contact, "
    "status, "
    "case_id, created_at";
const std::string kGetComplaint =
    std::string("SELECT ") + kComplaintColumns + " FROM complaints WHERE id = $1";
const std::string kComplaintsIn = std::string("SELECT ") + kComplaintColumns +
                                  " FROM complaints WHERE act_region >= $1 AND act_region < $2 "
                                  "ORDER BY id DESC LIMIT $3 OFFSET $4";
constexpr char kLinkComplaint[] = "UPDATE complaints SET status = 'case_opened', case_id = $1 WHERE id = $2";

constexpr char kInsertCase[] =
    "INSERT INTO illegal_cases (target_name, target_class, act_regions, handling_region, status, opened_on, "
    "complaint_id, org_id, suspected_public, decision_no, referral_to, findings, created_by, created_at, "
    "updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '', '', $10, $11, $12, $12) RETURNING id";
constexpr char kCaseColumns[] =
    "id, target_name, target_class, act_regions, handling_region, status, opened_on, complaint_id, org_id, "
    "suspected_public, decision_no, decided_on, referral_to, findings, created_by, created_at, updated_at";
const std::string kGetCase = std::string("SELECT ") + kCaseColumns + " FROM illegal_cases WHERE id = $1";
constexpr char kUpdateCase[] =
    "UPDATE illegal_cases SET status = $1, handling_region = $2, suspected_public = $3, decision_no = $4, "
    "decided_on = $5, referral_to = $6, findings = $7, updated_at = $8 WHERE id = $9";
const std::string kCasesIn = std::string("SELECT ") + kCaseColumns +
                             " FROM illegal_cases WHERE handling_region >= $1 AND handling_region < $2 "
                             "ORDER BY id DESC LIMIT $3 OFFSET $4";
const std::string kPublicIllegalCases =
    std::string("SELECT ") + kCaseColumns +
    " FROM illegal_cases WHERE status = 'banned' OR (suspected_public = 1 AND status IN "
    "('filed', 'investigating', 'reported', 'legal_reviewed')) "
    "ORDER BY COALESCE(decided_on, opened_on) DESC, id DESC LIMIT $1 OFFSET $2";

constexpr char kInsertCaseStep[] =
    "INSERT INTO illegal_case_steps (case_id, step, on_date, officers, content, actor, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr char kCaseSteps[] =
    "SELECT id, case_id, step, on_date, officers, content, actor, created_at FROM illegal_case_steps "
    "WHERE case_id = $1 ORDER BY id";

template <typename R>
ComplaintRecord ComplaintFrom(const R& w) {
  ComplaintRecord r;
  r.id = w.Int(0), r.received_on = DateAt(w, 1), r.target_name = Str(w, 2), r.target_address = Str(w, 3);
  r.act_region = Str(w, 4), r.content = Str(w, 5), r.reporter_name = Str(w, 6),
  r.reporter_contact = Str(w, 7);
  r.status = EnumAt(w, 8, supervision::ParseComplaintStatus, supervision::ComplaintStatus::kReceived);
  r.case_id = OptIntAt(w, 9), r.created_at = Str(w, 10);
  return r;
}

template <typename R>
CaseRecord CaseFrom(const R& w) {
  using namespace supervision;
  CaseRecord r;
  r.id = w.Int(0), r.target_name = Str(w, 1);
  r.target_class = EnumAt(w, 2, ParseIllegalTarget, IllegalTarget::kUnregistered), r.act_regions = Str(w, 3);
  r.handling_region = Str(w, 4), r.status = EnumAt(w, 5, ParseCaseStatus, CaseStatus::kFiled);
  r.opened_on = DateAt(w, 6), r.complaint_id = OptIntAt(w, 7), r.org_id = OptIntAt(w, 8);
  r.suspected_public = w.Int(9) != 0, r.decision_no = Str(w, 10), r.decided_on = OptDateAt(w, 11);
  r.referral_to = Str(w, 12), r.findings = Str(w, 13), r.created_by = Str(w, 14), r.created_at = Str(w, 15);
  r.updated_at = Str(w, 16);
  return r;
}

template <typename R>
CaseStepRecord StepFrom(const R& w) {
  return {w.Int(0),     w.Int(1),  EnumAt(w, 2, supervision::ParseCaseStep, supervision::CaseStep::kFile),
          DateAt(w, 3), Str(w, 4), Str(w, 5),
          Str(w, 6),    Str(w, 7)};
}

}  // namespace

Result<std::int64_t> InsertComplaint(Connection& c, const ComplaintRecord& r) {
  return InsertReturningId(c, kInsertComplaint,
                           {r.received_on.ToString(), r.target_name, r.target_address, r.act_region,
                            r.content, r.reporter_name, r.reporter_contact, r.created_at});
}

Result<std::optional<ComplaintRecord>> GetComplaint(Connection& c, std::int64_t id) {
  return First<ComplaintRecord>(c, kGetComplaint, {id}, [](const auto& w) { return ComplaintFrom(w); });
}

Result<std::vector<ComplaintRecord>> ComplaintsIn(Connection& c, const std::string& prefix, int limit,
                                                  int offset) {
  return All<ComplaintRecord>(c, kComplaintsIn, {prefix, PrefixEnd(prefix), Int(limit), Int(offset)},
                              [](const auto& w) { return ComplaintFrom(w); });
}

Status LinkComplaint(Connection& c, std::int64_t id, std::int64_t case_id) {
  return Run(c, kLinkComplaint, {case_id, id});
}

Result<std::int64_t> InsertCase(Connection& c, const CaseRecord& r) {
  return InsertReturningId(c, kInsertCase,
                           {r.target_name, Text(ToString(r.target_class)), r.act_regions, r.handling_region,
                            Text(ToString(r.status)), r.opened_on.ToString(), Opt(r.complaint_id),
                            Opt(r.org_id), Bool(r.suspected_public), r.findings, r.created_by, r.created_at});
}

Result<std::optional<CaseRecord>> GetCase(Connection& c, std::int64_t id) {
  return First<CaseRecord>(c, kGetCase, {id}, [](const auto& w) { return CaseFrom(w); });
}

Status UpdateCase(Connection& c, const CaseRecord& r) {
  return Run(c, kUpdateCase,
             {Text(ToString(r.status)), r.handling_region, Bool(r.suspected_public), r.decision_no,
              Opt(r.decided_on), r.referral_to, r.findings, r.updated_at, r.id});
}

Result<std::vector<CaseRecord>> CasesIn(Connection& c, const std::string& prefix, int limit, int offset) {
  return All<CaseRecord>(c, kCasesIn, {prefix, PrefixEnd(prefix), Int(limit), Int(offset)},
                         [](const auto& w) { return CaseFrom(w); });
}

Result<std::vector<CaseRecord>> PublicIllegalCases(Connection& c, int limit, int offset) {
  return All<CaseRecord>(c, kPublicIllegalCases, {Int(limit), Int(offset)},
                         [](const auto& w) { return CaseFrom(w); });
}

Status InsertCaseStep(Connection& c, const CaseStepRecord& r) {
  return Run(
      c, kInsertCaseStep,
      {r.case_id, Text(ToString(r.step)), r.on.ToString(), r.officers, r.content, r.actor, r.created_at});
}

Result<std::vector<CaseStepRecord>> CaseSteps(Connection& c, std::int64_t case_id) {
  return All<CaseStepRecord>(c, kCaseSteps, {case_id}, [](const auto& w) { return StepFrom(w); });
}

}  // namespace socorg::supervision_store
