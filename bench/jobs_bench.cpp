// Supervision batch-job benchmark (issue #4 "Performance"; results in docs/benchmarks-supervision.md).
//
//   socorg_bench_jobs [--orgs N] [--db PATH] [--date YYYY-MM-DD] [--keep]
//
// 1. Generates N organizations with 5 years of annual reports (2020-2024), penalties, rectification orders
//    and ratings into a fresh SQLite database, and runs the credit job once as of D − 1 year so that listings
//    exist (the "5 years of listings").
// 2. Times, as of D: loading the snapshot; computing every rule (credit, zombie, elections, ratings) in C++;
//    writing the results (one transaction per job); a second run (must change nothing: idempotence).
// 3. Times the same rules written as SQL queries on the same database, side by side, and compares the
//    decision counts where the SQL expresses the rule exactly.
// Peak memory (VmHWM) is read from /proc/self/status.
#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "app/app_context.h"
#include "app/supervision/jobs.h"
#include "app/supervision/snapshot.h"
#include "store/db.h"
#include "store/migrations.h"

using namespace socorg;
using namespace socorg::supervision;
using Steady = std::chrono::steady_clock;

namespace {

double Ms(Steady::time_point t) { return std::chrono::duration<double, std::milli>(Steady::now() - t).count(); }

// Process CPU time (all threads), in ms: on a shared machine wall time includes waiting for a core.
double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

long StatusKb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::atol(line.c_str() + std::strlen(key));
  return 0;
}
// VmHWM counts the SQLite file pages mapped by mmap_size (1 GB per connection, reclaimable page cache);
// RssAnon is the process's own heap: snapshot, plans, rows.
long PeakRssKb() { return StatusKb("VmHWM:"); }
long AnonKb() { return StatusKb("RssAnon:"); }

void Check(const Status& s, const char* what) {
  if (!s) {
    std::fprintf(stderr, "%s: %s\n", what, s.error().message_en.c_str());
    std::exit(2);
  }
}
template <typename T>
T Check(Result<T> r, const char* what) {
  if (!r) {
    std::fprintf(stderr, "%s: %s\n", what, r.error().message_en.c_str());
    std::exit(2);
  }
  return std::move(*r);
}

std::string D(Date d) { return d.ToString(); }

void Generate(Connection& c, int n, std::mt19937_64& rng) {
  auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  const char* types[] = {"social_group", "agency", "foundation", "community"};
  Date epoch = Date::FromYmd(2000, 1, 1);
  std::string now = "2025-01-01T00:00:00.000Z";
  Check(c.Begin(true), "begin");
  Check(c.Exec("INSERT INTO rating_rounds (id, region_code, year, name, opened_on, created_by, created_at) "
               "VALUES (1, '150000', 2019, 'bench', '2019-01-01', 'bench', $1)",
               {now}),
        "round");
  std::int64_t penalty_no = 0;
  for (int i = 1; i <= n; ++i) {
    int t = uni(0, 99);
    const char* type = t < 40 ? types[0] : t < 90 ? types[1] : t < 95 ? types[2] : types[3];
    Date reg = epoch.AddDays(uni(0, 9000));  // 2000 .. 2024-08
    int s = uni(0, 99);
    const char* status = s < 93 ? "active" : s < 97 ? "deregistered" : "revoked";
    std::optional<std::string> ended;
    if (s >= 93) ended = D(Date::FromYmd(2019, 1, 1).AddDays(uni(0, 2000)));
    Date term_end = Date::FromYmd(2023, 1, 1).AddDays(uni(0, 6 * 365));
    std::optional<std::string> postponed;
    if (chance(0.03)) postponed = D(term_end.AddMonths(uni(1, 12)));
    std::string region = "15" + std::to_string(10 + i % 12) + std::to_string(10 + i % 17);
    Check(c.Exec("INSERT INTO orgs (id, uscc, name, name_norm, type, level, status, region_code, registered_on, "
                 "ended_on, term_start, term_end, postponed_until, created_at, updated_at) VALUES ($1, $2, $3, $3, $4, "
                 "'county', $5, $6, $7, $8, $9, $10, $11, $12, $12)",
                 {static_cast<std::int64_t>(i), "X" + std::to_string(100000000 + i), "组织" + std::to_string(i),
                  std::string(type), std::string(status), region, D(reg), OptText(ended),
                  D(term_end.AddYears(-5)), D(term_end), OptText(postponed), now}),
          "org");
    if (std::string(type) == "community") continue;
    for (int y = 2020; y <= 2024; ++y) {
      if (reg > Date::FromYmd(y, 12, 31)) continue;
      int r = uni(0, 99);
      if (r < 8) continue;  // missing
      Date filed = r < 93 ? Date::FromYmd(y + 1, 3, 1).AddDays(uni(0, 90)) : Date::FromYmd(y + 1, 6, 1).AddDays(uni(0, 90));
      int k = uni(0, 99);
      const char* concl = k < 85 ? "qualified" : k < 95 ? "basically_qualified" : "unqualified";
      Check(c.Exec("INSERT INTO annual_reports (org_id, year, filed_on, conclusion, concluded_on, had_activity, "
                   "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
                   {static_cast<std::int64_t>(i), static_cast<std::int64_t>(y), D(filed), std::string(concl),
                    D(filed.AddDays(20)), static_cast<std::int64_t>(chance(0.95)), now}),
            "report");
    }
    if (chance(0.06))
      for (int p = uni(1, 3); p > 0; --p) {
        int k = uni(0, 99);
        const char* kind = k < 50 ? "warning" : k < 85 ? "fine" : k < 95 ? "order_correct" : "suspension";
        std::int64_t amount = std::strcmp(kind, "fine") == 0 ? uni(1, 200) * 1000 : 0;
        Check(c.Exec("INSERT INTO penalties (org_id, decision_no, kind, decided_on, amount, basis, created_by, "
                     "created_at) VALUES ($1, $2, $3, $4, $5, 'bench', 'bench', $6)",
                     {static_cast<std::int64_t>(i), "P" + std::to_string(++penalty_no), std::string(kind),
                      D(Date::FromYmd(2020, 1, 1).AddDays(uni(0, 1980))), amount, now}),
              "penalty");
      }
    if (chance(0.03)) {
      Date deadline = Date::FromYmd(2022, 1, 1).AddDays(uni(0, 1300));
      std::optional<std::string> done;
      if (chance(0.7)) done = D(deadline.AddDays(uni(-60, 40)));
      Check(c.Exec("INSERT INTO rectification_orders (org_id, issued_on, deadline, completed_on, created_by, "
                   "created_at) VALUES ($1, $2, $3, $4, 'bench', $5)",
                   {static_cast<std::int64_t>(i), D(deadline.AddDays(-60)), D(deadline), OptText(done), now}),
            "rect");
    }
    if (std::strcmp(status, "active") == 0 && chance(0.10)) {
      Date decided = Date::FromYmd(2019, 1, 1).AddDays(uni(0, 2190));
      int grade = uni(1, 5);
      Check(c.Exec("INSERT INTO ratings (org_id, round_id, total_score, preliminary_grade, grade, status, "
                   "notice_until, decided_on, valid_until, created_by, created_at, updated_at) VALUES ($1, 1, 0, $2, "
                   "$2, 'decided', $3, $3, $4, 'bench', $5, $5)",
                   {static_cast<std::int64_t>(i), static_cast<std::int64_t>(grade), D(decided),
                    D(decided.AddYears(5).AddDays(-1)), now}),
            "rating");
    }
  }
  Check(c.Commit(), "commit");
}

// The same rules as SQL over the same tables. Each query returns the decisions (org ids) to the client, as
// the C++ plan does. $1 = D.
struct SqlRule {
  const char* name;
  const char* sql;
};
const SqlRule kSqlRules[] = {
    // anomaly ①: required report (registered ≥ 6 months before year end, not community, active at the
    // deadline) not filed by 31 May of the next year, for the 5 report years before D.
    {"credit.annual_report",
     "WITH years(y) AS (SELECT CAST(substr($1, 1, 4) AS INTEGER) - k FROM (SELECT 1 AS k UNION ALL SELECT 2 UNION "
     "ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6)), "
     "due(y, deadline) AS (SELECT y, printf('%04d-05-31', y + 1) FROM years WHERE printf('%04d-05-31', y + 1) < $1 "
     "ORDER BY y DESC LIMIT 5) "
     "SELECT o.id, d.y FROM orgs o JOIN due d ON o.registered_on <= printf('%04d-06-30', d.y) "
     "LEFT JOIN annual_reports r ON r.org_id = o.id AND r.year = d.y "
     "WHERE o.type <> 'community' AND o.status IN ('active', 'deregistered', 'revoked') "
     "AND (o.ended_on IS NULL OR o.ended_on > d.deadline) "
     "AND (r.filed_on IS NULL OR r.filed_on > d.deadline)"},
    // serious ④ and ③: fines ≥ 50,000 and suspensions decided by D.
    {"credit.large_fine_suspension",
     "SELECT org_id, id FROM penalties WHERE decided_on <= $1 AND ((kind IN ('fine', 'confiscation') AND amount >= "
     "50000) OR kind = 'suspension')"},
    // serious ⑤: a minor penalty with at least one other minor penalty in the 3 years before it.
    {"credit.repeated_penalties",
     "SELECT DISTINCT p.org_id FROM penalties p JOIN penalties q ON q.org_id = p.org_id AND q.id <> p.id "
     "AND q.decided_on <= p.decided_on AND q.decided_on > date(p.decided_on, '-3 years') "
     "WHERE p.decided_on <= $1 AND (p.kind = 'warning' OR (p.kind IN ('fine', 'confiscation') AND p.amount < 50000)) "
     "AND (q.kind = 'warning' OR (q.kind IN ('fine', 'confiscation') AND q.amount < 50000))"},
    // anomaly ⑤ with the 6-month exit restarted by later listable events (correlated subqueries).
    {"credit.minor_penalty_open",
     "SELECT p.org_id, p.id FROM penalties p WHERE p.decided_on <= $1 AND (p.kind = 'warning' OR (p.kind IN ('fine', "
     "'confiscation') AND p.amount < 50000)) AND NOT EXISTS (SELECT 1 FROM penalties q WHERE q.org_id = p.org_id "
     "AND q.kind <> 'order_correct' AND q.decided_on > p.decided_on AND q.decided_on <= $1) "
     "AND date(p.decided_on, '+6 months') > $1"},
    // anomaly ③: rectification overdue.
    {"credit.rectification",
     "SELECT org_id, id FROM rectification_orders WHERE deadline < $1 AND (completed_on IS NULL OR completed_on > "
     "deadline)"},
    // serious ①: report anomalies (missing or late, 5 due years) not rectified within 2 years of entry.
    {"credit.escalation",
     "WITH years(y) AS (SELECT CAST(substr($1, 1, 4) AS INTEGER) - k FROM (SELECT 1 AS k UNION ALL SELECT 2 UNION "
     "ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6)), "
     "due(y, deadline, entry) AS (SELECT y, printf('%04d-05-31', y + 1), printf('%04d-06-01', y + 1) FROM years "
     "WHERE printf('%04d-05-31', y + 1) < $1 ORDER BY y DESC LIMIT 5) "
     "SELECT o.id, d.y FROM orgs o JOIN due d ON o.registered_on <= printf('%04d-06-30', d.y) "
     "LEFT JOIN annual_reports r ON r.org_id = o.id AND r.year = d.y "
     "WHERE o.type <> 'community' AND o.status IN ('active', 'deregistered', 'revoked') "
     "AND (o.ended_on IS NULL OR o.ended_on > d.deadline) AND (r.filed_on IS NULL OR r.filed_on > d.deadline) "
     "AND date(d.entry, '+2 years') <= $1 AND (r.concluded_on IS NULL OR r.concluded_on >= date(d.entry, '+2 years'))"},
    // serious ⑦: revoked.
    {"credit.revoked", "SELECT id FROM orgs WHERE status = 'revoked' AND ended_on <= $1"},
    // zombie: the last two due years both missing.
    {"zombie.no_report",
     "WITH last(y) AS (SELECT CASE WHEN substr($1, 6, 5) > '05-31' THEN CAST(substr($1, 1, 4) AS INTEGER) - 1 ELSE "
     "CAST(substr($1, 1, 4) AS INTEGER) - 2 END) "
     "SELECT o.id FROM orgs o, last WHERE o.status = 'active' AND o.type <> 'community' "
     "AND o.registered_on <= printf('%04d-06-30', last.y - 1) "
     "AND NOT EXISTS (SELECT 1 FROM annual_reports r WHERE r.org_id = o.id AND r.year = last.y AND r.filed_on <= $1) "
     "AND NOT EXISTS (SELECT 1 FROM annual_reports r WHERE r.org_id = o.id AND r.year = last.y - 1 AND r.filed_on <= "
     "$1)"},
    // zombie: no activity in the last two filed reports (window function).
    {"zombie.no_activity",
     "SELECT org_id FROM (SELECT org_id, had_activity, row_number() OVER (PARTITION BY org_id ORDER BY year DESC) AS "
     "rn FROM annual_reports WHERE filed_on <= $1) WHERE rn <= 2 GROUP BY org_id HAVING count(*) = 2 AND "
     "max(had_activity) = 0"},
    // overdue elections.
    {"elections.overdue",
     "SELECT id FROM orgs WHERE status = 'active' AND term_end IS NOT NULL AND term_end < $1 AND (postponed_until IS "
     "NULL OR postponed_until < $1)"},
    // ratings: expiry and downgrade triggers after the decision.
    {"ratings.expired", "SELECT id FROM ratings WHERE status = 'decided' AND valid_until < $1"},
    {"ratings.downgrade",
     "SELECT t.id, r.year FROM ratings t JOIN annual_reports r ON r.org_id = t.org_id WHERE t.status = 'decided' AND "
     "t.valid_until >= $1 AND r.concluded_on > t.decided_on AND r.concluded_on <= $1 AND r.conclusion = 'unqualified' "
     "UNION ALL SELECT t.id, p.id FROM ratings t JOIN penalties p ON p.org_id = t.org_id WHERE t.status = 'decided' "
     "AND t.valid_until >= $1 AND p.decided_on > t.decided_on AND p.decided_on <= $1 AND p.kind <> 'order_correct'"},
};

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 2;
  int n = 1'000'000;
  std::string path = "/tmp/socorg-bench-jobs.db", date = "2025-07-01";
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--orgs" && i + 1 < argc) n = std::atoi(argv[++i]);
    else if (a == "--db" && i + 1 < argc) path = argv[++i];
    else if (a == "--date" && i + 1 < argc) date = argv[++i];
    else if (a == "--keep") keep = true;
  }
  Date as_of = *Date::Parse(date);
  RulesConfig cfg;
  bool reuse = keep && std::filesystem::exists(path);
  if (!reuse) std::filesystem::remove(path), std::filesystem::remove(path + "-wal"), std::filesystem::remove(path + "-shm");
  auto db = Check(Database::Open("sqlite:" + path, 2), "open");
  {
    auto conn = db->Acquire();
    Check(Migrate(*conn), "migrate");
    if (!reuse) {
      std::mt19937_64 rng(42);
      auto t = Steady::now();
      Generate(*conn, n, rng);
      std::printf("generated %d organizations in %.1f s\n", n, Ms(t) / 1000);
    }
  }
  Divisions divisions;
  AppContext ctx;
  ctx.db = ctx.read_db = db.get();
  ctx.divisions = &divisions;
  ctx.rules = cfg;
  const std::vector<JobKind> all = {JobKind::kCredit, JobKind::kZombie, JobKind::kElections, JobKind::kRatings};
  if (!reuse) {
    auto t = Steady::now();
    auto pre = Check(RunJobs(ctx, as_of.AddYears(-1), {JobKind::kCredit}, "bench"), "prior run");
    std::printf("prior credit run as of %s (creates the listings history): inserted %lld in %.1f s\n",
                as_of.AddYears(-1).ToString().c_str(), static_cast<long long>(pre.jobs[0].inserted), Ms(t) / 1000);
  }

  auto conn = db->Acquire();
  Rows counts = Check(conn->Query("SELECT (SELECT count(*) FROM orgs), (SELECT count(*) FROM annual_reports), "
                                  "(SELECT count(*) FROM penalties), (SELECT count(*) FROM credit_listings), "
                                  "(SELECT count(*) FROM ratings), (SELECT count(*) FROM rectification_orders)"),
                      "counts");
  std::printf("data: orgs %lld, annual_reports %lld, penalties %lld, credit_listings %lld, ratings %lld, "
              "rectification_orders %lld\n",
              (long long)counts[0].Int(0), (long long)counts[0].Int(1), (long long)counts[0].Int(2),
              (long long)counts[0].Int(3), (long long)counts[0].Int(4), (long long)counts[0].Int(5));

  // --- C++: snapshot, compute ---
  auto t = Steady::now();
  double cpu0 = CpuMs();
  Snapshot snap = Check(LoadSnapshot(*conn), "snapshot");
  double load_ms = Ms(t);
  std::printf("\nC++ snapshot load: %.0f ms wall, %.0f ms CPU, %zu orgs, %.1f MB of facts, RssAnon %.0f MB, VmHWM %.0f MB\n",
              load_ms, CpuMs() - cpu0, snap.size(), snap.MemoryBytes() / 1048576.0, AnonKb() / 1024.0,
              PeakRssKb() / 1024.0);
  double compute_total = 0;
  size_t decisions = 0;
  for (int threads : {1, 2}) {
    compute_total = 0;
    decisions = 0;
    double cpu_start = CpuMs();
    t = Steady::now();
    CreditPlan credit = PlanCredit(snap, as_of, cfg, threads);
    double c_ms = Ms(t);
    t = Steady::now();
    FlagPlan zombie = PlanFlags(snap, JobKind::kZombie, as_of, cfg, threads);
    double z_ms = Ms(t);
    t = Steady::now();
    FlagPlan elections = PlanFlags(snap, JobKind::kElections, as_of, cfg, threads);
    double e_ms = Ms(t);
    t = Steady::now();
    auto ratings = PlanRatings(snap, as_of, cfg);
    double r_ms = Ms(t);
    compute_total = c_ms + z_ms + e_ms + r_ms;
    decisions = credit.inserts.size() + credit.exits.size() + zombie.raises.size() + zombie.clears.size() +
                elections.raises.size() + elections.clears.size() + ratings.size();
    std::printf("C++ compute, %d thread(s): CPU %.0f ms; wall: credit %.0f ms (%zu new, %zu exits), zombie %.0f ms (%zu), elections %.0f "
                "ms (%zu), ratings %.0f ms (%zu); total %.0f ms\n",
                threads, CpuMs() - cpu_start, c_ms, credit.inserts.size(), credit.exits.size(), z_ms, zombie.raises.size(), e_ms,
                elections.raises.size(), r_ms, ratings.size(), compute_total);
    std::printf("  RssAnon with the snapshot and the plans: %.0f MB\n", AnonKb() / 1024.0);
  }
  double cpp_compute = compute_total;

  // --- SQL: the same rules as queries ---
  std::printf("\nSQL rules on the same database (SQLite):\n");
  double sql_total = 0;
  double sql_cpu0 = CpuMs();
  for (const auto& rule : kSqlRules) {
    t = Steady::now();
    Rows rows = Check(conn->Query(rule.sql, {as_of.ToString()}), rule.name);
    double ms = Ms(t);
    sql_total += ms;
    std::printf("  %-30s %8.0f ms  %8zu rows\n", rule.name, ms, rows.size());
  }
  std::printf("SQL total %.0f ms wall (%.0f ms CPU) vs C++ compute %.0f ms wall: C++ is %.1fx faster\n", sql_total,
              CpuMs() - sql_cpu0, cpp_compute, sql_total / cpp_compute);
  snap = Snapshot{};

  // --- writing, then idempotence ---
  t = Steady::now();
  auto first = Check(RunJobs(ctx, as_of, all, "bench"), "run");
  std::printf("\nrun as of %s (load %.0f ms):\n", date.c_str(), first.load_ms);
  for (const auto& j : first.jobs)
    std::printf("  %-10s inserted %7lld updated %7lld compute %6.0f ms write %7.0f ms\n", j.job.c_str(),
                (long long)j.inserted, (long long)j.updated, j.compute_ms, j.write_ms);
  auto second = Check(RunJobs(ctx, as_of, all, "bench"), "rerun");
  long long changed = 0;
  for (const auto& j : second.jobs) changed += j.inserted + j.updated;
  std::printf("second run as of %s: %lld changes (idempotent: %s)\n", date.c_str(), changed, changed == 0 ? "yes" : "NO");
  std::printf("RssAnon %.0f MB, VmHWM %.0f MB (includes mmap'd database pages)\n", AnonKb() / 1024.0,
              PeakRssKb() / 1024.0);
  return changed == 0 ? 0 : 1;
}
