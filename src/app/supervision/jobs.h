// Batch supervision jobs (issue #4 item 8): `socorg jobs run --date D [credit|zombie|elections|ratings|all]`.
// Each job evaluates every registered organization as of D over one in-memory Snapshot, then writes the
// difference between what the rules say and what is stored — listings, flags, rating changes, their history
// events, a job_runs row and one audit record — in one transaction per job. Running a job twice with the
// same date and facts changes nothing the second time. Timings are reported per phase (load, compute, write).
#pragma once

#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/supervision/snapshot.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/rating.h"

namespace socorg::supervision {

// JobKind and its names are in domain/supervision/records.h.
// "credit" | "zombie" | "elections" | "ratings" | "all" (all four, in that order).
Result<std::vector<JobKind>> ParseJobs(const std::string& s);

// --- pure computation over a snapshot (what the benchmark times) ---
struct ListingInsert {
  size_t org;  // snapshot index
  DesiredListing listing;
};
struct ListingExitUpdate {
  size_t org;
  std::int64_t listing_id;
  DesiredListing listing;
};
struct CreditPlan {
  std::vector<ListingInsert> inserts;
  std::vector<ListingExitUpdate> exits;
};
CreditPlan PlanCredit(const Snapshot& s, Date as_of, const RulesConfig& cfg, int threads = 2);

struct FlagRaise {
  size_t org;
  FlagKind kind;
  Date since;
  std::int64_t existing_id = 0;  // set: update the stored flag's since/facts
};
struct FlagClear {
  size_t org;
  std::int64_t flag_id;
};
struct FlagPlan {
  std::vector<FlagRaise> raises;
  std::vector<FlagClear> clears;
};
// kZombie evaluates zombie and revocation-candidate flags; kElections overdue-election flags.
FlagPlan PlanFlags(const Snapshot& s, JobKind job, Date as_of, const RulesConfig& cfg, int threads = 2);

struct RatingPlanItem {
  size_t org;
  RatingChange change;
};
std::vector<RatingPlanItem> PlanRatings(const Snapshot& s, Date as_of, const RulesConfig& cfg);

// --- running and writing ---
struct JobStats {
  std::string job;
  std::int64_t evaluated = 0, inserted = 0, updated = 0;
  double compute_ms = 0, write_ms = 0;
};
struct JobsResult {
  double load_ms = 0;
  size_t snapshot_bytes = 0;
  std::vector<JobStats> jobs;
};
// Loads the snapshot once, then computes and writes each job in its own transaction. `actor` names who ran
// it in events and the audit log ("cli:jobs", "scheduler", an officer's username).
Result<JobsResult> RunJobs(AppContext& ctx, Date as_of, const std::vector<JobKind>& jobs, const std::string& actor);

// The explanation JSON objects stored with automated decisions (rule id, basis, facts, outcome, text).
std::string FactsJson(const Finding& f);

}  // namespace socorg::supervision
