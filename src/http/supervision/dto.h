// JSON at the supervision module's edge: Parse* turn request bodies into use-case inputs (field-level
// errors, http/parse.h), *Json turn the records and views of app/supervision into response bodies. The
// field names and values are the API's (src/http/openapi.json). Public responses never carry a
// complainant's contact or a case's internal findings (DOMAIN §21).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/supervision/use_cases.h"

namespace socorg::supervision_http {

using nlohmann::json;
using namespace socorg::supervision;

// --- request bodies ---
Result<ReportFiling> ParseReportFiling(const json& b);  // with the typed sections (#13)
Result<PenaltyInput> ParsePenalty(const json& b);
Result<PenaltyOutcomeInput> ParsePenaltyOutcome(const json& b, Date today);  // decided_on defaults to today
Result<std::map<std::string, int>> ParseScores(const json& b);  // the "scores" object
Result<PlanInput> ParsePlan(const json& b, int default_inspectors_per_org);
Result<InspectionResultInput> ParseInspectionResultBody(const json& b);
Result<ComplaintInput> ParseComplaint(const json& b);
Result<CaseInput> ParseCase(const json& b);
Result<StepInput> ParseStep(const json& b);

// --- records and views ---
enum class WithOrg { kNo, kYes };  // a listing with the organization it names (the public lists)
enum class CaseAudience { kPublic, kOfficer };

json ReportJson(const ReportRecord& r);
json ReportsViewJson(const ReportsView& v);
json ReportQueryJson(const ReportQueryPage& p);                       // GET /api/v1/annual-reports
json InterviewJson(const supervision_store::InterviewRecord& r);      // 约谈
json CompletionJson(int year, const CompletionView& v);
json NonFilersJson(int year, const std::vector<OrgSummary>& orgs);
json PenaltyJson(const PenaltyRecord& p);
json RectificationJson(const RectificationRecord& r);
json ListingJson(const ListingRecord& l, WithOrg org);
json CreditRequestJson(const CreditRequestRecord& r);
json LetterJson(const LetterRecord& r);
json CreditViewJson(const CreditView& v);
json ListingPageJson(const std::string& list, Date as_of, const Page<ListingRecord>& page, int page_no,
                     int page_size);
json PublicSummaryJson(const PublicSummary& s);
json RatingJson(const RatingRecord& r);
json RoundRatingJson(const RatingRecord& r);   // with org and pending_objections
json RatingNoticeJson(const RatingRecord& r);  // public: the notice, no scores or eligibility
json RatingObjectionJson(const RatingObjectionRecord& o);  // never the submitter's contact
json PenaltyOutcomeJson(const PenaltyOutcomeRecord& o);
json RatingRoundJson(const RatingRoundRecord& r);
json RatingStatsJson(const RatingStats& s);
json InspectorJson(const InspectorRecord& r);
json PlanJson(const PlanView& v);
json PlanSummaryJson(const PlanSummary& s);
json FlagJson(const FlagRecord& f);
json FlagOutcomeJson(const FlagOutcomeCount& c);
json AutomatedDecisionsJson(const AutomatedDecisions& d);
json ComplaintJson(const ComplaintRecord& c);  // officers: without the reporter's contact
json CaseJson(const CaseRecord& c, CaseAudience a);
json CaseWithStepsJson(const CaseRecord& c, const std::vector<CaseStepRecord>& steps);
json OverviewJson(const std::string& from, const std::string& to, const OverviewCounts& c);
json JobsResultJson(const JobsResult& r);
json SimulationJson(const SimulationResult& r);
json JobRunJson(const JobRunRecord& r);
json FindingsJson(const std::vector<Finding>& fs);

// A JSON array of f(x) for each x.
template <typename T, typename F>
json ArrayOf(const std::vector<T>& v, F f) {
  json a = json::array();
  for (const auto& x : v) a.push_back(f(x));
  return a;
}

}  // namespace socorg::supervision_http
