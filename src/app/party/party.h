// Party building use cases (DOMAIN §13; issue #16). Who may do what (checked here, never in http/):
// - party_officer (the party work department, region-scoped): reads and files party data of organizations in
//   its region (its filings count at once), reviews the organizations' own filings, keeps joint branches and
//   records participation in major decisions;
// - an organization account files its own party data (for review) and its decisions;
// - registration officers and auditors read party data, coverage and lists within their jurisdiction;
// - the public sees aggregate coverage only (app/party/coverage.h), never members or names.
// Every write is one transaction with its event on the organization (where there is one) and its audit record.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/organization.h"
#include "store/party/party.h"

namespace socorg::party_app {

struct PartyView {
  OrgRecord org;
  // The filing in force on `as_of` (the latest confirmed one with as_of <= the date), if any.
  std::optional<party_store::Filing> current;
  // The organization's latest filing when it is not confirmed (submitted for review, or returned).
  std::optional<party_store::Filing> pending;
  std::vector<party_store::Filing> history;  // every filing, oldest first
  std::vector<Finding> findings;             // party::Evaluate on `current` as of the date
  std::optional<party_store::JointBranch> joint;
  Date as_of;
  int version = 0;  // the latest filing's version (0: none): what the next PUT must send
};

Result<PartyView> PartyOfOrg(AppContext& ctx, const Actor& a, const std::string& key, std::optional<Date> as_of);

struct PartyInput {
  party::PartyData data;
  bool as_of_given = false;  // false: today
  int version = 0;           // the version the caller read (409 stale_version otherwise)
};
// A party officer's filing is confirmed; an organization's own is submitted for review.
Result<PartyView> FileParty(AppContext& ctx, const Actor& a, const std::string& key, const PartyInput& in);

// A party officer confirms the organization's submitted filing, or returns it with a reason.
Result<PartyView> ReviewParty(AppContext& ctx, const Actor& a, const std::string& key, bool confirm,
                              const std::string& reason);

// --- joint branches (联合党支部) ---
struct JointBranchInput {
  std::string name, region_code;
  std::optional<Date> established_on;
};
Result<party_store::JointBranch> CreateJointBranch(AppContext& ctx, const Actor& a, const JointBranchInput& in);
struct JointBranchView {
  party_store::JointBranch branch;
  std::vector<OrgRecord> members;  // organizations whose filing in force names it
};
Result<std::vector<JointBranchView>> JointBranches(AppContext& ctx, const Actor& a, const std::string& region);
Result<JointBranchView> JointBranchOf(AppContext& ctx, const Actor& a, std::int64_t id);

// --- participation in major decisions (议事决策) ---
struct DecisionInput {
  std::string kind, way, matter, opinion;
  std::optional<Date> decided_on;
  bool agrees = true;
  std::optional<Date> report_due;  // required when it does not agree
};
struct DecisionView {
  party_store::DecisionRow row;
  std::string status;  // party::DecisionStatus
  std::vector<Finding> findings;
};
Result<DecisionView> RecordDecision(AppContext& ctx, const Actor& a, const std::string& key, const DecisionInput& in);
// step: "report" (to the superior organization: reported_to, on), "execute" (done, on), "deviation" (text, on),
// "correct" (text, on).
struct DecisionStep {
  std::string step, text;
  std::optional<Date> on;
};
Result<DecisionView> AddDecisionStep(AppContext& ctx, const Actor& a, std::int64_t id, const DecisionStep& s);
Result<std::vector<DecisionView>> DecisionsOfOrg(AppContext& ctx, const Actor& a, const std::string& key);
// Across organizations of the region, newest first; `status` "" or one of DecisionStatus's values.
struct DecisionPage {
  std::vector<DecisionView> items;
  std::int64_t next_before = 0;  // 0: no more
};
Result<DecisionPage> DecisionsInRegion(AppContext& ctx, const Actor& a, const std::string& region,
                                       const std::string& status, std::int64_t before, int page_size);

// Who may read party data of organizations in `region` (party officers, registration officers, auditors).
Status CheckCanReadParty(const Actor& a, const std::string& org_region);

}  // namespace socorg::party_app
