// Illegal social organizations 取缔非法社会组织 (DOMAIN §12): public complaints, cases from filing to a ban,
// dissuasion or referral, and the published list. Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/supervision/illegal_org.h"
#include "domain/supervision/records.h"

namespace socorg::supervision {

struct ComplaintInput {
  std::string target_name, target_address, act_region, content, reporter_name, reporter_contact;
};
// Public; `source` (the client address) goes to the audit log, the reporter's contact does not.
Result<std::int64_t> SubmitComplaint(AppContext& ctx, const ComplaintInput& in, const std::string& source);
// Officers and auditors: complaints about acts in the region, newest first.
Result<std::vector<ComplaintRecord>> ListComplaints(AppContext& ctx, const Actor& a,
                                                    const std::string& region, int page, int page_size);

struct CaseInput {
  std::string target_name, target_class;
  std::vector<std::string> act_regions;
  std::optional<std::string> takeover_region;
  std::optional<std::int64_t> complaint_id;
  std::string org_key;  // the register entry the target claims or had, if any
  bool publish_as_suspected = false;
};
// By the officer of the handling authority (ILLEGAL-JURISDICTION) for a target that fits (ILLEGAL-TARGET):
// the case is proposed (提请立案) and is filed when a second officer approves it (step file).
Result<CaseRecord> OpenCase(AppContext& ctx, const Actor& a, const CaseInput& in);
struct StepInput {
  std::string step;
  std::optional<Date> on;
  std::vector<CaseOfficer> officers;
  std::string content, decision_no, referral_to;
  std::optional<bool> publish_as_suspected;
};
// step: file (立案: approval by a second officer of the handling authority) | investigate (≥ 2 certified officers) | report | legal_review | ban (decision_no) | dissuade |
// refer (referral_to) | close, as NextCaseStatus allows.
Result<CaseRecord> AdvanceCase(AppContext& ctx, const Actor& a, std::int64_t case_id, const StepInput& in);
Result<std::pair<CaseRecord, std::vector<CaseStepRecord>>> GetCase(AppContext& ctx, const Actor& a,
                                                                   std::int64_t case_id);
// Officers and auditors: cases handled in the region, newest first.
Result<std::vector<CaseRecord>> ListCases(AppContext& ctx, const Actor& a, const std::string& region,
                                          int page, int page_size);
// Public: banned organizations and published suspects; read from the replica.
Result<std::vector<CaseRecord>> PublicIllegalList(AppContext& ctx, int page, int page_size);

}  // namespace socorg::supervision
