// Records and views -> response bodies (dto.h).
#include "http/supervision/dto.h"

#include "domain/legal_basis.h"
#include "http/dto.h"
#include "http/parse.h"
#include "app/supervision/report_content_json.h"

namespace socorg::supervision_http {
namespace {

using http::JsonText;

json OptDate(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(nullptr); }
template <typename T>
json OptValue(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}
// The "facts" object of a stored explanation (FactsJson).
// A stored JSON array as JSON; [] when it does not parse.
json ArrayText(const std::string& t) {
  json j = json::parse(t, nullptr, false);
  return j.is_array() ? j : json::array();
}
json FactsOf(const std::string& explanation) { return JsonText(explanation).value("facts", json::object()); }

}  // namespace

// --- §6 annual reports ---

json ReportJson(const ReportRecord& r) {
  json j = {{"year", r.year},
          {"filed_on", OptDate(r.filed_on)},
          {"supervisory_opinion", r.supervisory_opinion},
          {"supervisory_on", OptDate(r.supervisory_on)},
          {"conclusion", ToString(r.conclusion)},
          {"concluded_on", OptDate(r.concluded_on)},
          {"conclusion_reasons", r.conclusion_reasons},
          {"had_activity", r.had_activity},
          {"total_income", r.total_income},
          {"total_expenditure", r.total_expenditure},
          {"net_assets", r.net_assets},
          {"content", JsonText(r.content)}};
  // #13: the typed sections (null when filed without them), the spending findings and the content versions.
  json typed = r.typed ? ReportContentJson(*r.typed) : json::object();
  for (const char* k : {"finances", "activities", "governance", "branches_count", "party", "disclosure"})
    j[k] = r.typed ? typed[k] : json(nullptr);
  j["findings"] = ArrayText(r.findings);
  j["spending_ratio_bp"] = OptValue(r.spending_ratio_bp);
  j["content_versions"] = r.versions;
  return j;
}

json ReportQueryJson(const ReportQueryPage& p) {
  json items = json::array();
  for (const auto& x : p.items)
    items.push_back({{"report_id", x.report_id},
                     {"org", {{"uscc", x.org.uscc}, {"name", x.org.name}, {"region_code", x.org.region_code},
                              {"type", x.org_type}}},
                     {"year", x.year},
                     {"filed_on", OptDate(x.filed_on)},
                     {"conclusion", x.conclusion},
                     {"total_income_fen", OptValue(x.total_income)},
                     {"total_expenditure_fen", OptValue(x.total_expenditure)},
                     {"charitable_expenditure_fen", OptValue(x.charitable_expenditure)},
                     {"management_costs_fen", OptValue(x.management_costs)},
                     {"net_assets_fen", OptValue(x.net_assets)},
                     {"spending_ratio_bp", OptValue(x.spending_ratio_bp)},
                     {"findings", ArrayText(x.findings)}});
  return {{"items", items}, {"next_after", OptValue(p.next_after)}};
}

json InterviewJson(const supervision_store::InterviewRecord& r) {
  return {{"id", r.id},
          {"held_on", r.held_on.ToString()},
          {"reason", r.reason},
          {"attendee_roles", ArrayText(r.attendee_roles)},
          {"outcome", r.outcome},
          {"report_year", OptValue(r.report_year)},
          {"recorded_by", r.recorded_by},
          {"created_at", r.created_at}};
}

json ReportsViewJson(const ReportsView& v) {
  return {{"reports", ArrayOf(v.reports, ReportJson)}, {"states", FindingsJson(v.states)}};
}

json CompletionJson(int year, const CompletionView& v) {
  json items = json::array();
  std::int64_t req = 0, filed = 0, on_time = 0;
  for (const auto& x : v.rows) {
    items.push_back({{"region_code", x.region_code},
                     {"region_name", x.region_name},
                     {"required", x.required},
                     {"filed", x.filed},
                     {"on_time", x.on_time}});
    req += x.required, filed += x.filed, on_time += x.on_time;
  }
  return {{"year", year},
          {"required", req},
          {"filed", filed},
          {"on_time", on_time},
          {"completion_rate", req ? static_cast<double>(filed) / req : 0.0},
          {"on_time_rate", req ? static_cast<double>(on_time) / req : 0.0},
          {"by_region", items},
          {"computed_at", v.computed_at}};
}

json NonFilersJson(int year, const std::vector<OrgSummary>& orgs) {
  return {{"year", year}, {"purpose", "约谈"}, {"items", ArrayOf(orgs, dto::SerializeOrgSummary)}};
}

// --- §10 penalties, rectification orders ---

json PenaltyJson(const PenaltyRecord& p) {
  return {{"id", p.id},
          {"decision_no", p.decision_no},
          {"kind", ToString(p.kind)},
          {"decided_on", p.decided_on.ToString()},
          {"amount", p.amount},
          {"fine_basis", p.fine_basis.empty() ? json(nullptr) : json(p.fine_basis)},
          {"base_amount", p.fine_basis.empty() ? json(nullptr) : json(p.base_amount)},
          {"basis", p.basis},
          {"reason", p.reason},
          {"in_force", !p.Annulled()},
          {"outcome", p.outcome.empty() ? json(nullptr) : json(p.outcome)},
          {"outcome_on", OptDate(p.outcome_on)},
          {"original_kind", p.original_kind.empty() ? json(nullptr) : json(p.original_kind)},
          {"original_amount", p.original_kind.empty() ? json(nullptr) : json(p.original_amount)}};
}

json PenaltyOutcomeJson(const PenaltyOutcomeRecord& o) {
  return {{"id", o.id},
          {"penalty_id", o.penalty_id},
          {"channel", o.channel},
          {"result", o.result},
          {"decided_on", o.decided_on.ToString()},
          {"decision_no", o.decision_no},
          {"authority", o.authority},
          {"kind_before", ToString(o.kind_before)},
          {"amount_before", o.amount_before},
          {"kind_after", ToString(o.kind_after)},
          {"amount_after", o.amount_after},
          {"reason", o.reason},
          {"rule_id", "PENALTY-OUTCOME"},
          {"basis", BasisText("PENALTY-OUTCOME")},
          {"corrected", JsonText(o.corrected)}};
}

json RectificationJson(const RectificationRecord& r) {
  return {{"id", r.id},
          {"issued_on", r.issued_on.ToString()},
          {"deadline", r.deadline.ToString()},
          {"completed_on", OptDate(r.completed_on)},
          {"content", r.content},
          {"source", r.source}};
}

// --- §8 credit ---

json ListingJson(const ListingRecord& l, WithOrg org) {
  json j{{"id", l.id},
         {"list", ToString(l.list)},
         {"cause", ToString(l.cause)},
         {"cause_label", LabelZh(l.cause)},
         {"automatic", l.automatic},
         {"entered_on", l.entered_on.ToString()},
         {"exited_on", OptDate(l.exited_on)},
         {"exit_reason", ToString(l.exit_reason)},
         {"rule_id", l.rule_id},
         {"facts", FactsOf(l.facts)},
         {"explanation", l.explanation}};
  dto::PutBasis(j, l.rule_id, l.basis);
  if (org == WithOrg::kYes)
    j["org"] = {{"uscc", l.org.uscc}, {"name", l.org.name}, {"region_code", l.org.region_code}};
  return j;
}

json LetterJson(const LetterRecord& r) {
  return {{"id", r.id},
          {"sent_on", r.sent_on.ToString()},
          {"tracking_no", r.tracking_no},
          {"signed_for", r.signed_for},
          {"note", r.note},
          {"recorded_by", r.created_by}};
}

json CreditRequestJson(const CreditRequestRecord& r) {
  return {{"id", r.id},
          {"listing_id", r.listing_id},
          {"kind", ToString(r.kind)},
          {"submitted_on", r.submitted_on.ToString()},
          {"content", r.content},
          {"status", ToString(r.status)},
          {"decided_on", OptDate(r.decided_on)},
          {"decision_reason", r.decision_reason},
          {"findings", JsonText(r.findings)}};
}

json CreditViewJson(const CreditView& v) {
  json score = json::array();
  for (const auto& [what, delta] : v.score.items) score.push_back({{"item", what}, {"delta", delta}});
  return {
      {"status", ToString(v.status)},
      {"status_label", LabelZh(v.status)},
      {"score", v.score.score},
      {"score_items", score},
      {"listings", ArrayOf(v.listings, [](const ListingRecord& l) { return ListingJson(l, WithOrg::kNo); })},
      {"requests", ArrayOf(v.requests, CreditRequestJson)},
      {"penalties", ArrayOf(v.penalties, PenaltyJson)},
      {"rectifications", ArrayOf(v.rectifications, RectificationJson)},
      {"registered_letters", ArrayOf(v.letters, LetterJson)},
      {"penalty_outcomes", ArrayOf(v.outcomes, PenaltyOutcomeJson)}};
}

json ListingPageJson(const std::string& list, Date as_of, const Page<ListingRecord>& page, int page_no,
                     int page_size) {
  return {
      {"list", list},
      {"as_of", as_of.ToString()},
      {"total", page.total},
      {"page", page_no},
      {"page_size", page_size},
      {"items", ArrayOf(page.items, [](const ListingRecord& l) { return ListingJson(l, WithOrg::kYes); })}};
}

json PublicSummaryJson(const PublicSummary& s) {
  return {{"uscc", s.uscc},
          {"name", s.name},
          {"annual_reports_up_to_date", s.annual_reports_up_to_date},
          {"credit_status", ToString(s.credit_status)},
          {"credit_status_label", LabelZh(s.credit_status)},
          {"credit_score", s.credit_score},
          {"rating", s.rating ? json(std::to_string(*s.rating) + "A") : json(nullptr)},
          {"rating_valid_until", OptDate(s.rating_valid_until)},
          {"rating_certificate",
           s.certificate_no.empty()
               ? json(nullptr)
               : json{{"number", s.certificate_no},
                      {"grade", s.rating ? json(std::to_string(*s.rating) + "A") : json(nullptr)},
                      {"issued_on", OptDate(s.certificate_issued_on)},
                      {"valid_until", OptDate(s.rating_valid_until)}}},
          {"rating_cancelled",
           s.rating_cancelled_on
               ? json{{"on", s.rating_cancelled_on->ToString()}, {"ground", s.rating_cancel_ground}}
               : json(nullptr)}};
}

// --- §7 ratings ---

json RatingJson(const RatingRecord& r) {
  return {{"id", r.id},
          {"round_id", r.round_id},
          {"scores", JsonText(r.scores)},
          {"total_score", r.total_score},
          {"preliminary_grade", r.preliminary_grade},
          {"grade", r.grade},
          {"status", ToString(r.status)},
          {"notice_until", r.notice_until.ToString()},
          {"decided_on", OptDate(r.decided_on)},
          {"valid_until", OptDate(r.valid_until)},
          {"eligibility", JsonText(r.eligibility)},
          {"notice_from", OptDate(r.notice_from)},
          {"certificate_no", r.certificate_no.empty() ? json(nullptr) : json(r.certificate_no)},
          {"cancelled_on", OptDate(r.cancelled_on)},
          {"cancel_ground", r.cancel_ground.empty() ? json(nullptr) : json(r.cancel_ground)},
          {"cancel_reason", r.cancel_reason},
          {"reapply_from", OptDate(r.reapply_from)}};
}

json RoundRatingJson(const RatingRecord& r) {
  json j = RatingJson(r);
  j["org"] = {{"uscc", r.org.uscc}, {"name", r.org.name}, {"region_code", r.org.region_code}};
  j["pending_objections"] = r.pending_objections;
  return j;
}

json RatingNoticeJson(const RatingRecord& r) {
  return {{"rating_id", r.id},
          {"org", {{"uscc", r.org.uscc}, {"name", r.org.name}, {"region_code", r.org.region_code}}},
          {"round", {{"id", r.round_id}, {"name", r.round_name}}},
          {"grade", std::to_string(r.grade) + "A"},
          {"total_score", r.total_score},
          {"notice_from", OptDate(r.notice_from)},
          {"notice_until", r.notice_until.ToString()},
          {"pending_objections", r.pending_objections},
          {"rule_id", "RATING-NOTICE"},
          {"basis", BasisText("RATING-NOTICE")}};
}

json RatingObjectionJson(const RatingObjectionRecord& o) {
  return {{"id", o.id},
          {"rating_id", o.rating_id},
          {"submitted_on", o.submitted_on.ToString()},
          {"submitter_kind", o.submitter_kind},
          {"submitter_name", o.submitter_name},
          {"content", o.content},
          {"status", ToString(o.status)},
          {"decided_on", OptDate(o.decided_on)},
          {"decision_reason", o.decision_reason},
          {"grade_before", o.grade_before ? json(*o.grade_before) : json(nullptr)},
          {"grade_after", o.grade_after ? json(*o.grade_after) : json(nullptr)}};
}

json RatingRoundJson(const RatingRoundRecord& r) {
  return {{"id", r.id},
          {"region_code", r.region_code},
          {"year", r.year},
          {"name", r.name},
          {"opened_on", r.opened_on.ToString()}};
}

json RatingStatsJson(const RatingStats& s) {
  json by = json::object();
  for (auto [g, n] : s.by_grade) by[std::to_string(g) + "A"] = n;
  return {{"rated", s.rated},
          {"by_grade", by},
          {"three_a_plus_permille", s.three_a_plus_permille},
          {"computed_at", s.computed_at}};
}

// --- §9 inspections ---

json InspectorJson(const InspectorRecord& r) {
  return {
      {"id", r.id}, {"region_code", r.region_code}, {"name", r.name}, {"certificate_no", r.certificate_no}};
}

json PlanJson(const PlanView& v) {
  json drawn = json::array();
  for (const auto& i : v.items)
    drawn.push_back({{"item_id", i.id},
                     {"rank", i.rank},
                     {"uscc", i.uscc},
                     {"name", i.org_name},
                     {"key", i.draw_key},
                     {"inspectors", JsonText(i.inspectors)},
                     {"result", ToString(i.result)},
                     {"result_note", i.result_note},
                     {"result_on", OptDate(i.result_on)},
                     {"method", i.method.empty() ? json(nullptr) : json(i.method)},
                     {"checked", JsonText(i.checked)}});
  // Every draw of the authority and year, first first: a re-draw never hides the first (INSPECTION-ONE-DRAW).
  json draws = json::array();
  for (const auto& d : v.draws)
    draws.push_back({{"id", d.id},
                     {"seed", d.seed},
                     {"drawn_on", d.drawn_on.ToString()},
                     {"drawn_by", d.created_by},
                     {"drawn_at", d.created_at},
                     {"superseded", d.superseded_by.has_value()},
                     {"superseded_by", d.superseded_by ? json(*d.superseded_by) : json(nullptr)},
                     {"redraw", d.redraw_of.has_value()},
                     {"redraw_of", d.redraw_of ? json(*d.redraw_of) : json(nullptr)},
                     {"redraw_reason", d.redraw_reason}});
  const PlanRecord& p = v.plan;
  return {
      {"id", v.plan.id},
      {"kind", ToString(p.kind)},
      {"target", p.target},
      {"superseded", p.superseded_by.has_value()},
      {"superseded_by", p.superseded_by ? json(*p.superseded_by) : json(nullptr)},
      {"redraw", p.redraw_of.has_value()},
      {"redraw_of", p.redraw_of ? json(*p.redraw_of) : json(nullptr)},
      {"redraw_reason", p.redraw_reason},
      {"drawn_by", p.created_by},
      {"drawn_at", p.created_at},
      {"draws", draws},
      {"region_code", v.plan.region_code},
      {"year", v.plan.year},
      {"permille", v.plan.permille},
      {"inspectors_per_org", v.plan.inspectors_per_org},
      {"seed", v.plan.seed},
      {"algorithm", v.plan.algorithm},
      {"algorithm_description",
       "key = hex SHA-256(seed \":\" uscc); organizations ranked by key, the first ceil(N*permille/1000) "
       "drawn; "
       "inspectors ranked by hex SHA-256(seed \":\" uscc \":\" inspector_id), the first without a conflict "
       "assigned"},
      {"population_digest", v.plan.population_digest},
      {"population_size", v.plan.population_size},
      {"population", v.population},
      {"roster", JsonText(v.plan.roster)},
      {"conflicts", JsonText(v.plan.conflicts)},
      {"drawn_on", v.plan.drawn_on.ToString()},
      {"ratio_check", dto::SerializeFinding(v.ratio)},
      {"drawn", drawn}};
}

json PlanSummaryJson(const PlanSummary& s) {
  return {{"id", s.id},
          {"region_code", s.region_code},
          {"year", s.year},
          {"permille", s.permille},
          {"inspectors_per_org", s.inspectors_per_org},
          {"seed", s.seed},
          {"algorithm", s.algorithm},
          {"population_size", s.population_size},
          {"drawn_count", s.drawn_count},
          {"drawn_on", s.drawn_on.ToString()},
          {"results_recorded", s.results_recorded},
          {"kind", ToString(s.kind)},
          {"superseded_by", s.superseded_by ? json(*s.superseded_by) : json(nullptr)},
          {"redraw", s.redraw_of.has_value()}};
}

// --- §11 flags, automated decisions ---

json FlagJson(const FlagRecord& f) {
  json j{
      {"id", f.id},
      {"kind", ToString(f.kind)},
      {"since", f.since.ToString()},
      {"active", f.active},
      {"first_seen_on", f.first_seen_on.ToString()},
      {"cleared_on", OptDate(f.cleared_on)},
      {"rule_id", f.rule_id},
      {"facts", FactsOf(f.facts)},
      {"explanation", f.explanation},
      {"handling", ToString(f.handling)},
      {"handling_outcome", ToString(f.outcome)},
      {"org",
       {{"id", f.org_id}, {"uscc", f.org.uscc}, {"name", f.org.name}, {"region_code", f.org.region_code}}}};
  dto::PutBasis(j, f.rule_id, f.basis);
  return j;
}

json FlagOutcomeJson(const FlagOutcomeCount& c) {
  return {{"kind", ToString(c.kind)},
          {"handling", ToString(c.handling)},
          {"outcome", ToString(c.outcome)},
          {"count", c.count}};
}

json AutomatedDecisionsJson(const AutomatedDecisions& d) {
  json changes = json::array();
  for (const auto& x : d.rating_changes) {
    json c{{"rating_id", x.rating_id},
           {"kind", ToString(x.kind)},
           {"changed_on", x.changed_on.ToString()},
           {"from_grade", x.from_grade},
           {"to_grade", x.to_grade},
           {"rule_id", x.rule_id},
           {"facts", FactsOf(x.facts)},
           {"explanation", x.explanation}};
    dto::PutBasis(c, x.rule_id, x.basis);
    changes.push_back(std::move(c));
  }
  return {{"flags", ArrayOf(d.flags, FlagJson)},
          {"rating_changes", changes},
          {"ratings", ArrayOf(d.ratings, RatingJson)}};
}

// --- §12 complaints, cases ---

json ComplaintJson(const ComplaintRecord& x) {
  return {{"id", x.id},
          {"received_on", x.received_on.ToString()},
          {"target_name", x.target_name},
          {"target_address", x.target_address},
          {"act_region", x.act_region},
          {"content", x.content},
          {"reporter_name", x.reporter_name},
          {"status", ToString(x.status)},
          {"case_id", OptValue(x.case_id)}};
}

json CaseJson(const CaseRecord& c, CaseAudience a) {
  json j{{"id", c.id},
         {"target_name", c.target_name},
         {"target_class", ToString(c.target_class)},
         {"target_class_label", LabelZh(c.target_class)},
         {"status", ToString(c.status)},
         {"status_label", LabelZh(c.status)},
         {"handling_region", c.handling_region},
         {"opened_on", c.opened_on.ToString()},
         {"decision_no", c.decision_no},
         {"decided_on", OptDate(c.decided_on)}};
  if (a == CaseAudience::kOfficer) {
    j["act_regions"] = JsonText(c.act_regions);
    j["complaint_id"] = OptValue(c.complaint_id);
    j["suspected_public"] = c.suspected_public;
    j["referral_to"] = c.referral_to;
    j["findings"] = JsonText(c.findings);
  }
  return j;
}

json CaseWithStepsJson(const CaseRecord& c, const std::vector<CaseStepRecord>& steps) {
  json j = CaseJson(c, CaseAudience::kOfficer);
  j["steps"] = ArrayOf(steps, [](const CaseStepRecord& s) {
    return json{{"step", ToString(s.step)},
                {"on", s.on.ToString()},
                {"officers", JsonText(s.officers)},
                {"content", s.content},
                {"actor", s.actor}};
  });
  return j;
}

// --- dashboard, jobs ---

json OverviewJson(const std::string& from, const std::string& to, const OverviewCounts& c) {
  json penalties = {{"total", 0}, {"fines_yuan", c.fines_yuan}, {"by_kind", json::object()}};
  std::int64_t total = 0;
  for (const auto& [kind, n] : c.penalties_by_kind)
    penalties["by_kind"][std::string(ToString(kind))] = n, total += n;
  penalties["total"] = total;
  json credit = {{"anomaly", c.anomaly_listed}, {"serious", c.serious_listed}};
  json inspections = {{"plans", c.plans}, {"drawn", c.drawn}, {"by_result", json::object()}};
  for (const auto& [result, n] : c.inspections_by_result)
    inspections["by_result"]
               [result == InspectionResult::kPending ? "pending" : std::string(ToString(result))] = n;
  json cases = {{"total", 0}, {"by_status", json::object()}};
  total = 0;
  for (const auto& [status, n] : c.cases_by_status)
    cases["by_status"][std::string(ToString(status))] = n, total += n;
  cases["total"] = total;
  return {{"from", from},
          {"to", to},
          {"penalties", penalties},
          {"credit", credit},
          {"inspections", inspections},
          {"illegal_cases", cases}};
}

json JobsResultJson(const JobsResult& r) {
  json out = json::array();
  for (const auto& j : r.jobs)
    out.push_back({{"job", j.job},
                   {"evaluated", j.evaluated},
                   {"inserted", j.inserted},
                   {"updated", j.updated},
                   {"compute_ms", j.compute_ms},
                   {"write_ms", j.write_ms}});
  return {{"load_ms", r.load_ms}, {"jobs", out}};
}

json JobRunJson(const JobRunRecord& r) {
  return {{"id", r.id},
          {"job", ToString(r.job)},
          {"as_of", r.as_of.ToString()},
          {"started_at", r.started_at},
          {"evaluated", r.evaluated},
          {"inserted", r.inserted},
          {"updated", r.updated},
          {"actor", r.actor},
          {"summary", JsonText(r.summary)}};
}

json FindingsJson(const std::vector<Finding>& fs) { return ArrayOf(fs, dto::SerializeFinding); }

json SimulationJson(const SimulationResult& r) {
  json changes = json::array();
  for (const auto& c : r.changes) changes.push_back({{"key", c.key}, {"from", c.from}, {"to", c.to}});
  return {{"date", r.as_of.ToString()},
          {"region", r.region},
          {"changes", changes},
          {"evaluated", r.evaluated},
          {"load_ms", r.load_ms},
          {"compute_ms", r.compute_ms},
          {"written", false},
          {"rules", ArrayOf(r.rules, [](const RuleDifference& d) {
             return json{{"rule", d.rule_id},
                         {"title", d.title_zh},
                         {"title_en", d.title_en},
                         {"before", d.before},
                         {"after", d.after},
                         {"enter", d.enter},
                         {"leave", d.leave},
                         {"regions", ArrayOf(d.regions, [](const supervision::RuleRegionCount& c) {
                            return json{{"region_code", c.region_code}, {"region_name", c.region_name},
                                        {"enter", c.enter}, {"leave", c.leave}};
                          })},
                         {"examples", ArrayOf(d.examples, [](const SimulatedOrg& o) {
                            return json{{"change", o.enters ? "enter" : "leave"}, {"uscc", o.uscc},
                                        {"name", o.name}, {"region_code", o.region_code}};
                          })}};
           })}};
}

}  // namespace socorg::supervision_http
