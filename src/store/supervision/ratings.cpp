#include "store/supervision/ratings.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::RatingChangeRecord;
using supervision::RatingRecord;
using supervision::RatingRoundRecord;

constexpr char kInsertRound[] =
    "INSERT INTO rating_rounds (region_code, year, name, opened_on, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
// GetRound read only (region_code, year) before the round became a record; by primary key either way.
constexpr char kGetRound[] = "SELECT id, region_code, year, name, opened_on FROM rating_rounds WHERE id = $1";
constexpr char kRoundsIn[] =
    "SELECT id, region_code, year, name, opened_on FROM rating_rounds "
    "WHERE region_code >= $1 AND region_code < $2 ORDER BY id DESC LIMIT $3";

#define SOCORG_RATING_COLUMNS(P)                                                                              \
  P "id, " P "org_id, " P "round_id, " P "scores, " P "total_score, " P "preliminary_grade, " P "grade, " P   \
    "status, " P "notice_until, " P "decided_on, " P "valid_until, " P "eligibility, " P "created_by, " P       \
    "created_at, " P "updated_at, " P "notice_from, " P "cancelled_on, " P "cancel_ground, " P                  \
    "cancel_reason, " P "reapply_from, " P "certificate_no"
constexpr char kRatingColumns[] = SOCORG_RATING_COLUMNS("");
constexpr char kInsertRating[] =
    "INSERT INTO ratings (org_id, round_id, scores, total_score, preliminary_grade, grade, status, "
    "notice_until, "
    "eligibility, created_by, created_at, updated_at, notice_from) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
    "$10, $11, $11, $12) "
    "RETURNING id";
const std::string kGetRating = std::string("SELECT ") + kRatingColumns + " FROM ratings WHERE id = $1";
const std::string kRatingsOf =
    std::string("SELECT ") + kRatingColumns + " FROM ratings WHERE org_id = $1 ORDER BY id";
// With the organization (uscc, name, region), the round's name and the objections still pending.
constexpr char kJoinedTail[] =
    ", COALESCE(o.uscc, ''), o.name, o.region_code, rr.name, "
    "(SELECT count(*) FROM rating_objections ob WHERE ob.rating_id = r.id AND ob.status = 'pending') "
    "FROM ratings r JOIN orgs o ON o.id = r.org_id JOIN rating_rounds rr ON rr.id = r.round_id ";
const std::string kRatingsInRound = std::string("SELECT ") + SOCORG_RATING_COLUMNS("r.") + kJoinedTail +
                                    "WHERE r.round_id = $1 ORDER BY r.id LIMIT 1000";
const std::string kPublicNotices = std::string("SELECT ") + SOCORG_RATING_COLUMNS("r.") + kJoinedTail +
                                   "WHERE r.status = 'notice' AND o.region_code >= $1 AND o.region_code < $2 "
                                   "ORDER BY r.notice_until DESC, r.id DESC LIMIT $3 OFFSET $4";
constexpr char kCountPublicNotices[] =
    "SELECT count(*) FROM ratings r JOIN orgs o ON o.id = r.org_id WHERE r.status = 'notice' "
    "AND o.region_code >= $1 AND o.region_code < $2";
#undef SOCORG_RATING_COLUMNS
constexpr char kDecideRating[] =
    "UPDATE ratings SET status = 'decided', decided_on = $1, valid_until = $2, certificate_no = $3, "
    "updated_at = $4 WHERE id = $5 AND status = 'notice'";
constexpr char kSetRatingGrade[] =
    "UPDATE ratings SET grade = $1, status = $2, updated_at = $3 WHERE id = $4";
constexpr char kCancelRating[] =
    "UPDATE ratings SET status = 'cancelled', cancelled_on = $1, cancel_ground = $2, cancel_reason = $3, "
    "reapply_from = $4, updated_at = $5 WHERE id = $6 AND status IN ('notice', 'decided')";

constexpr char kObjectionColumns[] =
    "id, rating_id, org_id, submitted_on, submitter_kind, submitter_name, submitter_contact, content, status, "
    "decided_on, decision_reason, decided_by, grade_before, grade_after, created_at";
constexpr char kInsertObjection[] =
    "INSERT INTO rating_objections (rating_id, org_id, submitted_on, submitter_kind, submitter_name, "
    "submitter_contact, content, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8) "
    "RETURNING id";
const std::string kGetObjection =
    std::string("SELECT ") + kObjectionColumns + " FROM rating_objections WHERE id = $1";
const std::string kObjectionsOf =
    std::string("SELECT ") + kObjectionColumns + " FROM rating_objections WHERE rating_id = $1 ORDER BY id";
constexpr char kPendingObjections[] =
    "SELECT count(*) FROM rating_objections WHERE rating_id = $1 AND status = 'pending'";
constexpr char kDecideObjection[] =
    "UPDATE rating_objections SET status = $1, decided_on = $2, decision_reason = $3, decided_by = $4, "
    "grade_before = $5, grade_after = $6 WHERE id = $7 AND status = 'pending'";
constexpr char kRevertChange[] =
    "UPDATE rating_changes SET reverted_on = $1 WHERE rating_id = $2 AND kind = $3 AND trigger_id = $4 "
    "AND reverted_on IS NULL";

constexpr char kInsertRatingChange[] =
    "INSERT INTO rating_changes (rating_id, org_id, kind, trigger_id, changed_on, from_grade, to_grade, "
    "rule_id, "
    "basis, facts, explanation, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
constexpr char kRatingChangesOf[] =
    "SELECT rating_id, org_id, trigger_id, kind, changed_on, from_grade, to_grade, rule_id, basis, facts, "
    "explanation, created_at, reverted_on FROM rating_changes WHERE org_id = $1 ORDER BY id";
constexpr char kGradeDistribution[] =
    "SELECT r.grade, count(*) FROM ratings r JOIN orgs o ON o.id = r.org_id WHERE r.status = 'decided' "
    "AND o.region_code >= $1 AND o.region_code < $2 GROUP BY r.grade ORDER BY r.grade";

template <typename R>
RatingRoundRecord RoundFrom(const R& w) {
  RatingRoundRecord r;
  r.id = w.Int(0), r.region_code = Str(w, 1), r.year = Int32At(w, 2), r.name = Str(w, 3),
  r.opened_on = DateAt(w, 4);
  return r;
}

template <typename R>
RatingRecord RatingFrom(const R& w) {
  RatingRecord r;
  r.id = w.Int(0), r.org_id = w.Int(1), r.round_id = w.Int(2), r.scores = Str(w, 3);
  r.total_score = Int32At(w, 4), r.preliminary_grade = Int32At(w, 5), r.grade = Int32At(w, 6);
  r.status = EnumAt(w, 7, supervision::ParseRatingStatus, supervision::RatingStatus::kNotice);
  r.notice_until = DateAt(w, 8), r.decided_on = OptDateAt(w, 9), r.valid_until = OptDateAt(w, 10);
  r.eligibility = Str(w, 11), r.created_by = Str(w, 12), r.created_at = Str(w, 13), r.updated_at = Str(w, 14);
  r.notice_from = OptDateAt(w, 15), r.cancelled_on = OptDateAt(w, 16), r.cancel_ground = Str(w, 17);
  r.cancel_reason = Str(w, 18), r.reapply_from = OptDateAt(w, 19), r.certificate_no = Str(w, 20);
  return r;
}

template <typename R>
RatingRecord JoinedRatingFrom(const R& w) {
  RatingRecord r = RatingFrom(w);
  r.org.uscc = Str(w, 21), r.org.name = Str(w, 22), r.org.region_code = Str(w, 23), r.round_name = Str(w, 24);
  r.pending_objections = Int32At(w, 25);
  return r;
}

template <typename R>
supervision::RatingObjectionRecord ObjectionFrom(const R& w) {
  supervision::RatingObjectionRecord o;
  o.id = w.Int(0), o.rating_id = w.Int(1), o.org_id = w.Int(2), o.submitted_on = DateAt(w, 3);
  o.submitter_kind = Str(w, 4), o.submitter_name = Str(w, 5), o.submitter_contact = Str(w, 6);
  o.content = Str(w, 7);
  o.status = EnumAt(w, 8, supervision::ParseObjectionStatus, supervision::ObjectionStatus::kPending);
  o.decided_on = OptDateAt(w, 9), o.decision_reason = Str(w, 10), o.decided_by = Str(w, 11);
  if (auto g = OptIntAt(w, 12)) o.grade_before = static_cast<int>(*g);
  if (auto g = OptIntAt(w, 13)) o.grade_after = static_cast<int>(*g);
  o.created_at = Str(w, 14);
  return o;
}

template <typename R>
RatingChangeRecord ChangeFrom(const R& w) {
  RatingChangeRecord r;
  r.rating_id = w.Int(0), r.org_id = w.Int(1), r.trigger_id = w.Int(2);
  r.kind = EnumAt(w, 3, supervision::ParseRatingChangeKind, supervision::RatingChangeKind::kExpired);
  r.changed_on = DateAt(w, 4), r.from_grade = Int32At(w, 5), r.to_grade = Int32At(w, 6),
  r.rule_id = Str(w, 7);
  r.basis = Str(w, 8), r.facts = Str(w, 9), r.explanation = Str(w, 10), r.created_at = Str(w, 11);
  r.reverted_on = OptDateAt(w, 12);
  return r;
}

}  // namespace

Result<std::int64_t> InsertRound(Connection& c, const RatingRoundRecord& r) {
  return InsertReturningId(
      c, kInsertRound,
      {r.region_code, Int(r.year), r.name, r.opened_on.ToString(), r.created_by, r.created_at});
}

Result<std::optional<RatingRoundRecord>> GetRound(Connection& c, std::int64_t id) {
  return First<RatingRoundRecord>(c, kGetRound, {id}, [](const auto& w) { return RoundFrom(w); });
}

Result<std::vector<RatingRoundRecord>> RoundsIn(Connection& c, const std::string& prefix, int limit) {
  return All<RatingRoundRecord>(c, kRoundsIn, {prefix, PrefixEnd(prefix), Int(limit)},
                                [](const auto& w) { return RoundFrom(w); });
}

Result<std::int64_t> InsertRating(Connection& c, const RatingRecord& r) {
  return InsertReturningId(
      c, kInsertRating,
      {r.org_id, r.round_id, r.scores, Int(r.total_score), Int(r.preliminary_grade), Int(r.grade),
       Text(ToString(r.status)), r.notice_until.ToString(), r.eligibility, r.created_by, r.created_at,
       Opt(r.notice_from)});
}

Result<std::optional<RatingRecord>> GetRating(Connection& c, std::int64_t id) {
  return First<RatingRecord>(c, kGetRating, {id}, [](const auto& w) { return RatingFrom(w); });
}

Status DecideRating(Connection& c, std::int64_t id, Date decided_on, Date valid_until,
                    const std::string& certificate_no, const std::string& now) {
  SOCORG_TRY(std::int64_t n, c.Exec(kDecideRating, {decided_on.ToString(), valid_until.ToString(), certificate_no,
                                                    now, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "not_in_notice", "该评估结果不在公示阶段",
                "the rating is not in its notice period", "id");
  return {};
}

Status CancelRating(Connection& c, std::int64_t id, Date on, const std::string& ground, const std::string& reason,
                    Date reapply_from, const std::string& now) {
  SOCORG_TRY(std::int64_t n,
             c.Exec(kCancelRating, {on.ToString(), ground, reason, reapply_from.ToString(), now, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "not_cancellable", "只有公示中或已确定的评估等级可以取消",
                "only a rating on notice or decided can be cancelled", "id");
  return {};
}

Result<std::vector<RatingRecord>> RatingsInRound(Connection& c, std::int64_t round_id) {
  return All<RatingRecord>(c, kRatingsInRound, {round_id}, [](const auto& w) { return JoinedRatingFrom(w); });
}

Result<supervision::Page<RatingRecord>> PublicNotices(Connection& c, const std::string& prefix, int limit,
                                                      int offset) {
  supervision::Page<RatingRecord> page;
  SOCORG_TRY(page.items, All<RatingRecord>(c, kPublicNotices, {prefix, PrefixEnd(prefix), Int(limit), Int(offset)},
                                           [](const auto& w) { return JoinedRatingFrom(w); }));
  SOCORG_TRY(auto n, First<std::int64_t>(c, kCountPublicNotices, {prefix, PrefixEnd(prefix)},
                                         [](const auto& w) { return w.Int(0); }));
  page.total = n.value_or(0);
  return page;
}

Result<std::int64_t> InsertObjection(Connection& c, const supervision::RatingObjectionRecord& o) {
  return InsertReturningId(c, kInsertObjection,
                           {o.rating_id, o.org_id, o.submitted_on.ToString(), o.submitter_kind, o.submitter_name,
                            o.submitter_contact, o.content, o.created_at});
}

Result<std::optional<supervision::RatingObjectionRecord>> GetObjection(Connection& c, std::int64_t id) {
  return First<supervision::RatingObjectionRecord>(c, kGetObjection, {id},
                                                   [](const auto& w) { return ObjectionFrom(w); });
}

Result<std::vector<supervision::RatingObjectionRecord>> ObjectionsOf(Connection& c, std::int64_t rating_id) {
  return All<supervision::RatingObjectionRecord>(c, kObjectionsOf, {rating_id},
                                                 [](const auto& w) { return ObjectionFrom(w); });
}

Result<int> PendingObjections(Connection& c, std::int64_t rating_id) {
  SOCORG_TRY(auto n, First<std::int64_t>(c, kPendingObjections, {rating_id}, [](const auto& w) { return w.Int(0); }));
  return static_cast<int>(n.value_or(0));
}

Status DecideObjection(Connection& c, std::int64_t id, supervision::ObjectionStatus status, Date on,
                       const std::string& reason, const std::string& by, std::optional<int> grade_before,
                       std::optional<int> grade_after) {
  auto opt = [](std::optional<int> g) { return g ? Value(static_cast<std::int64_t>(*g)) : Null(); };
  SOCORG_TRY(std::int64_t n, c.Exec(kDecideObjection, {Text(ToString(status)), on.ToString(), reason, by,
                                                       opt(grade_before), opt(grade_after), id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "already_decided", "该异议已处理", "the objection is already decided", "id");
  return {};
}

Status RevertRatingChange(Connection& c, std::int64_t rating_id, supervision::RatingChangeKind kind,
                          std::int64_t trigger_id, Date on) {
  return Run(c, kRevertChange, {on.ToString(), rating_id, Text(ToString(kind)), trigger_id});
}

Status SetRatingGrade(Connection& c, std::int64_t id, int grade, supervision::RatingStatus status,
                      const std::string& now) {
  return Run(c, kSetRatingGrade, {Int(grade), Text(ToString(status)), now, id});
}

Result<std::vector<RatingRecord>> RatingsOf(Connection& c, std::int64_t org_id) {
  return All<RatingRecord>(c, kRatingsOf, {org_id}, [](const auto& w) { return RatingFrom(w); });
}

Status InsertRatingChange(Connection& c, const RatingChangeRecord& r) {
  return Run(c, kInsertRatingChange,
             {r.rating_id, r.org_id, Text(ToString(r.kind)), r.trigger_id, r.changed_on.ToString(),
              Int(r.from_grade), Int(r.to_grade), r.rule_id, r.basis, r.facts, r.explanation, r.created_at});
}

Result<std::vector<RatingChangeRecord>> RatingChangesOf(Connection& c, std::int64_t org_id) {
  return All<RatingChangeRecord>(c, kRatingChangesOf, {org_id}, [](const auto& w) { return ChangeFrom(w); });
}

Result<std::vector<supervision::GradeCount>> GradeDistribution(Connection& c, const std::string& prefix) {
  return All<supervision::GradeCount>(c, kGradeDistribution, {prefix, PrefixEnd(prefix)}, [](const auto& w) {
    return supervision::GradeCount{Int32At(w, 0), w.Int(1)};
  });
}

}  // namespace socorg::supervision_store
