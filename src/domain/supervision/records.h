// The supervision module's records (DOMAIN §6-12; tables of migration 003) as plain values: what the store
// reads and writes, what the use cases work on and what the HTTP layer serializes. Closed sets of values
// are enums with their wire names (ToString / Parse*: the names stored in the columns and sent in JSON);
// dates are Date. Timestamps (created_at, ...) stay ISO-8601 text from the clock, and the columns that hold
// a JSON document (facts, findings, scores, roster, ...) stay JSON text: the domain holds no JSON, and only
// the HTTP layer opens them. Organization ids are the register's row ids.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/supervision/illegal_org.h"
#include "domain/supervision/org_facts.h"
#include "domain/supervision/rating.h"
#include "domain/supervision/report_content.h"

namespace socorg::supervision {

// A page of a longer list, with the length of the whole list.
template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
};

// An organization as a joined listing or flag names it (read only; "" uscc before a code was issued).
struct OrgLabel {
  std::string uscc, name, region_code;
};

// --- §6 annual reports ---
struct ReportRecord {
  std::int64_t id = 0, org_id = 0;
  int year = 0;                     // the year reported on
  std::optional<Date> filed_on;     // with the registration authority
  std::string supervisory_opinion;  // 业务主管单位初审意见
  std::optional<Date> supervisory_on;
  ReportConclusion conclusion = ReportConclusion::kNone;
  std::optional<Date> concluded_on;
  std::string conclusion_reasons;
  bool had_activity = true;
  std::int64_t total_income = 0, total_expenditure = 0, net_assets = 0;  // yuan
  std::string content = "{}";  // JSON text: finances, activities, governance, branches, party, disclosure
  std::string created_at, updated_at;
  // #13: the typed content (migration 013), nullopt when filed without it; the spending findings at filing
  // (JSON array of findings) and the spending rule's ratio in basis points.
  std::optional<ReportContent> typed;
  std::string findings = "[]";
  std::optional<std::int64_t> spending_ratio_bp;
  int versions = 0;  // filings of the typed content kept in annual_report_versions
};

// Report completion of one region for a report year (statistics, §6).
struct ReportCompletionCount {
  std::string region_code;
  std::int64_t required = 0, filed = 0, on_time = 0;
};

// --- §7 ratings ---
enum class RatingStatus : std::uint8_t { kNotice, kDecided, kExpired, kCancelled };
std::string_view ToString(RatingStatus s);
std::optional<RatingStatus> ParseRatingStatus(std::string_view s);

struct RatingRoundRecord {
  std::int64_t id = 0;
  std::string region_code;  // the authority running the round
  int year = 0;
  std::string name;
  Date opened_on;
  std::string created_by, created_at;
};

struct RatingRecord {
  std::int64_t id = 0, org_id = 0, round_id = 0;
  std::string scores = "{}";                              // JSON text: indicator group -> points
  int total_score = 0, preliminary_grade = 0, grade = 0;  // grade: current, net of downgrades (1..5 = 1A..5A)
  RatingStatus status = RatingStatus::kNotice;
  Date notice_until;
  std::optional<Date> decided_on, valid_until;
  std::string eligibility = "[]";  // JSON text: the eligibility findings
  std::string created_by, created_at, updated_at;
  // #13 (migration 008): the notice's first day (rating_notice.h RATING-NOTICE; before 008: the scoring day),
  // the cancellation for fraud (RATING-CANCEL-FRAUD) and the certificate of a grade of 3A or above.
  std::optional<Date> notice_from;
  std::optional<Date> cancelled_on, reapply_from;
  std::string cancel_ground, cancel_reason;  // cancel_ground: "" | fraud | certificate_misuse
  std::string certificate_no;                // "" when no certificate was issued
  OrgLabel org;                              // joined when read by round or for the public notice
  std::string round_name;                    // joined for the public notice
  int pending_objections = 0;                // joined when read by round or for the public notice
};

// An objection 异议 to a rating under public notice, from the public or the organization (RATING-NOTICE).
enum class ObjectionStatus : std::uint8_t { kPending, kUpheld, kDismissed };
std::string_view ToString(ObjectionStatus s);
std::optional<ObjectionStatus> ParseObjectionStatus(std::string_view s);
struct RatingObjectionRecord {
  std::int64_t id = 0, rating_id = 0, org_id = 0;
  Date submitted_on;
  std::string submitter_kind;  // public | org
  std::string submitter_name;
  std::string submitter_contact;  // never public, never in the API (DOMAIN §21)
  std::string content;
  ObjectionStatus status = ObjectionStatus::kPending;
  std::optional<Date> decided_on;
  std::string decision_reason, decided_by;
  std::optional<int> grade_before, grade_after;  // an upheld objection that changed the proposed grade
  std::string created_at;
};

struct RatingChangeRecord {
  std::int64_t rating_id = 0, org_id = 0, trigger_id = 0;
  RatingChangeKind kind = RatingChangeKind::kExpired;
  Date changed_on;
  int from_grade = 0, to_grade = 0;
  std::string rule_id, basis, facts, explanation, created_at;  // facts: JSON text (FactsJson)
  std::optional<Date> reverted_on;  // a downgrade for a penalty later annulled (migration 008)
};

// Decided, unexpired ratings of one grade (statistics, §7).
struct GradeCount {
  int grade = 0;
  std::int64_t count = 0;
};

// --- §8 credit ---
// A registered letter 挂号信 to the registered address (anomaly ⑥, CREDIT-ANOMALY-UNREACHABLE).
struct LetterRecord {
  std::int64_t id = 0, org_id = 0;
  Date sent_on;
  std::string tracking_no;  // 挂号信号码
  bool signed_for = false;
  std::string note, created_by, created_at;
};

struct ListingRecord {
  std::int64_t id = 0, org_id = 0;
  CreditList list = CreditList::kAnomaly;
  CreditCause cause = CreditCause::kOtherAnomaly;
  std::int64_t source_id = 0;  // with cause, the automatic listing's key (see ListingFact)
  bool automatic = true;
  Date entered_on;
  std::optional<Date> exited_on;
  ExitReason exit_reason = ExitReason::kNone;
  std::string rule_id, basis;
  std::string facts = "{}";  // JSON text (FactsJson)
  std::string explanation, created_by, created_at, updated_at;
  OrgLabel org;  // joined when read
};

enum class CreditRequestKind : std::uint8_t { kRectification, kRepair, kObjection };
std::string_view ToString(CreditRequestKind k);
std::optional<CreditRequestKind> ParseCreditRequestKind(std::string_view s);
enum class RequestStatus : std::uint8_t { kPending, kGranted, kRefused };
std::string_view ToString(RequestStatus s);
std::optional<RequestStatus> ParseRequestStatus(std::string_view s);

// An organization's application to leave a list (rectification, repair) or objection to an entry.
struct CreditRequestRecord {
  std::int64_t id = 0, org_id = 0, listing_id = 0;
  CreditRequestKind kind = CreditRequestKind::kRectification;
  Date submitted_on;
  std::string content;
  RequestStatus status = RequestStatus::kPending;
  std::optional<Date> decided_on;
  std::string decision_reason, decided_by;
  std::string findings = "[]";  // JSON text
  std::string created_by, created_at;
};

// --- §9 random inspections ---
struct InspectorRecord {
  std::int64_t id = 0;
  std::string region_code, name, certificate_no;
};
// A declared conflict of interest between a roster inspector and an organization.
struct InspectorConflict {
  std::int64_t inspector_id = 0;
  std::string uscc;
};
// An organization of a draw population.
struct PopulationMember {
  std::int64_t org_id = 0;
  std::string uscc;
};

// random: the yearly 双随机 draw, one per authority (region) and year; a re-draw supersedes it with a recorded
// reason and both stay public. special: a 不定期 inspection of a category or an issue (not a random draw: every
// organization in its scope is inspected; the inspectors are still drawn from the roster by the seed).
enum class PlanKind : std::uint8_t { kRandom, kSpecial };
std::string_view ToString(PlanKind k);
std::optional<PlanKind> ParsePlanKind(std::string_view s);

struct PlanRecord {
  std::int64_t id = 0;
  std::string region_code;
  int year = 0, permille = 0, inspectors_per_org = 2;
  std::string seed, algorithm, population_digest;
  std::int64_t population_size = 0, drawn_count = 0;
  std::string roster = "[]", conflicts = "[]";  // JSON text, published with the plan
  Date drawn_on;
  std::string created_by, created_at;
  PlanKind kind = PlanKind::kRandom;
  std::string target;                         // special: the category or issue inspected
  std::optional<std::int64_t> superseded_by;  // the re-draw that replaced this plan
  std::optional<std::int64_t> redraw_of;      // the plan this one re-draws
  std::string redraw_reason;
};
// A plan as the console lists it.
struct PlanSummary {
  std::int64_t id = 0;
  std::string region_code;
  int year = 0, permille = 0, inspectors_per_org = 0;
  std::string seed, algorithm;
  std::int64_t population_size = 0, drawn_count = 0;
  Date drawn_on;
  std::int64_t results_recorded = 0;
  PlanKind kind = PlanKind::kRandom;
  std::optional<std::int64_t> superseded_by, redraw_of;
};

enum class InspectionResult : std::uint8_t { kPending, kNoProblem, kProblemsFound, kRectificationOrdered };
std::string_view ToString(InspectionResult r);  // kPending: ""
std::optional<InspectionResult> ParseInspectionResult(std::string_view s);

struct PlanItemRecord {
  std::int64_t id = 0, plan_id = 0, org_id = 0;
  std::string uscc;
  int rank = 0;
  std::string draw_key;
  std::string inspectors = "[]";  // JSON text: roster ids in rank order
  InspectionResult result = InspectionResult::kPending;
  std::string result_note;
  std::optional<Date> result_on;
  std::optional<std::int64_t> rectification_id;
  std::string org_name;  // joined when read
  std::string method;          // "" (not recorded) | written | on_site (inspection_draw.h InspectionMethod)
  std::string checked = "[]";  // JSON text: the content items checked (InspectionContent names)
};

// --- §10 penalties, and rectification orders (issued by hand or from an inspection) ---
struct PenaltyRecord {
  std::int64_t id = 0, org_id = 0;
  std::string decision_no;  // 处罚决定书文号
  PenaltyKind kind = PenaltyKind::kWarning;
  Date decided_on;
  std::int64_t amount = 0;  // yuan
  std::string basis, reason, created_by, created_at;
  std::string fine_basis;        // "" | illegal_turnover | illegal_gains (penalty.h FineBasis)
  std::int64_t base_amount = 0;  // yuan: the turnover or gains a fine with a fine_basis is a multiple of
  // Reconsideration and litigation (migration 008, penalty_outcome.h): kind and amount above are those in force;
  // the first decision's are kept here once an outcome changed them.
  std::string outcome;  // "" | upheld | annulled | changed (the latest outcome)
  std::optional<Date> outcome_on;
  std::string original_kind;  // "" until changed
  std::int64_t original_amount = 0;
  bool Annulled() const { return outcome == "annulled"; }
};

// One reconsideration or litigation outcome of a penalty (PENALTY-OUTCOME).
struct PenaltyOutcomeRecord {
  std::int64_t id = 0, penalty_id = 0, org_id = 0;
  std::string channel, result;  // penalty_outcome.h OutcomeChannel / OutcomeResult names
  Date decided_on;
  std::string decision_no, authority;
  PenaltyKind kind_before = PenaltyKind::kWarning, kind_after = PenaltyKind::kWarning;
  std::int64_t amount_before = 0, amount_after = 0;
  std::string reason;
  std::string corrected = "[]";  // JSON text: {listings:[ids], rating_changes:[...]}
  std::string created_by, created_at;
};

struct RectificationRecord {
  std::int64_t id = 0, org_id = 0;
  Date issued_on, deadline;
  std::optional<Date> completed_on;
  std::string content;
  std::string source;  // "manual", "inspection_item:<id>", ... (open set)
  std::string created_by, created_at;
};

// --- §11 zombie organizations, §4 overdue elections: flags the jobs raise ---
// kLowActivityCommunity: a filed community organization with no recorded activity for the configured months.
enum class FlagKind : std::uint8_t { kZombie, kOverdueElection, kRevocationCandidate, kLowActivityCommunity };
std::string_view ToString(FlagKind k);
std::optional<FlagKind> ParseFlagKind(std::string_view s);
enum class FlagHandling : std::uint8_t { kNone, kGuideDeregistration, kPenalise, kRevoke };
std::string_view ToString(FlagHandling h);  // kNone: ""
std::optional<FlagHandling> ParseFlagHandling(std::string_view s);
enum class FlagOutcome : std::uint8_t { kNone, kDeregistered, kPenalised, kRevoked, kResumed };
std::string_view ToString(FlagOutcome o);  // kNone: ""
std::optional<FlagOutcome> ParseFlagOutcome(std::string_view s);

struct FlagRecord {
  std::int64_t id = 0, org_id = 0;
  FlagKind kind = FlagKind::kZombie;
  Date since;
  bool active = true;
  Date first_seen_on;  // the job date that raised it
  std::optional<Date> cleared_on, handled_on;
  std::string rule_id, basis;
  std::string facts = "{}";  // JSON text (FactsJson)
  std::string explanation;
  FlagHandling handling = FlagHandling::kNone;
  FlagOutcome outcome = FlagOutcome::kNone;
  std::string created_at, updated_at;
  OrgLabel org;  // joined when read
};

// Flags of one (kind, handling, outcome) (statistics, §11).
struct FlagOutcomeCount {
  FlagKind kind = FlagKind::kZombie;
  FlagHandling handling = FlagHandling::kNone;
  FlagOutcome outcome = FlagOutcome::kNone;
  std::int64_t count = 0;
};

// --- §12 complaints and illegal-organization cases ---
enum class ComplaintStatus : std::uint8_t { kReceived, kCaseOpened, kDismissed };
std::string_view ToString(ComplaintStatus s);
std::optional<ComplaintStatus> ParseComplaintStatus(std::string_view s);

struct ComplaintRecord {
  std::int64_t id = 0;
  Date received_on;
  std::string target_name, target_address, act_region, content, reporter_name;
  std::string reporter_contact;  // never public (DOMAIN §21)
  ComplaintStatus status = ComplaintStatus::kReceived;
  std::optional<std::int64_t> case_id;
  std::string created_at;
};

struct CaseRecord {
  std::int64_t id = 0;
  std::string target_name;
  IllegalTarget target_class = IllegalTarget::kUnregistered;
  std::string act_regions = "[]";  // JSON text: region codes where the acts occur
  std::string handling_region;
  CaseStatus status = CaseStatus::kFiled;
  Date opened_on;
  std::optional<std::int64_t> complaint_id, org_id;
  bool suspected_public = false;  // on the published list of suspected illegal organizations
  std::string decision_no;
  std::optional<Date> decided_on;
  std::string referral_to;
  std::string findings = "[]";  // JSON text
  std::string created_by, created_at, updated_at;
};

struct CaseStepRecord {
  std::int64_t id = 0, case_id = 0;
  CaseStep step = CaseStep::kFile;
  Date on;
  std::string officers = "[]";  // JSON text: [{name, certificate_no}]
  std::string content, actor, created_at;
};

// --- batch jobs ---
enum class JobKind : std::uint8_t { kCredit, kZombie, kElections, kRatings };
std::string_view ToString(JobKind k);
std::optional<JobKind> ParseJobKind(std::string_view s);

struct JobRunRecord {
  std::int64_t id = 0;
  JobKind job = JobKind::kCredit;
  Date as_of;
  std::string started_at;
  std::int64_t evaluated = 0, inserted = 0, updated = 0;
  std::string actor;
  std::string summary = "{}";  // JSON text
};

// --- the dashboard's supervision figures (DOMAIN §20) for a region and a period ---
struct OverviewCounts {
  std::vector<std::pair<PenaltyKind, std::int64_t>> penalties_by_kind;  // decided in the period
  std::int64_t fines_yuan = 0;                                          // sum of the fines' amounts
  std::int64_t anomaly_listed = 0, serious_listed = 0;  // organizations listed at the period's end
  std::int64_t plans = 0, drawn = 0;                    // plans drawn in the period
  std::vector<std::pair<InspectionResult, std::int64_t>> inspections_by_result;  // items of those plans
  std::vector<std::pair<CaseStatus, std::int64_t>> cases_by_status;              // cases opened in the period
};

// --- what the batch jobs' snapshot holds per organization besides OrgFacts ---
struct OrgCore {
  std::int64_t id = 0;
  std::uint32_t region = 0;  // the registering authority's 6-digit region code, as a number
  OrgType type = OrgType::kSocialGroup;
  OrgStatus status = OrgStatus::kActive;
  std::optional<Date> registered_on, ended_on, term_end, postponed_until;
  std::optional<Date> last_event_on;  // community filings: the latest life-cycle event on the register
};
// An active flag as the jobs compare it.
struct StoredFlag {
  std::int64_t id = 0;
  FlagKind kind = FlagKind::kZombie;
  Date since;
};
// A rating change already recorded: (rating, kind, trigger) is its key.
struct RecordedRatingChange {
  std::int64_t rating_id = 0;
  RatingChangeKind kind = RatingChangeKind::kExpired;
  std::int64_t trigger_id = 0;
};

}  // namespace socorg::supervision
