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

constexpr char kRatingColumns[] =
    "id, org_id, round_id, scores, total_score, preliminary_grade, grade, status, notice_until, decided_on, "
    "valid_until, eligibility, created_by, created_at, updated_at";
constexpr char kInsertRating[] =
    "INSERT INTO ratings (org_id, round_id, scores, total_score, preliminary_grade, grade, status, "
    "notice_until, "
    "eligibility, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
    "$11) "
    "RETURNING id";
const std::string kGetRating = std::string("SELECT ") + kRatingColumns + " FROM ratings WHERE id = $1";
const std::string kRatingsOf =
    std::string("SELECT ") + kRatingColumns + " FROM ratings WHERE org_id = $1 ORDER BY id";
constexpr char kDecideRating[] =
    "UPDATE ratings SET status = 'decided', decided_on = $1, valid_until = $2, updated_at = $3 "
    "WHERE id = $4 AND status = 'notice'";
constexpr char kSetRatingGrade[] =
    "UPDATE ratings SET grade = $1, status = $2, updated_at = $3 WHERE id = $4";

constexpr char kInsertRatingChange[] =
    "INSERT INTO rating_changes (rating_id, org_id, kind, trigger_id, changed_on, from_grade, to_grade, "
    "rule_id, "
    "basis, facts, explanation, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
constexpr char kRatingChangesOf[] =
    "SELECT rating_id, org_id, trigger_id, kind, changed_on, from_grade, to_grade, rule_id, basis, facts, "
    "explanation, created_at FROM rating_changes WHERE org_id = $1 ORDER BY id";
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
  return r;
}

template <typename R>
RatingChangeRecord ChangeFrom(const R& w) {
  RatingChangeRecord r;
  r.rating_id = w.Int(0), r.org_id = w.Int(1), r.trigger_id = w.Int(2);
  r.kind = EnumAt(w, 3, supervision::ParseRatingChangeKind, supervision::RatingChangeKind::kExpired);
  r.changed_on = DateAt(w, 4), r.from_grade = Int32At(w, 5), r.to_grade = Int32At(w, 6),
  r.rule_id = Str(w, 7);
  r.basis = Str(w, 8), r.facts = Str(w, 9), r.explanation = Str(w, 10), r.created_at = Str(w, 11);
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
       Text(ToString(r.status)), r.notice_until.ToString(), r.eligibility, r.created_by, r.created_at});
}

Result<std::optional<RatingRecord>> GetRating(Connection& c, std::int64_t id) {
  return First<RatingRecord>(c, kGetRating, {id}, [](const auto& w) { return RatingFrom(w); });
}

Status DecideRating(Connection& c, std::int64_t id, Date decided_on, Date valid_until,
                    const std::string& now) {
  SOCORG_TRY(std::int64_t n, c.Exec(kDecideRating, {decided_on.ToString(), valid_until.ToString(), now, id}));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "not_in_notice", "该评估结果不在公示阶段",
                "the rating is not in its notice period", "id");
  return {};
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
