// Supervision rows (DOMAIN §6-12; migration 003): annual reports, penalties, rectification orders, credit
// listings and requests, ratings, inspections, flags, complaints, illegal-organization cases and job runs.
// SQL is portable across SQLite and PostgreSQL ($n placeholders, text dates); the queries are the named
// constants in supervision_store.cpp. Functions run inside the caller's transaction when there is one.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/records.h"

namespace socorg::supervision_store {

// --- snapshot reads for the batch jobs: keyset pages over org ids, rows in (org_id, …) order ---
// Registered organizations (active, deregistered, revoked) with id > after_id, at most `limit`.
Result<Rows> SnapshotOrgs(Connection& c, std::int64_t after_id, int limit);
// Child rows of organizations with lo ≤ org_id ≤ hi. Columns as in the constants' SELECT lists.
Result<Rows> SnapshotReports(Connection& c, std::int64_t lo, std::int64_t hi);
Result<Rows> SnapshotPenalties(Connection& c, std::int64_t lo, std::int64_t hi);
Result<Rows> SnapshotRectifications(Connection& c, std::int64_t lo, std::int64_t hi);
Result<Rows> SnapshotListings(Connection& c, std::int64_t lo, std::int64_t hi);
Result<Rows> SnapshotRatings(Connection& c, std::int64_t lo, std::int64_t hi);
Result<Rows> SnapshotRatingChanges(Connection& c, std::int64_t lo, std::int64_t hi);
Result<Rows> SnapshotFlags(Connection& c, std::int64_t lo, std::int64_t hi);

// --- credit listings ---
struct ListingRow {
  std::int64_t id = 0, org_id = 0, source_id = 0;
  std::string list, cause, entered_on;
  std::optional<std::string> exited_on;
  std::string exit_reason, rule_id, basis, facts = "{}", explanation, created_by, created_at, updated_at;
  bool automatic = true;
  // joined for listings pages
  std::string org_name, uscc, region_code;
};
Result<std::int64_t> InsertListing(Connection& c, const ListingRow& r);
Status UpdateListingExit(Connection& c, std::int64_t id, const std::optional<std::string>& exited_on,
                         const std::string& exit_reason, const std::string& facts, const std::string& explanation,
                         const std::string& updated_at);
Result<std::vector<ListingRow>> ListingsOf(Connection& c, std::int64_t org_id);
Result<std::optional<ListingRow>> GetListing(Connection& c, std::int64_t id);
// Public list: entries of `list` active on `on` (or all, with exits, when include_exited), in the region prefix.
struct ListingPage {
  std::vector<ListingRow> items;
  std::int64_t total = 0;
};
Result<ListingPage> PublicListings(Connection& c, const std::string& list, const std::string& on,
                                   const std::string& region_prefix, int limit, int offset);

// --- credit requests (rectification, repair, objection) ---
struct CreditRequestRow {
  std::int64_t id = 0, org_id = 0, listing_id = 0;
  std::string kind, submitted_on, content, status = "pending";
  std::optional<std::string> decided_on;
  std::string decision_reason, decided_by, findings = "[]", created_by, created_at;
};
Result<std::int64_t> InsertCreditRequest(Connection& c, const CreditRequestRow& r);
Result<std::optional<CreditRequestRow>> GetCreditRequest(Connection& c, std::int64_t id);
Status DecideCreditRequest(Connection& c, std::int64_t id, const std::string& status, const std::string& decided_on,
                           const std::string& reason, const std::string& by, const std::string& findings);
Result<std::vector<CreditRequestRow>> CreditRequestsOf(Connection& c, std::int64_t org_id);

// --- annual reports ---
struct ReportRow {
  std::int64_t id = 0, org_id = 0;
  int year = 0;
  std::optional<std::string> filed_on, supervisory_on, concluded_on;
  std::string supervisory_opinion, conclusion = "none", conclusion_reasons;
  bool had_activity = true;
  std::int64_t total_income = 0, total_expenditure = 0, net_assets = 0;
  std::string content = "{}", created_at, updated_at;
};
Result<std::int64_t> UpsertReportFiling(Connection& c, const ReportRow& r);  // insert, or refile before conclusion
Status SetSupervisoryOpinion(Connection& c, std::int64_t org_id, int year, const std::string& opinion,
                             const std::string& on, const std::string& now);
Status SetConclusion(Connection& c, std::int64_t org_id, int year, const std::string& conclusion,
                     const std::string& reasons, const std::string& on, const std::string& now);
Result<std::vector<ReportRow>> ReportsOf(Connection& c, std::int64_t org_id);
Result<std::optional<ReportRow>> GetReport(Connection& c, std::int64_t org_id, int year);

// --- penalties and rectification orders ---
struct PenaltyRow {
  std::int64_t id = 0, org_id = 0, amount = 0;
  std::string decision_no, kind, decided_on, basis, reason, created_by, created_at;
};
Result<std::int64_t> InsertPenalty(Connection& c, const PenaltyRow& r);
Result<std::vector<PenaltyRow>> PenaltiesOf(Connection& c, std::int64_t org_id);
struct RectificationRow {
  std::int64_t id = 0, org_id = 0;
  std::string issued_on, deadline;
  std::optional<std::string> completed_on;
  std::string content, source, created_by, created_at;
};
Result<std::int64_t> InsertRectification(Connection& c, const RectificationRow& r);
Result<std::optional<RectificationRow>> GetRectification(Connection& c, std::int64_t id);
Status CompleteRectification(Connection& c, std::int64_t id, const std::string& on);
Result<std::vector<RectificationRow>> RectificationsOf(Connection& c, std::int64_t org_id);

// --- ratings ---
struct RatingRow {
  std::int64_t id = 0, org_id = 0, round_id = 0;
  std::string scores = "{}";
  int total_score = 0, preliminary_grade = 0, grade = 0;
  std::string status, notice_until;
  std::optional<std::string> decided_on, valid_until;
  std::string eligibility = "[]", created_by, created_at, updated_at;
};
Result<std::int64_t> InsertRound(Connection& c, const std::string& region, int year, const std::string& name,
                                 const std::string& opened_on, const std::string& by, const std::string& now);
Result<std::optional<std::pair<std::string, int>>> GetRound(Connection& c, std::int64_t id);  // (region, year)
Result<std::int64_t> InsertRating(Connection& c, const RatingRow& r);
Result<std::optional<RatingRow>> GetRating(Connection& c, std::int64_t id);
Status DecideRating(Connection& c, std::int64_t id, const std::string& decided_on, const std::string& valid_until,
                    const std::string& now);
Status SetRatingGrade(Connection& c, std::int64_t id, int grade, const std::string& status, const std::string& now);
Result<std::vector<RatingRow>> RatingsOf(Connection& c, std::int64_t org_id);
struct RatingChangeRow {
  std::int64_t rating_id = 0, org_id = 0, trigger_id = 0;
  std::string kind, changed_on;
  int from_grade = 0, to_grade = 0;
  std::string rule_id, basis, facts, explanation, created_at;
};
Status InsertRatingChange(Connection& c, const RatingChangeRow& r);
Result<std::vector<RatingChangeRow>> RatingChangesOf(Connection& c, std::int64_t org_id);
// (grade, count) of decided, unexpired ratings in the region prefix.
Result<std::vector<std::pair<int, std::int64_t>>> GradeDistribution(Connection& c, const std::string& region_prefix);

// --- inspections ---
Result<std::int64_t> InsertInspector(Connection& c, const std::string& region, const std::string& name,
                                     const std::string& cert, const std::string& now);
struct InspectorRow {
  std::int64_t id = 0;
  std::string region_code, name, certificate_no;
};
Result<std::vector<InspectorRow>> InspectorsIn(Connection& c, const std::string& region);
Result<std::optional<InspectorRow>> GetInspector(Connection& c, std::int64_t id);
Status InsertConflict(Connection& c, std::int64_t inspector_id, std::int64_t org_id, const std::string& reason,
                      const std::string& on);
// (inspector id, uscc) of the conflicts of the region's inspectors.
Result<std::vector<std::pair<std::string, std::string>>> ConflictsIn(Connection& c, const std::string& region);
// Codes of the active organizations registered by exactly this authority (the draw population).
Result<std::vector<std::pair<std::int64_t, std::string>>> Population(Connection& c, const std::string& region);
struct PlanRow {
  std::int64_t id = 0;
  std::string region_code;
  int year = 0, permille = 0, inspectors_per_org = 2;
  std::string seed, algorithm, population_digest;
  std::int64_t population_size = 0, drawn_count = 0;
  std::string roster = "[]", conflicts = "[]", drawn_on, created_by, created_at;
};
Result<std::int64_t> InsertPlan(Connection& c, const PlanRow& r);
Status InsertPopulation(Connection& c, std::int64_t plan_id, const std::vector<std::string>& usccs);
Result<std::optional<PlanRow>> GetPlan(Connection& c, std::int64_t id);
Result<std::vector<std::string>> PlanPopulation(Connection& c, std::int64_t plan_id);
struct ItemRow {
  std::int64_t id = 0, plan_id = 0, org_id = 0;
  std::string uscc;
  int rank = 0;
  std::string draw_key, inspectors = "[]", result, result_note;
  std::optional<std::string> result_on;
  std::optional<std::int64_t> rectification_id;
  std::string org_name;
};
Status InsertItem(Connection& c, const ItemRow& r);
Result<std::vector<ItemRow>> PlanItems(Connection& c, std::int64_t plan_id);
Result<std::optional<ItemRow>> GetItem(Connection& c, std::int64_t id);
Status SetItemResult(Connection& c, std::int64_t id, const std::string& result, const std::string& note,
                     const std::string& on, std::optional<std::int64_t> rect_id);

// --- flags (zombie, overdue election, revocation candidate) ---
struct FlagRow {
  std::int64_t id = 0, org_id = 0;
  std::string kind, since;
  bool active = true;
  std::string first_seen_on;
  std::optional<std::string> cleared_on, handled_on;
  std::string rule_id, basis, facts = "{}", explanation, handling, handling_outcome, created_at, updated_at;
  std::string org_name, uscc, region_code;
};
Result<std::int64_t> InsertFlag(Connection& c, const FlagRow& r);
Status UpdateFlag(Connection& c, std::int64_t id, const std::string& since, const std::string& facts,
                  const std::string& explanation, const std::string& now);
Status ClearFlag(Connection& c, std::int64_t id, const std::string& on, const std::string& now);
Status SetFlagHandling(Connection& c, std::int64_t id, const std::string& handling, const std::string& outcome,
                       const std::string& on, const std::string& now);
Result<std::optional<FlagRow>> GetFlag(Connection& c, std::int64_t id);
Result<std::vector<FlagRow>> FlagsOf(Connection& c, std::int64_t org_id);
struct FlagPage {
  std::vector<FlagRow> items;
  std::int64_t total = 0;
};
Result<FlagPage> ActiveFlags(Connection& c, const std::string& kind, const std::string& region_prefix, int limit,
                             int offset);
// (kind, handling_outcome, count) for flags in the region prefix.
Result<std::vector<CountRow>> FlagOutcomes(Connection& c, const std::string& region_prefix);

// --- complaints and illegal-organization cases ---
struct ComplaintRow {
  std::int64_t id = 0;
  std::string received_on, target_name, target_address, act_region, content, reporter_name, reporter_contact,
      status = "received";
  std::optional<std::int64_t> case_id;
  std::string created_at;
};
Result<std::int64_t> InsertComplaint(Connection& c, const ComplaintRow& r);
Result<std::optional<ComplaintRow>> GetComplaint(Connection& c, std::int64_t id);
Result<std::vector<ComplaintRow>> ComplaintsIn(Connection& c, const std::string& region_prefix, int limit, int offset);
Status LinkComplaint(Connection& c, std::int64_t id, std::int64_t case_id);
struct CaseRow {
  std::int64_t id = 0;
  std::string target_name, target_class, act_regions = "[]", handling_region, status, opened_on;
  std::optional<std::int64_t> complaint_id, org_id;
  bool suspected_public = false;
  std::string decision_no;
  std::optional<std::string> decided_on;
  std::string referral_to, findings = "[]", created_by, created_at, updated_at;
};
Result<std::int64_t> InsertCase(Connection& c, const CaseRow& r);
Result<std::optional<CaseRow>> GetCase(Connection& c, std::int64_t id);
Status UpdateCase(Connection& c, const CaseRow& r);
struct CaseStepRow {
  std::int64_t id = 0, case_id = 0;
  std::string step, on_date, officers = "[]", content, actor, created_at;
};
Status InsertCaseStep(Connection& c, const CaseStepRow& r);
Result<std::vector<CaseStepRow>> CaseSteps(Connection& c, std::int64_t case_id);
// Published: banned cases and cases marked as suspected (public), newest first.
Result<std::vector<CaseRow>> PublicIllegalCases(Connection& c, int limit, int offset);

// --- job runs ---
Status InsertJobRun(Connection& c, const std::string& job, const std::string& as_of, const std::string& started_at,
                    std::int64_t evaluated, std::int64_t inserted, std::int64_t updated, const std::string& actor,
                    const std::string& summary);
Result<Rows> RecentJobRuns(Connection& c, int limit);

// --- statistics ---
// (region_code, required, filed, filed_on_time) for the report year, organizations in the prefix registered
// at least `exempt_before` (the exemption cut-off) and active at the deadline.
Result<std::vector<CountRow>> ReportCompletion(Connection& c, const std::string& region_prefix, int year,
                                               const std::string& registered_by, const std::string& deadline);
// Active organizations in the prefix registered by `registered_by` without a filed report for the year.
Result<std::vector<OrgSummary>> NonFilers(Connection& c, const std::string& region_prefix, int year,
                                          const std::string& registered_by, int limit, int offset);

// --- console lists and counts (officers' workbench, dashboard) ---
// Plans drawn in the prefix, newest first: id, region_code, year, permille, inspectors_per_org, seed, algorithm,
// population_size, drawn_count, drawn_on, results recorded.
Result<Rows> PlansIn(Connection& c, const std::string& region_prefix, int limit);
// Cases handled by an authority in the prefix, newest first.
Result<std::vector<CaseRow>> CasesIn(Connection& c, const std::string& region_prefix, int limit, int offset);
// id, region_code, year, name, opened_on.
Result<Rows> RoundsIn(Connection& c, const std::string& region_prefix, int limit);
// Active inspectors of the authorities in the prefix.
Result<std::vector<InspectorRow>> InspectorsUnder(Connection& c, const std::string& region_prefix);
// (metric, key, count, sum) for organizations / authorities in the prefix: metric penalty (key kind, sum amount,
// decided in [from, to]), credit (key list, organizations listed on `to`), plans (count, sum drawn, drawn in
// [from, to]), inspection (key result of those plans' items), case (key status, opened in [from, to]).
Result<Rows> SupervisionCounts(Connection& c, const std::string& region_prefix, const std::string& from,
                               const std::string& to);

}  // namespace socorg::supervision_store
