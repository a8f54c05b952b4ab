#include "store/supervision/jobs.h"

#include "store/supervision/columns.h"

namespace socorg::supervision_store {
namespace {

using namespace detail;
using supervision::JobRunRecord;

constexpr char kInsertJobRun[] =
    "INSERT INTO job_runs (job, as_of, started_at, evaluated, inserted, updated, actor, summary) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr char kRecentJobRuns[] =
    "SELECT id, job, as_of, started_at, evaluated, inserted, updated, actor, summary FROM job_runs "
    "ORDER BY id DESC LIMIT $1";

template <typename R>
JobRunRecord JobRunFrom(const R& w) {
  JobRunRecord r;
  r.id = w.Int(0), r.job = EnumAt(w, 1, supervision::ParseJobKind, supervision::JobKind::kCredit);
  r.as_of = DateAt(w, 2), r.started_at = Str(w, 3), r.evaluated = w.Int(4), r.inserted = w.Int(5);
  r.updated = w.Int(6), r.actor = Str(w, 7), r.summary = Str(w, 8);
  return r;
}

}  // namespace

Status InsertJobRun(Connection& c, const JobRunRecord& r) {
  return Run(c, kInsertJobRun,
             {Text(ToString(r.job)), r.as_of.ToString(), r.started_at, r.evaluated, r.inserted, r.updated,
              r.actor, r.summary});
}

Result<std::vector<JobRunRecord>> RecentJobRuns(Connection& c, int limit) {
  return All<JobRunRecord>(c, kRecentJobRuns, {Int(limit)}, [](const auto& w) { return JobRunFrom(w); });
}

}  // namespace socorg::supervision_store
