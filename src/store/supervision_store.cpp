#include "store/supervision_store.h"

namespace socorg::supervision_store {
namespace {

// --- snapshot (batch jobs) ---
constexpr char kSnapshotOrgs[] =
    "SELECT id, type, status, registered_on, ended_on, term_end, postponed_until FROM orgs "
    "WHERE id > $1 AND status IN ('active', 'deregistered', 'revoked') ORDER BY id LIMIT $2";
constexpr char kSnapshotReports[] =
    "SELECT org_id, year, filed_on, conclusion, concluded_on, had_activity FROM annual_reports "
    "WHERE org_id BETWEEN $1 AND $2 ORDER BY org_id, year";
constexpr char kSnapshotPenalties[] =
    "SELECT org_id, id, decided_on, kind, amount FROM penalties WHERE org_id BETWEEN $1 AND $2 "
    "ORDER BY org_id, decided_on, id";
constexpr char kSnapshotRectifications[] =
    "SELECT org_id, id, issued_on, deadline, completed_on FROM rectification_orders WHERE org_id BETWEEN $1 AND $2 "
    "ORDER BY org_id, deadline, id";
constexpr char kSnapshotListings[] =
    "SELECT org_id, id, cause, source_id, entered_on, exited_on, exit_reason FROM credit_listings "
    "WHERE org_id BETWEEN $1 AND $2 ORDER BY org_id, entered_on, id";
constexpr char kSnapshotRatings[] =
    "SELECT org_id, id, grade, decided_on, valid_until, status FROM ratings "
    "WHERE org_id BETWEEN $1 AND $2 AND status IN ('decided', 'expired', 'cancelled') ORDER BY org_id, id";
constexpr char kSnapshotRatingChanges[] =
    "SELECT org_id, rating_id, kind, trigger_id FROM rating_changes WHERE org_id BETWEEN $1 AND $2 "
    "ORDER BY org_id, rating_id";
constexpr char kSnapshotFlags[] =
    "SELECT org_id, id, kind, since FROM supervision_flags WHERE org_id BETWEEN $1 AND $2 AND active = 1 "
    "ORDER BY org_id, id";

// --- listings ---
constexpr char kListingColumns[] =
    "l.id, l.org_id, l.list, l.cause, l.source_id, l.automatic, l.entered_on, l.exited_on, l.exit_reason, l.rule_id, "
    "l.basis, l.facts, l.explanation, l.created_by, l.created_at, l.updated_at, o.name, COALESCE(o.uscc, ''), "
    "o.region_code";
constexpr char kInsertListing[] =
    "INSERT INTO credit_listings (org_id, list, cause, source_id, automatic, entered_on, exited_on, exit_reason, "
    "rule_id, basis, facts, explanation, created_by, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
constexpr char kUpdateListingExit[] =
    "UPDATE credit_listings SET exited_on = $1, exit_reason = $2, facts = $3, explanation = $4, updated_at = $5 "
    "WHERE id = $6";
constexpr char kPublicListingsWhere[] =
    " FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.list = $1 AND l.entered_on <= $2 "
    "AND (l.exited_on IS NULL OR l.exited_on > $2) AND o.region_code >= $3 AND o.region_code < $4";

// --- credit requests ---
constexpr char kRequestColumns[] =
    "id, org_id, listing_id, kind, submitted_on, content, status, decided_on, decision_reason, decided_by, findings, "
    "created_by, created_at";
constexpr char kInsertRequest[] =
    "INSERT INTO credit_requests (org_id, listing_id, kind, submitted_on, content, status, findings, created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8) RETURNING id";
constexpr char kDecideRequest[] =
    "UPDATE credit_requests SET status = $1, decided_on = $2, decision_reason = $3, decided_by = $4, findings = $5 "
    "WHERE id = $6 AND status = 'pending'";

// --- annual reports ---
constexpr char kReportColumns[] =
    "id, org_id, year, filed_on, supervisory_opinion, supervisory_on, conclusion, concluded_on, conclusion_reasons, "
    "had_activity, total_income, total_expenditure, net_assets, content, created_at, updated_at";
constexpr char kInsertReport[] =
    "INSERT INTO annual_reports (org_id, year, filed_on, had_activity, total_income, total_expenditure, net_assets, "
    "content, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) "
    "ON CONFLICT (org_id, year) DO UPDATE SET filed_on = excluded.filed_on, had_activity = excluded.had_activity, "
    "total_income = excluded.total_income, total_expenditure = excluded.total_expenditure, "
    "net_assets = excluded.net_assets, content = excluded.content, updated_at = excluded.updated_at "
    "WHERE annual_reports.conclusion = 'none' RETURNING id";
constexpr char kSetOpinion[] =
    "UPDATE annual_reports SET supervisory_opinion = $1, supervisory_on = $2, updated_at = $3 "
    "WHERE org_id = $4 AND year = $5";
constexpr char kSetConclusion[] =
    "UPDATE annual_reports SET conclusion = $1, conclusion_reasons = $2, concluded_on = $3, updated_at = $4 "
    "WHERE org_id = $5 AND year = $6 AND filed_on IS NOT NULL";

// --- penalties, rectification ---
constexpr char kInsertPenalty[] =
    "INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, reason, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
constexpr char kPenaltiesOf[] =
    "SELECT id, org_id, amount, decision_no, kind, decided_on, basis, reason, created_by, created_at FROM penalties "
    "WHERE org_id = $1 ORDER BY decided_on, id";
constexpr char kInsertRect[] =
    "INSERT INTO rectification_orders (org_id, issued_on, deadline, content, source, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
constexpr char kRectColumns[] =
    "id, org_id, issued_on, deadline, completed_on, content, source, created_by, created_at";

// --- ratings ---
constexpr char kRatingColumns[] =
    "id, org_id, round_id, scores, total_score, preliminary_grade, grade, status, notice_until, decided_on, "
    "valid_until, eligibility, created_by, created_at, updated_at";
constexpr char kInsertRating[] =
    "INSERT INTO ratings (org_id, round_id, scores, total_score, preliminary_grade, grade, status, notice_until, "
    "eligibility, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) "
    "RETURNING id";
constexpr char kInsertRatingChange[] =
    "INSERT INTO rating_changes (rating_id, org_id, kind, trigger_id, changed_on, from_grade, to_grade, rule_id, "
    "basis, facts, explanation, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
constexpr char kGradeDistribution[] =
    "SELECT r.grade, count(*) FROM ratings r JOIN orgs o ON o.id = r.org_id WHERE r.status = 'decided' "
    "AND o.region_code >= $1 AND o.region_code < $2 GROUP BY r.grade ORDER BY r.grade";

// --- inspections ---
constexpr char kPopulation[] =
    "SELECT id, uscc FROM orgs WHERE region_code = $1 AND status = 'active' AND uscc IS NOT NULL "
    "AND type <> 'community' ORDER BY uscc";
constexpr char kConflictsIn[] =
    "SELECT i.id, o.uscc FROM inspector_conflicts x JOIN inspectors i ON i.id = x.inspector_id "
    "JOIN orgs o ON o.id = x.org_id WHERE i.region_code = $1 AND o.uscc IS NOT NULL";
constexpr char kInsertPlan[] =
    "INSERT INTO inspection_plans (region_code, year, permille, inspectors_per_org, seed, algorithm, "
    "population_digest, population_size, drawn_count, roster, conflicts, drawn_on, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id";
constexpr char kPlanColumns[] =
    "id, region_code, year, permille, inspectors_per_org, seed, algorithm, population_digest, population_size, "
    "drawn_count, roster, conflicts, drawn_on, created_by, created_at";
constexpr char kItemColumns[] =
    "i.id, i.plan_id, i.org_id, i.uscc, i.rank, i.draw_key, i.inspectors, i.result, i.result_note, i.result_on, "
    "i.rectification_id, o.name";

// --- flags ---
constexpr char kFlagColumns[] =
    "f.id, f.org_id, f.kind, f.since, f.active, f.first_seen_on, f.cleared_on, f.handled_on, f.rule_id, f.basis, "
    "f.facts, f.explanation, f.handling, f.handling_outcome, f.created_at, f.updated_at, o.name, "
    "COALESCE(o.uscc, ''), o.region_code";
constexpr char kInsertFlag[] =
    "INSERT INTO supervision_flags (org_id, kind, since, active, first_seen_on, rule_id, basis, facts, explanation, "
    "created_at, updated_at) VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $9) RETURNING id";

// --- complaints, cases ---
constexpr char kComplaintColumns[] =
    "id, received_on, target_name, target_address, act_region, content, reporter_name, reporter_contact, status, "
    "case_id, created_at";
constexpr char kCaseColumns[] =
    "id, target_name, target_class, act_regions, handling_region, status, opened_on, complaint_id, org_id, "
    "suspected_public, decision_no, decided_on, referral_to, findings, created_by, created_at, updated_at";

// --- statistics ---
constexpr char kReportCompletion[] =
    "SELECT o.region_code, count(*), count(r.filed_on), "
    "sum(CASE WHEN r.filed_on IS NOT NULL AND r.filed_on <= $4 THEN 1 ELSE 0 END) "
    "FROM orgs o LEFT JOIN annual_reports r ON r.org_id = o.id AND r.year = $3 "
    "WHERE o.region_code >= $1 AND o.region_code < $2 AND o.type <> 'community' AND o.registered_on <= $5 "
    "AND (o.status = 'active' OR (o.ended_on IS NOT NULL AND o.ended_on > $4)) "
    "GROUP BY o.region_code ORDER BY o.region_code";
constexpr char kNonFilers[] =
    "SELECT o.id, COALESCE(o.uscc, ''), o.name, o.type, o.level, o.status, o.region_code, "
    "COALESCE(o.registered_on, ''), o.legal_rep FROM orgs o "
    "LEFT JOIN annual_reports r ON r.org_id = o.id AND r.year = $3 "
    "WHERE o.region_code >= $1 AND o.region_code < $2 AND o.status = 'active' AND o.type <> 'community' "
    "AND o.registered_on <= $4 AND (r.id IS NULL OR r.filed_on IS NULL) ORDER BY o.id LIMIT $5 OFFSET $6";

std::string PrefixEnd(std::string p) {
  if (p.empty()) return "~";
  p.back() = static_cast<char>(p.back() + 1);
  return p;
}

Value Opt(const std::optional<std::string>& s) { return s ? Value(*s) : Null(); }
Value OptInt(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Null(); }
std::optional<std::int64_t> OptIntOf(const Row& w, size_t i) {
  return w.IsNull(i) ? std::nullopt : std::optional<std::int64_t>(w.Int(i));
}

ListingRow ListingFrom(const Row& w) {
  ListingRow r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.list = w.Text(2), r.cause = w.Text(3), r.source_id = w.Int(4);
  r.automatic = w.Int(5) != 0, r.entered_on = w.Text(6), r.exited_on = w.OptText(7), r.exit_reason = w.Text(8);
  r.rule_id = w.Text(9), r.basis = w.Text(10), r.facts = w.Text(11), r.explanation = w.Text(12);
  r.created_by = w.Text(13), r.created_at = w.Text(14), r.updated_at = w.Text(15);
  r.org_name = w.Text(16), r.uscc = w.Text(17), r.region_code = w.Text(18);
  return r;
}

CreditRequestRow RequestFrom(const Row& w) {
  return {w.Int(0), w.Int(1), w.Int(2), w.Text(3), w.Text(4), w.Text(5), w.Text(6), w.OptText(7),
          w.Text(8), w.Text(9), w.Text(10), w.Text(11), w.Text(12)};
}

ReportRow ReportFrom(const Row& w) {
  ReportRow r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.year = static_cast<int>(w.Int(2)), r.filed_on = w.OptText(3);
  r.supervisory_opinion = w.Text(4), r.supervisory_on = w.OptText(5), r.conclusion = w.Text(6);
  r.concluded_on = w.OptText(7), r.conclusion_reasons = w.Text(8), r.had_activity = w.Int(9) != 0;
  r.total_income = w.Int(10), r.total_expenditure = w.Int(11), r.net_assets = w.Int(12), r.content = w.Text(13);
  r.created_at = w.Text(14), r.updated_at = w.Text(15);
  return r;
}

RectificationRow RectFrom(const Row& w) {
  return {w.Int(0), w.Int(1), w.Text(2), w.Text(3), w.OptText(4), w.Text(5), w.Text(6), w.Text(7), w.Text(8)};
}

RatingRow RatingFrom(const Row& w) {
  RatingRow r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.round_id = w.Int(2), r.scores = w.Text(3);
  r.total_score = static_cast<int>(w.Int(4)), r.preliminary_grade = static_cast<int>(w.Int(5));
  r.grade = static_cast<int>(w.Int(6)), r.status = w.Text(7), r.notice_until = w.Text(8);
  r.decided_on = w.OptText(9), r.valid_until = w.OptText(10), r.eligibility = w.Text(11);
  r.created_by = w.Text(12), r.created_at = w.Text(13), r.updated_at = w.Text(14);
  return r;
}

PlanRow PlanFrom(const Row& w) {
  PlanRow r;
  r.id = w.Int(0), r.region_code = w.Text(1), r.year = static_cast<int>(w.Int(2));
  r.permille = static_cast<int>(w.Int(3)), r.inspectors_per_org = static_cast<int>(w.Int(4));
  r.seed = w.Text(5), r.algorithm = w.Text(6), r.population_digest = w.Text(7), r.population_size = w.Int(8);
  r.drawn_count = w.Int(9), r.roster = w.Text(10), r.conflicts = w.Text(11), r.drawn_on = w.Text(12);
  r.created_by = w.Text(13), r.created_at = w.Text(14);
  return r;
}

ItemRow ItemFrom(const Row& w) {
  ItemRow r;
  r.id = w.Int(0), r.plan_id = w.Int(1), r.org_id = w.Int(2), r.uscc = w.Text(3), r.rank = static_cast<int>(w.Int(4));
  r.draw_key = w.Text(5), r.inspectors = w.Text(6), r.result = w.Text(7), r.result_note = w.Text(8);
  r.result_on = w.OptText(9), r.rectification_id = OptIntOf(w, 10), r.org_name = w.Text(11);
  return r;
}

FlagRow FlagFrom(const Row& w) {
  FlagRow r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.kind = w.Text(2), r.since = w.Text(3), r.active = w.Int(4) != 0;
  r.first_seen_on = w.Text(5), r.cleared_on = w.OptText(6), r.handled_on = w.OptText(7), r.rule_id = w.Text(8);
  r.basis = w.Text(9), r.facts = w.Text(10), r.explanation = w.Text(11), r.handling = w.Text(12);
  r.handling_outcome = w.Text(13), r.created_at = w.Text(14), r.updated_at = w.Text(15), r.org_name = w.Text(16);
  r.uscc = w.Text(17), r.region_code = w.Text(18);
  return r;
}

ComplaintRow ComplaintFrom(const Row& w) {
  return {w.Int(0), w.Text(1), w.Text(2), w.Text(3), w.Text(4), w.Text(5), w.Text(6), w.Text(7), w.Text(8),
          OptIntOf(w, 9), w.Text(10)};
}

CaseRow CaseFrom(const Row& w) {
  CaseRow r;
  r.id = w.Int(0), r.target_name = w.Text(1), r.target_class = w.Text(2), r.act_regions = w.Text(3);
  r.handling_region = w.Text(4), r.status = w.Text(5), r.opened_on = w.Text(6), r.complaint_id = OptIntOf(w, 7);
  r.org_id = OptIntOf(w, 8), r.suspected_public = w.Int(9) != 0, r.decision_no = w.Text(10);
  r.decided_on = w.OptText(11), r.referral_to = w.Text(12), r.findings = w.Text(13), r.created_by = w.Text(14);
  r.created_at = w.Text(15), r.updated_at = w.Text(16);
  return r;
}

template <typename T, typename F>
Result<std::vector<T>> Map(Result<Rows> rows, F f) {
  if (!rows) return std::unexpected(rows.error());
  std::vector<T> out;
  out.reserve(rows->size());
  for (const Row& w : *rows) out.push_back(f(w));
  return out;
}

template <typename T, typename F>
Result<std::optional<T>> One(Result<Rows> rows, F f) {
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<T>{};
  return std::optional<T>(f(rows->front()));
}

Result<std::int64_t> InsertReturningId(Connection& c, std::string_view sql, const Params& p) {
  SOCORG_TRY(Rows rows, c.Query(sql, p));
  if (rows.empty())
    return Fail(ErrorKind::kConflict, "not_inserted", "记录已存在或不可修改", "the row exists or can no longer change");
  return rows[0].Int(0);
}

}  // namespace

Result<Rows> SnapshotOrgs(Connection& c, std::int64_t after_id, int limit) {
  return c.Query(kSnapshotOrgs, {after_id, static_cast<std::int64_t>(limit)});
}
Result<Rows> SnapshotReports(Connection& c, std::int64_t lo, std::int64_t hi) { return c.Query(kSnapshotReports, {lo, hi}); }
Result<Rows> SnapshotPenalties(Connection& c, std::int64_t lo, std::int64_t hi) {
  return c.Query(kSnapshotPenalties, {lo, hi});
}
Result<Rows> SnapshotRectifications(Connection& c, std::int64_t lo, std::int64_t hi) {
  return c.Query(kSnapshotRectifications, {lo, hi});
}
Result<Rows> SnapshotListings(Connection& c, std::int64_t lo, std::int64_t hi) {
  return c.Query(kSnapshotListings, {lo, hi});
}
Result<Rows> SnapshotRatings(Connection& c, std::int64_t lo, std::int64_t hi) { return c.Query(kSnapshotRatings, {lo, hi}); }
Result<Rows> SnapshotRatingChanges(Connection& c, std::int64_t lo, std::int64_t hi) {
  return c.Query(kSnapshotRatingChanges, {lo, hi});
}
Result<Rows> SnapshotFlags(Connection& c, std::int64_t lo, std::int64_t hi) { return c.Query(kSnapshotFlags, {lo, hi}); }

Result<std::int64_t> InsertListing(Connection& c, const ListingRow& r) {
  return InsertReturningId(c, kInsertListing,
                           {r.org_id, r.list, r.cause, r.source_id, static_cast<std::int64_t>(r.automatic), r.entered_on,
                            Opt(r.exited_on), r.exit_reason, r.rule_id, r.basis, r.facts, r.explanation, r.created_by,
                            r.created_at, r.updated_at});
}

Status UpdateListingExit(Connection& c, std::int64_t id, const std::optional<std::string>& exited_on,
                         const std::string& exit_reason, const std::string& facts, const std::string& explanation,
                         const std::string& updated_at) {
  SOCORG_TRY_VOID(c.Exec(kUpdateListingExit, {Opt(exited_on), exit_reason, facts, explanation, updated_at, id}));
  return {};
}

Result<std::vector<ListingRow>> ListingsOf(Connection& c, std::int64_t org_id) {
  return Map<ListingRow>(c.Query(std::string("SELECT ") + kListingColumns +
                                     " FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.org_id = $1 "
                                     "ORDER BY l.entered_on, l.id",
                                 {org_id}),
                         ListingFrom);
}

Result<std::optional<ListingRow>> GetListing(Connection& c, std::int64_t id) {
  return One<ListingRow>(c.Query(std::string("SELECT ") + kListingColumns +
                                     " FROM credit_listings l JOIN orgs o ON o.id = l.org_id WHERE l.id = $1",
                                 {id}),
                         ListingFrom);
}

Result<ListingPage> PublicListings(Connection& c, const std::string& list, const std::string& on,
                                   const std::string& region_prefix, int limit, int offset) {
  Params p{list, on, region_prefix, PrefixEnd(region_prefix)};
  ListingPage page;
  SOCORG_TRY(Rows n, c.Query(std::string("SELECT count(*)") + kPublicListingsWhere, p));
  page.total = n.at(0).Int(0);
  p.push_back(static_cast<std::int64_t>(limit));
  p.push_back(static_cast<std::int64_t>(offset));
  SOCORG_TRY(page.items, Map<ListingRow>(c.Query(std::string("SELECT ") + kListingColumns + kPublicListingsWhere +
                                                     " ORDER BY l.entered_on DESC, l.id DESC LIMIT $5 OFFSET $6",
                                                 p),
                                         ListingFrom));
  return page;
}

Result<std::int64_t> InsertCreditRequest(Connection& c, const CreditRequestRow& r) {
  return InsertReturningId(c, kInsertRequest,
                           {r.org_id, r.listing_id, r.kind, r.submitted_on, r.content, r.findings, r.created_by,
                            r.created_at});
}
Result<std::optional<CreditRequestRow>> GetCreditRequest(Connection& c, std::int64_t id) {
  return One<CreditRequestRow>(
      c.Query(std::string("SELECT ") + kRequestColumns + " FROM credit_requests WHERE id = $1", {id}), RequestFrom);
}
Status DecideCreditRequest(Connection& c, std::int64_t id, const std::string& status, const std::string& decided_on,
                           const std::string& reason, const std::string& by, const std::string& findings) {
  SOCORG_TRY(std::int64_t n, c.Exec(kDecideRequest, {status, decided_on, reason, by, findings, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "already_decided", "该申请已处理", "the request was already decided", "id");
  return {};
}
Result<std::vector<CreditRequestRow>> CreditRequestsOf(Connection& c, std::int64_t org_id) {
  return Map<CreditRequestRow>(
      c.Query(std::string("SELECT ") + kRequestColumns + " FROM credit_requests WHERE org_id = $1 ORDER BY id", {org_id}),
      RequestFrom);
}

Result<std::int64_t> UpsertReportFiling(Connection& c, const ReportRow& r) {
  return InsertReturningId(c, kInsertReport,
                           {r.org_id, static_cast<std::int64_t>(r.year), Opt(r.filed_on),
                            static_cast<std::int64_t>(r.had_activity), r.total_income, r.total_expenditure,
                            r.net_assets, r.content, r.created_at});
}
Status SetSupervisoryOpinion(Connection& c, std::int64_t org_id, int year, const std::string& opinion,
                             const std::string& on, const std::string& now) {
  SOCORG_TRY(std::int64_t n, c.Exec(kSetOpinion, {opinion, on, now, org_id, static_cast<std::int64_t>(year)}));
  if (n != 1) return Fail(ErrorKind::kNotFound, "report_not_found", "未找到该年度报告", "no such annual report", "year");
  return {};
}
Status SetConclusion(Connection& c, std::int64_t org_id, int year, const std::string& conclusion,
                     const std::string& reasons, const std::string& on, const std::string& now) {
  SOCORG_TRY(std::int64_t n,
             c.Exec(kSetConclusion, {conclusion, reasons, on, now, org_id, static_cast<std::int64_t>(year)}));
  if (n != 1)
    return Fail(ErrorKind::kRuleViolation, "report_not_filed", "该年度报告尚未报送，不能作出年检结论",
                "the report has not been filed", "year");
  return {};
}
Result<std::vector<ReportRow>> ReportsOf(Connection& c, std::int64_t org_id) {
  return Map<ReportRow>(
      c.Query(std::string("SELECT ") + kReportColumns + " FROM annual_reports WHERE org_id = $1 ORDER BY year", {org_id}),
      ReportFrom);
}
Result<std::optional<ReportRow>> GetReport(Connection& c, std::int64_t org_id, int year) {
  return One<ReportRow>(c.Query(std::string("SELECT ") + kReportColumns +
                                    " FROM annual_reports WHERE org_id = $1 AND year = $2",
                                {org_id, static_cast<std::int64_t>(year)}),
                        ReportFrom);
}

Result<std::int64_t> InsertPenalty(Connection& c, const PenaltyRow& r) {
  return InsertReturningId(c, kInsertPenalty,
                           {r.org_id, r.decision_no, r.kind, r.decided_on, r.amount, r.basis, r.reason, r.created_by,
                            r.created_at});
}
Result<std::vector<PenaltyRow>> PenaltiesOf(Connection& c, std::int64_t org_id) {
  return Map<PenaltyRow>(c.Query(kPenaltiesOf, {org_id}), [](const Row& w) {
    return PenaltyRow{w.Int(0), w.Int(1), w.Int(2), w.Text(3), w.Text(4), w.Text(5), w.Text(6), w.Text(7),
                      w.Text(8), w.Text(9)};
  });
}
Result<std::int64_t> InsertRectification(Connection& c, const RectificationRow& r) {
  return InsertReturningId(c, kInsertRect,
                           {r.org_id, r.issued_on, r.deadline, r.content, r.source, r.created_by, r.created_at});
}
Result<std::optional<RectificationRow>> GetRectification(Connection& c, std::int64_t id) {
  return One<RectificationRow>(
      c.Query(std::string("SELECT ") + kRectColumns + " FROM rectification_orders WHERE id = $1", {id}), RectFrom);
}
Status CompleteRectification(Connection& c, std::int64_t id, const std::string& on) {
  SOCORG_TRY(std::int64_t n, c.Exec("UPDATE rectification_orders SET completed_on = $1 WHERE id = $2 AND "
                                    "completed_on IS NULL",
                                    {on, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "already_completed", "该整改已完成", "the order is already completed", "id");
  return {};
}
Result<std::vector<RectificationRow>> RectificationsOf(Connection& c, std::int64_t org_id) {
  return Map<RectificationRow>(
      c.Query(std::string("SELECT ") + kRectColumns + " FROM rectification_orders WHERE org_id = $1 ORDER BY deadline, id",
              {org_id}),
      RectFrom);
}

Result<std::int64_t> InsertRound(Connection& c, const std::string& region, int year, const std::string& name,
                                 const std::string& opened_on, const std::string& by, const std::string& now) {
  return InsertReturningId(c,
                           "INSERT INTO rating_rounds (region_code, year, name, opened_on, created_by, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                           {region, static_cast<std::int64_t>(year), name, opened_on, by, now});
}
Result<std::optional<std::pair<std::string, int>>> GetRound(Connection& c, std::int64_t id) {
  return One<std::pair<std::string, int>>(
      c.Query("SELECT region_code, year FROM rating_rounds WHERE id = $1", {id}),
      [](const Row& w) { return std::make_pair(w.Text(0), static_cast<int>(w.Int(1))); });
}
Result<std::int64_t> InsertRating(Connection& c, const RatingRow& r) {
  return InsertReturningId(c, kInsertRating,
                           {r.org_id, r.round_id, r.scores, static_cast<std::int64_t>(r.total_score),
                            static_cast<std::int64_t>(r.preliminary_grade), static_cast<std::int64_t>(r.grade), r.status,
                            r.notice_until, r.eligibility, r.created_by, r.created_at});
}
Result<std::optional<RatingRow>> GetRating(Connection& c, std::int64_t id) {
  return One<RatingRow>(c.Query(std::string("SELECT ") + kRatingColumns + " FROM ratings WHERE id = $1", {id}),
                        RatingFrom);
}
Status DecideRating(Connection& c, std::int64_t id, const std::string& decided_on, const std::string& valid_until,
                    const std::string& now) {
  SOCORG_TRY(std::int64_t n, c.Exec("UPDATE ratings SET status = 'decided', decided_on = $1, valid_until = $2, "
                                    "updated_at = $3 WHERE id = $4 AND status = 'notice'",
                                    {decided_on, valid_until, now, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "not_in_notice", "该评估结果不在公示阶段", "the rating is not in its notice period",
                "id");
  return {};
}
Status SetRatingGrade(Connection& c, std::int64_t id, int grade, const std::string& status, const std::string& now) {
  SOCORG_TRY_VOID(c.Exec("UPDATE ratings SET grade = $1, status = $2, updated_at = $3 WHERE id = $4",
                         {static_cast<std::int64_t>(grade), status, now, id}));
  return {};
}
Result<std::vector<RatingRow>> RatingsOf(Connection& c, std::int64_t org_id) {
  return Map<RatingRow>(
      c.Query(std::string("SELECT ") + kRatingColumns + " FROM ratings WHERE org_id = $1 ORDER BY id", {org_id}),
      RatingFrom);
}
Status InsertRatingChange(Connection& c, const RatingChangeRow& r) {
  SOCORG_TRY_VOID(c.Exec(kInsertRatingChange,
                         {r.rating_id, r.org_id, r.kind, r.trigger_id, r.changed_on,
                          static_cast<std::int64_t>(r.from_grade), static_cast<std::int64_t>(r.to_grade), r.rule_id,
                          r.basis, r.facts, r.explanation, r.created_at}));
  return {};
}
Result<std::vector<RatingChangeRow>> RatingChangesOf(Connection& c, std::int64_t org_id) {
  return Map<RatingChangeRow>(
      c.Query("SELECT rating_id, org_id, trigger_id, kind, changed_on, from_grade, to_grade, rule_id, basis, facts, "
              "explanation, created_at FROM rating_changes WHERE org_id = $1 ORDER BY id",
              {org_id}),
      [](const Row& w) {
        return RatingChangeRow{w.Int(0), w.Int(1), w.Int(2), w.Text(3), w.Text(4), static_cast<int>(w.Int(5)),
                               static_cast<int>(w.Int(6)), w.Text(7), w.Text(8), w.Text(9), w.Text(10), w.Text(11)};
      });
}
Result<std::vector<std::pair<int, std::int64_t>>> GradeDistribution(Connection& c, const std::string& prefix) {
  return Map<std::pair<int, std::int64_t>>(c.Query(kGradeDistribution, {prefix, PrefixEnd(prefix)}), [](const Row& w) {
    return std::make_pair(static_cast<int>(w.Int(0)), w.Int(1));
  });
}

Result<std::int64_t> InsertInspector(Connection& c, const std::string& region, const std::string& name,
                                     const std::string& cert, const std::string& now) {
  return InsertReturningId(c,
                           "INSERT INTO inspectors (region_code, name, certificate_no, active, created_at) "
                           "VALUES ($1, $2, $3, 1, $4) RETURNING id",
                           {region, name, cert, now});
}
Result<std::vector<InspectorRow>> InspectorsIn(Connection& c, const std::string& region) {
  return Map<InspectorRow>(
      c.Query("SELECT id, region_code, name, certificate_no FROM inspectors WHERE region_code = $1 AND active = 1 "
              "ORDER BY id",
              {region}),
      [](const Row& w) { return InspectorRow{w.Int(0), w.Text(1), w.Text(2), w.Text(3)}; });
}
Result<std::optional<InspectorRow>> GetInspector(Connection& c, std::int64_t id) {
  return One<InspectorRow>(c.Query("SELECT id, region_code, name, certificate_no FROM inspectors WHERE id = $1", {id}),
                           [](const Row& w) { return InspectorRow{w.Int(0), w.Text(1), w.Text(2), w.Text(3)}; });
}
Status InsertConflict(Connection& c, std::int64_t inspector_id, std::int64_t org_id, const std::string& reason,
                      const std::string& on) {
  SOCORG_TRY_VOID(c.Exec("INSERT INTO inspector_conflicts (inspector_id, org_id, reason, declared_on) "
                         "VALUES ($1, $2, $3, $4)",
                         {inspector_id, org_id, reason, on}));
  return {};
}
Result<std::vector<std::pair<std::string, std::string>>> ConflictsIn(Connection& c, const std::string& region) {
  return Map<std::pair<std::string, std::string>>(c.Query(kConflictsIn, {region}), [](const Row& w) {
    return std::make_pair(std::to_string(w.Int(0)), w.Text(1));
  });
}
Result<std::vector<std::pair<std::int64_t, std::string>>> Population(Connection& c, const std::string& region) {
  return Map<std::pair<std::int64_t, std::string>>(c.Query(kPopulation, {region}), [](const Row& w) {
    return std::make_pair(w.Int(0), w.Text(1));
  });
}
Result<std::int64_t> InsertPlan(Connection& c, const PlanRow& r) {
  return InsertReturningId(c, kInsertPlan,
                           {r.region_code, static_cast<std::int64_t>(r.year), static_cast<std::int64_t>(r.permille),
                            static_cast<std::int64_t>(r.inspectors_per_org), r.seed, r.algorithm, r.population_digest,
                            r.population_size, r.drawn_count, r.roster, r.conflicts, r.drawn_on, r.created_by,
                            r.created_at});
}
Status InsertPopulation(Connection& c, std::int64_t plan_id, const std::vector<std::string>& usccs) {
  for (const auto& u : usccs)
    SOCORG_TRY_VOID(c.Exec("INSERT INTO inspection_population (plan_id, uscc) VALUES ($1, $2)", {plan_id, u}));
  return {};
}
Result<std::optional<PlanRow>> GetPlan(Connection& c, std::int64_t id) {
  return One<PlanRow>(c.Query(std::string("SELECT ") + kPlanColumns + " FROM inspection_plans WHERE id = $1", {id}),
                      PlanFrom);
}
Result<std::vector<std::string>> PlanPopulation(Connection& c, std::int64_t plan_id) {
  return Map<std::string>(
      c.Query("SELECT uscc FROM inspection_population WHERE plan_id = $1 ORDER BY uscc", {plan_id}),
      [](const Row& w) { return w.Text(0); });
}
Status InsertItem(Connection& c, const ItemRow& r) {
  SOCORG_TRY_VOID(c.Exec("INSERT INTO inspection_items (plan_id, org_id, uscc, rank, draw_key, inspectors) "
                         "VALUES ($1, $2, $3, $4, $5, $6)",
                         {r.plan_id, r.org_id, r.uscc, static_cast<std::int64_t>(r.rank), r.draw_key, r.inspectors}));
  return {};
}
Result<std::vector<ItemRow>> PlanItems(Connection& c, std::int64_t plan_id) {
  return Map<ItemRow>(c.Query(std::string("SELECT ") + kItemColumns +
                                  " FROM inspection_items i JOIN orgs o ON o.id = i.org_id WHERE i.plan_id = $1 "
                                  "ORDER BY i.rank",
                              {plan_id}),
                      ItemFrom);
}
Result<std::optional<ItemRow>> GetItem(Connection& c, std::int64_t id) {
  return One<ItemRow>(c.Query(std::string("SELECT ") + kItemColumns +
                                  " FROM inspection_items i JOIN orgs o ON o.id = i.org_id WHERE i.id = $1",
                              {id}),
                      ItemFrom);
}
Status SetItemResult(Connection& c, std::int64_t id, const std::string& result, const std::string& note,
                     const std::string& on, std::optional<std::int64_t> rect_id) {
  SOCORG_TRY_VOID(c.Exec("UPDATE inspection_items SET result = $1, result_note = $2, result_on = $3, "
                         "rectification_id = $4 WHERE id = $5",
                         {result, note, on, OptInt(rect_id), id}));
  return {};
}

Result<std::int64_t> InsertFlag(Connection& c, const FlagRow& r) {
  return InsertReturningId(c, kInsertFlag,
                           {r.org_id, r.kind, r.since, r.first_seen_on, r.rule_id, r.basis, r.facts, r.explanation,
                            r.created_at});
}
Status UpdateFlag(Connection& c, std::int64_t id, const std::string& since, const std::string& facts,
                  const std::string& explanation, const std::string& now) {
  SOCORG_TRY_VOID(c.Exec("UPDATE supervision_flags SET since = $1, facts = $2, explanation = $3, updated_at = $4 "
                         "WHERE id = $5",
                         {since, facts, explanation, now, id}));
  return {};
}
Status ClearFlag(Connection& c, std::int64_t id, const std::string& on, const std::string& now) {
  SOCORG_TRY_VOID(c.Exec("UPDATE supervision_flags SET active = 0, cleared_on = $1, updated_at = $2 WHERE id = $3",
                         {on, now, id}));
  return {};
}
Status SetFlagHandling(Connection& c, std::int64_t id, const std::string& handling, const std::string& outcome,
                       const std::string& on, const std::string& now) {
  SOCORG_TRY_VOID(c.Exec("UPDATE supervision_flags SET handling = $1, handling_outcome = $2, handled_on = $3, "
                         "updated_at = $4 WHERE id = $5",
                         {handling, outcome, on, now, id}));
  return {};
}
Result<std::optional<FlagRow>> GetFlag(Connection& c, std::int64_t id) {
  return One<FlagRow>(c.Query(std::string("SELECT ") + kFlagColumns +
                                  " FROM supervision_flags f JOIN orgs o ON o.id = f.org_id WHERE f.id = $1",
                              {id}),
                      FlagFrom);
}
Result<std::vector<FlagRow>> FlagsOf(Connection& c, std::int64_t org_id) {
  return Map<FlagRow>(c.Query(std::string("SELECT ") + kFlagColumns +
                                  " FROM supervision_flags f JOIN orgs o ON o.id = f.org_id WHERE f.org_id = $1 "
                                  "ORDER BY f.id",
                              {org_id}),
                      FlagFrom);
}
Result<FlagPage> ActiveFlags(Connection& c, const std::string& kind, const std::string& prefix, int limit, int offset) {
  const std::string where =
      " FROM supervision_flags f JOIN orgs o ON o.id = f.org_id WHERE f.active = 1 AND f.kind = $1 "
      "AND o.region_code >= $2 AND o.region_code < $3";
  Params p{kind, prefix, PrefixEnd(prefix)};
  FlagPage page;
  SOCORG_TRY(Rows n, c.Query("SELECT count(*)" + where, p));
  page.total = n.at(0).Int(0);
  p.push_back(static_cast<std::int64_t>(limit));
  p.push_back(static_cast<std::int64_t>(offset));
  SOCORG_TRY(page.items, Map<FlagRow>(c.Query(std::string("SELECT ") + kFlagColumns + where +
                                                  " ORDER BY f.since, f.id LIMIT $4 OFFSET $5",
                                              p),
                                      FlagFrom));
  return page;
}
Result<std::vector<CountRow>> FlagOutcomes(Connection& c, const std::string& prefix) {
  return Map<CountRow>(c.Query("SELECT f.kind, f.handling, f.handling_outcome, count(*) FROM supervision_flags f "
                               "JOIN orgs o ON o.id = f.org_id WHERE o.region_code >= $1 AND o.region_code < $2 "
                               "GROUP BY f.kind, f.handling, f.handling_outcome ORDER BY 1, 2, 3",
                               {prefix, PrefixEnd(prefix)}),
                       [](const Row& w) { return CountRow{w.Text(0), w.Text(1), w.Text(2), w.Int(3)}; });
}

Result<std::int64_t> InsertComplaint(Connection& c, const ComplaintRow& r) {
  return InsertReturningId(c,
                           "INSERT INTO complaints (received_on, target_name, target_address, act_region, content, "
                           "reporter_name, reporter_contact, status, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8) RETURNING id",
                           {r.received_on, r.target_name, r.target_address, r.act_region, r.content, r.reporter_name,
                            r.reporter_contact, r.created_at});
}
Result<std::optional<ComplaintRow>> GetComplaint(Connection& c, std::int64_t id) {
  return One<ComplaintRow>(
      c.Query(std::string("SELECT ") + kComplaintColumns + " FROM complaints WHERE id = $1", {id}), ComplaintFrom);
}
Result<std::vector<ComplaintRow>> ComplaintsIn(Connection& c, const std::string& prefix, int limit, int offset) {
  return Map<ComplaintRow>(c.Query(std::string("SELECT ") + kComplaintColumns +
                                       " FROM complaints WHERE act_region >= $1 AND act_region < $2 "
                                       "ORDER BY id DESC LIMIT $3 OFFSET $4",
                                   {prefix, PrefixEnd(prefix), static_cast<std::int64_t>(limit),
                                    static_cast<std::int64_t>(offset)}),
                           ComplaintFrom);
}
Status LinkComplaint(Connection& c, std::int64_t id, std::int64_t case_id) {
  SOCORG_TRY_VOID(c.Exec("UPDATE complaints SET status = 'case_opened', case_id = $1 WHERE id = $2", {case_id, id}));
  return {};
}
Result<std::int64_t> InsertCase(Connection& c, const CaseRow& r) {
  return InsertReturningId(
      c,
      "INSERT INTO illegal_cases (target_name, target_class, act_regions, handling_region, status, opened_on, "
      "complaint_id, org_id, suspected_public, decision_no, referral_to, findings, created_by, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '', '', $10, $11, $12, $12) RETURNING id",
      {r.target_name, r.target_class, r.act_regions, r.handling_region, r.status, r.opened_on, OptInt(r.complaint_id),
       OptInt(r.org_id), static_cast<std::int64_t>(r.suspected_public), r.findings, r.created_by, r.created_at});
}
Result<std::optional<CaseRow>> GetCase(Connection& c, std::int64_t id) {
  return One<CaseRow>(c.Query(std::string("SELECT ") + kCaseColumns + " FROM illegal_cases WHERE id = $1", {id}),
                      CaseFrom);
}
Status UpdateCase(Connection& c, const CaseRow& r) {
  SOCORG_TRY_VOID(c.Exec("UPDATE illegal_cases SET status = $1, handling_region = $2, suspected_public = $3, "
                         "decision_no = $4, decided_on = $5, referral_to = $6, findings = $7, updated_at = $8 "
                         "WHERE id = $9",
                         {r.status, r.handling_region, static_cast<std::int64_t>(r.suspected_public), r.decision_no,
                          Opt(r.decided_on), r.referral_to, r.findings, r.updated_at, r.id}));
  return {};
}
Status InsertCaseStep(Connection& c, const CaseStepRow& r) {
  SOCORG_TRY_VOID(c.Exec("INSERT INTO illegal_case_steps (case_id, step, on_date, officers, content, actor, "
                         "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                         {r.case_id, r.step, r.on_date, r.officers, r.content, r.actor, r.created_at}));
  return {};
}
Result<std::vector<CaseStepRow>> CaseSteps(Connection& c, std::int64_t case_id) {
  return Map<CaseStepRow>(
      c.Query("SELECT id, case_id, step, on_date, officers, content, actor, created_at FROM illegal_case_steps "
              "WHERE case_id = $1 ORDER BY id",
              {case_id}),
      [](const Row& w) {
        return CaseStepRow{w.Int(0), w.Int(1), w.Text(2), w.Text(3), w.Text(4), w.Text(5), w.Text(6), w.Text(7)};
      });
}
Result<std::vector<CaseRow>> PublicIllegalCases(Connection& c, int limit, int offset) {
  return Map<CaseRow>(c.Query(std::string("SELECT ") + kCaseColumns +
                                  " FROM illegal_cases WHERE status = 'banned' OR suspected_public = 1 "
                                  "ORDER BY COALESCE(decided_on, opened_on) DESC, id DESC LIMIT $1 OFFSET $2",
                              {static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset)}),
                      CaseFrom);
}

Status InsertJobRun(Connection& c, const std::string& job, const std::string& as_of, const std::string& started_at,
                    std::int64_t evaluated, std::int64_t inserted, std::int64_t updated, const std::string& actor,
                    const std::string& summary) {
  SOCORG_TRY_VOID(c.Exec("INSERT INTO job_runs (job, as_of, started_at, evaluated, inserted, updated, actor, summary) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                         {job, as_of, started_at, evaluated, inserted, updated, actor, summary}));
  return {};
}
Result<Rows> RecentJobRuns(Connection& c, int limit) {
  return c.Query("SELECT id, job, as_of, started_at, evaluated, inserted, updated, actor, summary FROM job_runs "
                 "ORDER BY id DESC LIMIT $1",
                 {static_cast<std::int64_t>(limit)});
}

Result<std::vector<CountRow>> ReportCompletion(Connection& c, const std::string& prefix, int year,
                                               const std::string& registered_by, const std::string& deadline) {
  return Map<CountRow>(c.Query(kReportCompletion, {prefix, PrefixEnd(prefix), static_cast<std::int64_t>(year),
                                                   deadline, registered_by}),
                       [](const Row& w) {
                         // key1 = region; counts packed as "required/filed/on_time" in key2, key3, count
                         return CountRow{w.Text(0), std::to_string(w.Int(1)), std::to_string(w.Int(2)), w.Int(3)};
                       });
}
Result<std::vector<OrgSummary>> NonFilers(Connection& c, const std::string& prefix, int year,
                                          const std::string& registered_by, int limit, int offset) {
  return Map<OrgSummary>(c.Query(kNonFilers, {prefix, PrefixEnd(prefix), static_cast<std::int64_t>(year),
                                              registered_by, static_cast<std::int64_t>(limit),
                                              static_cast<std::int64_t>(offset)}),
                         [](const Row& w) {
                           return OrgSummary{OrgId{w.Int(0)}, w.Text(1), w.Text(2),
                                             ParseOrgType(w.Text(3)).value_or(OrgType::kSocialGroup),
                                             ParseOrgLevel(w.Text(4)).value_or(OrgLevel::kCounty),
                                             ParseOrgStatus(w.Text(5)).value_or(OrgStatus::kActive), w.Text(6),
                                             w.Text(7), w.Text(8)};
                         });
}

// --- console lists and counts ---
Result<Rows> PlansIn(Connection& c, const std::string& prefix, int limit) {
  return c.Query(
      "SELECT p.id, p.region_code, p.year, p.permille, p.inspectors_per_org, p.seed, p.algorithm, p.population_size, "
      "p.drawn_count, p.drawn_on, (SELECT count(*) FROM inspection_items i WHERE i.plan_id = p.id AND i.result <> '') "
      "FROM inspection_plans p WHERE p.region_code >= $1 AND p.region_code < $2 ORDER BY p.id DESC LIMIT $3",
      {prefix, PrefixEnd(prefix), static_cast<std::int64_t>(limit)});
}
Result<std::vector<CaseRow>> CasesIn(Connection& c, const std::string& prefix, int limit, int offset) {
  return Map<CaseRow>(c.Query(std::string("SELECT ") + kCaseColumns +
                                  " FROM illegal_cases WHERE handling_region >= $1 AND handling_region < $2 "
                                  "ORDER BY id DESC LIMIT $3 OFFSET $4",
                              {prefix, PrefixEnd(prefix), static_cast<std::int64_t>(limit),
                               static_cast<std::int64_t>(offset)}),
                      CaseFrom);
}
Result<Rows> RoundsIn(Connection& c, const std::string& prefix, int limit) {
  return c.Query("SELECT id, region_code, year, name, opened_on FROM rating_rounds "
                 "WHERE region_code >= $1 AND region_code < $2 ORDER BY id DESC LIMIT $3",
                 {prefix, PrefixEnd(prefix), static_cast<std::int64_t>(limit)});
}
Result<std::vector<InspectorRow>> InspectorsUnder(Connection& c, const std::string& prefix) {
  return Map<InspectorRow>(
      c.Query("SELECT id, region_code, name, certificate_no FROM inspectors WHERE region_code >= $1 "
              "AND region_code < $2 AND active = 1 ORDER BY region_code, id LIMIT 1000",
              {prefix, PrefixEnd(prefix)}),
      [](const Row& w) { return InspectorRow{w.Int(0), w.Text(1), w.Text(2), w.Text(3)}; });
}
Result<Rows> SupervisionCounts(Connection& c, const std::string& prefix, const std::string& from,
                               const std::string& to) {
  return c.Query(
      "SELECT 'penalty', p.kind, count(*), CAST(COALESCE(sum(p.amount), 0) AS BIGINT) FROM penalties p "
      "JOIN orgs o ON o.id = p.org_id WHERE o.region_code >= $1 AND o.region_code < $2 "
      "AND p.decided_on >= $3 AND p.decided_on <= $4 GROUP BY p.kind "
      "UNION ALL SELECT 'credit', l.list, count(DISTINCT l.org_id), CAST(0 AS BIGINT) FROM credit_listings l "
      "JOIN orgs o ON o.id = l.org_id WHERE o.region_code >= $1 AND o.region_code < $2 AND l.entered_on <= $4 "
      "AND (l.exited_on IS NULL OR l.exited_on > $4) GROUP BY l.list "
      "UNION ALL SELECT 'plans', '', count(*), CAST(COALESCE(sum(drawn_count), 0) AS BIGINT) FROM inspection_plans "
      "WHERE region_code >= $1 AND region_code < $2 AND drawn_on >= $3 AND drawn_on <= $4 "
      "UNION ALL SELECT 'inspection', i.result, count(*), CAST(0 AS BIGINT) FROM inspection_items i "
      "JOIN inspection_plans pl ON pl.id = i.plan_id WHERE pl.region_code >= $1 AND pl.region_code < $2 "
      "AND pl.drawn_on >= $3 AND pl.drawn_on <= $4 GROUP BY i.result "
      "UNION ALL SELECT 'case', status, count(*), CAST(0 AS BIGINT) FROM illegal_cases "
      "WHERE handling_region >= $1 AND handling_region < $2 AND opened_on >= $3 AND opened_on <= $4 GROUP BY status",
      {prefix, PrefixEnd(prefix), from, to});
}

}  // namespace socorg::supervision_store
