// The party module's tables (migration 015; DOMAIN §13): every filing of an organization's party data,
// joint branches, participation in major decisions, and the compact facts of the in-memory coverage.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/party/party.h"
#include "store/db.h"

namespace socorg::party_store {

// confirmed: counts (filed by a party officer, or reviewed); submitted: filed by the organization, awaiting
// review; returned: sent back with a reason.
struct Filing {
  std::int64_t id = 0, org_id = 0;
  int version = 0;
  party::PartyData data;
  std::string review = "confirmed", review_reason, reviewed_by;
  std::optional<std::string> reviewed_at;
  std::string filed_by, filed_at;
};
// The organization's filings, oldest first.
Result<std::vector<Filing>> FilingsOf(Connection& c, std::int64_t org_id);
// Highest version, 0 when none.
Result<int> LatestVersion(Connection& c, std::int64_t org_id);
Result<std::int64_t> InsertFiling(Connection& c, const Filing& f);
// Sets the review of a submitted filing; false when it is not (or no longer) submitted.
Result<bool> ReviewFiling(Connection& c, std::int64_t id, const std::string& review, const std::string& reason,
                          const std::string& by, const std::string& at);

// What another module reads of the confirmed filings (supervision's anomaly ②, DOMAIN §8 ②): for the
// organizations with ids lo..hi, by org_id, as_of, version, whether each filing needs a branch
// (party::NeedsBranch). The one way into this module's tables from outside it (docs/architecture.md "Modules").
struct ConfirmedFact {
  std::int64_t org_id = 0, id = 0;
  Date as_of;
  bool needs_branch = false;
};
Status EachConfirmedFact(Connection& c, std::int64_t lo, std::int64_t hi,
                         const std::function<void(const ConfirmedFact&)>& f);

struct JointBranch {
  std::int64_t id = 0;
  std::string name, region_code;
  std::optional<Date> established_on;
  std::string created_by, created_at;
};
Result<std::int64_t> InsertJointBranch(Connection& c, const JointBranch& j);
Result<std::optional<JointBranch>> FindJointBranch(Connection& c, std::int64_t id);
// Whether the person is one of the organization's registered persons (the secretary must be).
Result<bool> IsPersonOfOrg(Connection& c, std::int64_t person_id, std::int64_t org_id);
// In the region subtree (prefix), by id.
Result<std::vector<JointBranch>> JointBranchesIn(Connection& c, const std::string& region_prefix);
// Organizations (ids) with a filing that names the joint branch; the caller keeps those whose current
// filing still does.
Result<std::vector<std::int64_t>> OrgsNamingJointBranch(Connection& c, std::int64_t joint_id);

struct DecisionRow {
  party::Decision d;
  std::string recorded_by, created_at;
  // Joined from orgs (lists across organizations).
  std::string org_name, org_uscc, region_code;
};
Result<std::int64_t> InsertDecision(Connection& c, const DecisionRow& r);
Status UpdateDecisionSteps(Connection& c, const party::Decision& d);
Result<std::optional<DecisionRow>> FindDecision(Connection& c, std::int64_t id);
Result<std::vector<DecisionRow>> DecisionsOf(Connection& c, std::int64_t org_id);
// Decisions of organizations in the region subtree, newest first, after `before_id` (0 = from the newest).
Result<std::vector<DecisionRow>> DecisionsIn(Connection& c, const std::string& region_prefix, std::int64_t before_id,
                                             int limit);

// --- the in-memory coverage's facts (app/party/coverage.h), read in keyset pages ---
struct OrgFact {
  std::int64_t id = 0;
  std::string region_code, type, level, status;
  std::optional<std::string> registered_on, ended_on;
};
Status ForEachOrgFact(Connection& c, int page, const std::function<void(const OrgFact&)>& fn);
// Confirmed filings only, in id order.
Status ForEachConfirmedFiling(Connection& c, int page, const std::function<void(const Filing&)>& fn);
struct DecisionFact {
  std::int64_t org_id = 0;
  party::Decision d;
};
Status ForEachDecisionFact(Connection& c, int page, const std::function<void(const DecisionFact&)>& fn);

}  // namespace socorg::party_store
