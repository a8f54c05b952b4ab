// Supervision use cases (DOMAIN §6-12): each takes an Actor and its input, checks role and jurisdiction
// (officers act on organizations within their region subtree; organization accounts only on their own;
// auditors read), applies the domain rules, and writes the change with its history event and audit record
// in one transaction. Public functions read the replica and never return personal contact data.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/supervision/jobs.h"
#include "domain/finding.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/illegal_org.h"
#include "domain/supervision/penalty.h"
#include "store/records.h"
#include "store/supervision_store.h"

namespace socorg::supervision {

// --- §6 annual reports ---
struct ReportFiling {
  int year = 0;
  std::optional<Date> filed_on;  // default today
  bool had_activity = true;
  std::int64_t total_income = 0, total_expenditure = 0, net_assets = 0;
  std::string content = "{}";  // finances, activities, governance, branches, party, disclosure (JSON text)
};
// The organization itself (org account) or an officer over it. A concluded report cannot be refiled.
Result<supervision_store::ReportRow> FileAnnualReport(AppContext& ctx, const Actor& a, const std::string& key,
                                                      const ReportFiling& in);
// Supervisory unit's preliminary opinion (初审).
Status GiveSupervisoryOpinion(AppContext& ctx, const Actor& a, const std::string& key, int year,
                              const std::string& opinion);
// Officer's conclusion 合格 / 基本合格 / 不合格 with reasons (required unless 合格).
Result<supervision_store::ReportRow> ConcludeAnnualReport(AppContext& ctx, const Actor& a, const std::string& key,
                                                          int year, const std::string& conclusion,
                                                          const std::string& reasons);
struct ReportsView {
  std::vector<supervision_store::ReportRow> reports;
  std::vector<Finding> states;  // AR-DUE per year, last 5 due years
};
Result<ReportsView> AnnualReportsOf(AppContext& ctx, const Actor& a, const std::string& key);
struct CompletionRow {
  std::string region_code, region_name;
  std::int64_t required = 0, filed = 0, on_time = 0;
};
Result<std::vector<CompletionRow>> ReportCompletion(AppContext& ctx, const Actor& a, const std::string& region, int year);
Result<std::vector<OrgSummary>> NonFilers(AppContext& ctx, const Actor& a, const std::string& region, int year,
                                          int page, int page_size);

// --- §10 penalties and §9 rectification orders ---
Result<supervision_store::PenaltyRow> RecordPenalty(AppContext& ctx, const Actor& a, const std::string& key,
                                                    const PenaltyInput& in);
Result<supervision_store::RectificationRow> OrderRectification(AppContext& ctx, const Actor& a, const std::string& key,
                                                               Date deadline, const std::string& content,
                                                               const std::string& source);
Status CompleteRectificationOrder(AppContext& ctx, const Actor& a, std::int64_t id, std::optional<Date> on);

// --- §8 credit ---
struct CreditView {
  OrgRecord org;
  CreditStatus status = CreditStatus::kGood;
  std::vector<supervision_store::ListingRow> listings;
  CreditScore score;
  std::vector<supervision_store::CreditRequestRow> requests;
  std::vector<supervision_store::PenaltyRow> penalties;
  std::vector<supervision_store::RectificationRow> rectifications;
};
Result<CreditView> CreditOf(AppContext& ctx, const Actor& a, const std::string& key);
// Officer enters a manual cause (②④⑥⑦ anomaly; ②⑥⑧ serious).
Result<supervision_store::ListingRow> EnterListing(AppContext& ctx, const Actor& a, const std::string& key,
                                                   const std::string& cause, std::optional<Date> on,
                                                   const std::string& reason);
// kind: rectification (exit after verified rectification) | repair (serious list, 2 years clean) |
// objection (the entry is an error). By the organization itself or an officer over it.
Result<supervision_store::CreditRequestRow> SubmitCreditRequest(AppContext& ctx, const Actor& a,
                                                                std::int64_t listing_id, const std::string& kind,
                                                                const std::string& content);
// Officer decision. Granting a repair checks CREDIT-SERIOUS-REPAIR; a granted request closes the entry.
Result<supervision_store::CreditRequestRow> DecideCreditRequest(AppContext& ctx, const Actor& a, std::int64_t id,
                                                                bool grant, const std::string& reason);

// --- public portal ---
struct PublicSummary {
  std::string uscc, name;
  bool annual_reports_up_to_date = true;
  CreditStatus credit_status = CreditStatus::kGood;
  std::optional<int> rating;
  std::optional<std::string> rating_valid_until;
  int credit_score = 100;
};
Result<PublicSummary> GetPublicSummary(AppContext& ctx, const std::string& uscc);
Result<supervision_store::ListingPage> PublicCreditList(AppContext& ctx, const std::string& list,
                                                        const std::string& region, int page, int page_size);
Result<std::vector<supervision_store::CaseRow>> PublicIllegalList(AppContext& ctx, int page, int page_size);
struct ComplaintInput {
  std::string target_name, target_address, act_region, content, reporter_name, reporter_contact;
};
Result<std::int64_t> SubmitComplaint(AppContext& ctx, const ComplaintInput& in, const std::string& source);

// --- §7 ratings ---
Result<std::int64_t> OpenRatingRound(AppContext& ctx, const Actor& a, const std::string& region, int year,
                                     const std::string& name);
Result<std::vector<Finding>> RatingEligibility(AppContext& ctx, const Actor& a, const std::string& key,
                                               bool under_investigation);
// Scores a rating in a round (kRuleViolation "not_eligible" with the failed findings' ids when ineligible);
// the result goes to public notice until today + rating_notice_days.
Result<supervision_store::RatingRow> ScoreRating(AppContext& ctx, const Actor& a, std::int64_t round_id,
                                                 const std::string& key, const std::map<std::string, int>& scores,
                                                 bool under_investigation);
// After the notice period: decided, valid rating_valid_years.
Result<supervision_store::RatingRow> DecideRating(AppContext& ctx, const Actor& a, std::int64_t rating_id);
struct RatingStats {
  std::map<int, std::int64_t> by_grade;
  std::int64_t rated = 0;
  int three_a_plus_permille = 0;
};
Result<RatingStats> GetRatingStats(AppContext& ctx, const Actor& a, const std::string& region);

// --- §9 inspections ---
Result<std::int64_t> AddInspector(AppContext& ctx, const Actor& a, const std::string& region, const std::string& name,
                                  const std::string& certificate_no);
Status DeclareConflict(AppContext& ctx, const Actor& a, std::int64_t inspector_id, const std::string& org_key,
                       const std::string& reason);
struct PlanInput {
  std::string region;
  int year = 0, permille = 0, inspectors_per_org = 2;
  std::string seed;  // "" = a random seed, published with the plan
};
struct PlanView {
  supervision_store::PlanRow plan;
  std::vector<std::string> population;
  std::vector<supervision_store::ItemRow> items;
  Finding ratio;
};
Result<PlanView> CreatePlan(AppContext& ctx, const Actor& a, const PlanInput& in);
Result<PlanView> GetPlan(AppContext& ctx, std::int64_t id);  // public: the published draw
// result: no_problem | problems_found | rectification_ordered (with a deadline: creates the order).
Status RecordInspectionResult(AppContext& ctx, const Actor& a, std::int64_t item_id, const std::string& result,
                              const std::string& note, std::optional<Date> rectification_deadline);

// --- §11 flags and §4 overdue elections ---
Result<supervision_store::FlagPage> ListFlags(AppContext& ctx, const Actor& a, const std::string& kind,
                                              const std::string& region, int page, int page_size);
// handling: guide_deregistration | penalise | revoke; outcome: '' | deregistered | penalised | revoked | resumed.
Status HandleFlag(AppContext& ctx, const Actor& a, std::int64_t id, const std::string& handling,
                  const std::string& outcome);
struct AutomatedDecisions {
  std::vector<supervision_store::FlagRow> flags;
  std::vector<supervision_store::RatingChangeRow> rating_changes;
  std::vector<supervision_store::RatingRow> ratings;
};
Result<AutomatedDecisions> SupervisionOf(AppContext& ctx, const Actor& a, const std::string& key);
Result<std::vector<CountRow>> FlagOutcomeStats(AppContext& ctx, const Actor& a, const std::string& region);

// --- §12 illegal organizations ---
struct CaseInput {
  std::string target_name, target_class;
  std::vector<std::string> act_regions;
  std::optional<std::string> takeover_region;
  std::optional<std::int64_t> complaint_id;
  std::string org_key;  // the register entry the target claims or had, if any
  bool publish_as_suspected = false;
};
Result<supervision_store::CaseRow> OpenCase(AppContext& ctx, const Actor& a, const CaseInput& in);
struct StepInput {
  std::string step;
  std::optional<Date> on;
  std::vector<CaseOfficer> officers;
  std::string content, decision_no, referral_to;
  std::optional<bool> publish_as_suspected;
};
Result<supervision_store::CaseRow> AdvanceCase(AppContext& ctx, const Actor& a, std::int64_t case_id,
                                               const StepInput& in);
Result<std::pair<supervision_store::CaseRow, std::vector<supervision_store::CaseStepRow>>> GetCase(
    AppContext& ctx, const Actor& a, std::int64_t case_id);
Result<std::vector<supervision_store::ComplaintRow>> ListComplaints(AppContext& ctx, const Actor& a,
                                                                    const std::string& region, int page,
                                                                    int page_size);

// --- jobs from the API (ministry and province officers) ---
Result<JobsResult> RunJobsAs(AppContext& ctx, const Actor& a, Date as_of, const std::string& jobs);
Result<Rows> RecentJobs(AppContext& ctx, const Actor& a, int limit);

// --- console lists and counts: officers (and auditors) read within their jurisdiction ---
Result<Rows> ListPlans(AppContext& ctx, const Actor& a, const std::string& region);
Result<std::vector<supervision_store::CaseRow>> ListCases(AppContext& ctx, const Actor& a, const std::string& region,
                                                          int page, int page_size);
Result<Rows> ListRatingRounds(AppContext& ctx, const Actor& a, const std::string& region);
Result<std::vector<supervision_store::InspectorRow>> ListInspectors(AppContext& ctx, const Actor& a,
                                                                    const std::string& region);
// Aggregates for the dashboard (DOMAIN §20): see supervision_store::SupervisionCounts.
Result<Rows> SupervisionOverview(AppContext& ctx, const Actor& a, const std::string& region, const std::string& from,
                                 const std::string& to);

}  // namespace socorg::supervision
