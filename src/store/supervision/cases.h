// Complaints and illegal-organization cases (DOMAIN §12; tables complaints, illegal_cases,
// illegal_case_steps). Functions run inside the caller's transaction when there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/records.h"
#include "store/db.h"

namespace socorg::supervision_store {

// Inserted as received, whatever r.status says.
Result<std::int64_t> InsertComplaint(Connection& c, const supervision::ComplaintRecord& r);
Result<std::optional<supervision::ComplaintRecord>> GetComplaint(Connection& c, std::int64_t id);
// Complaints about acts in the prefix, newest first.
Result<std::vector<supervision::ComplaintRecord>> ComplaintsIn(Connection& c,
                                                               const std::string& region_prefix, int limit,
                                                               int offset);
// The complaint led to the case: status case_opened.
Status LinkComplaint(Connection& c, std::int64_t id, std::int64_t case_id);

// Inserted without a decision (decision_no, referral_to and decided_on empty).
Result<std::int64_t> InsertCase(Connection& c, const supervision::CaseRecord& r);
Result<std::optional<supervision::CaseRecord>> GetCase(Connection& c, std::int64_t id);
// Writes status, handling region, publication, decision, referral, findings and updated_at.
Status UpdateCase(Connection& c, const supervision::CaseRecord& r);
// Cases handled by an authority in the prefix, newest first.
Result<std::vector<supervision::CaseRecord>> CasesIn(Connection& c, const std::string& region_prefix,
                                                     int limit, int offset);
// Published: banned cases and cases marked as suspected (public), newest decision or opening first.
Result<std::vector<supervision::CaseRecord>> PublicIllegalCases(Connection& c, int limit, int offset);

Status InsertCaseStep(Connection& c, const supervision::CaseStepRecord& r);
// In the order they were taken.
Result<std::vector<supervision::CaseStepRecord>> CaseSteps(Connection& c, std::int64_t case_id);

}  // namespace socorg::supervision_store
