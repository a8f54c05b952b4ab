#include "app/supervision/jobs.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/audit_log.h"
#include "domain/supervision/zombie.h"
#include "store/event_store.h"
#include "store/supervision/credit.h"
#include "store/supervision/flags.h"
#include "store/supervision/jobs.h"
#include "store/supervision/ratings.h"

namespace socorg::supervision {
namespace {

using Clock_ = std::chrono::steady_clock;
double MsSince(Clock_::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock_::now() - t).count();
}

bool SameExit(const ListingFact& stored, const DesiredListing& d) {
  return stored.exited_on == d.exited_on && (!d.exited_on || stored.exit_reason == d.exit_reason);
}

std::string Explanation(const Finding& f) {
  return f.explanation_zh + (f.explanation_en.empty() ? "" : " / " + f.explanation_en);
}

Finding FlagFinding(const Snapshot& s, size_t i, FlagKind kind, Date as_of, const RulesConfig& cfg) {
  OrgFacts o = s.Facts(i);
  switch (kind) {
    case FlagKind::kZombie: return ExplainZombie(AssessZombie(o, as_of, cfg), as_of, cfg);
    case FlagKind::kOverdueElection: {
      auto since = ElectionOverdueSince(o, as_of);
      return ExplainElectionOverdue(o, since.value_or(as_of), as_of);
    }
    case FlagKind::kLowActivityCommunity: {
      Date last = as_of;
      auto since = LowActivitySince(o, as_of, cfg, &last);
      return ExplainLowActivity(last, since.value_or(as_of), as_of, cfg);
    }
    case FlagKind::kRevocationCandidate: {
      int years = 0;
      auto since = RevocationCandidateSince(o, as_of, cfg, &years);
      return ExplainRevocationCandidate(years, since.value_or(as_of), cfg);
    }
  }
  return {};
}

}  // namespace

Result<std::vector<JobKind>> ParseJobs(const std::string& s) {
  if (s.empty() || s == "all") return std::vector<JobKind>{JobKind::kCredit, JobKind::kZombie, JobKind::kElections,
                                                           JobKind::kRatings};
  if (auto k = ParseJobKind(s)) return std::vector<JobKind>{*k};
  return Fail(ErrorKind::kInvalid, "unknown_job", "未知的批处理任务：" + s,
              "unknown job (credit|zombie|elections|ratings|all): " + s, "jobs");
}

std::string FactsJson(const Finding& f) {
  nlohmann::json facts = nlohmann::json::object();
  for (const auto& [k, v] : f.facts) facts[k] = v;
  return nlohmann::json{{"rule_id", f.rule_id},
                        {"basis", f.basis},
                        {"title", f.title_zh},
                        {"outcome", ToString(f.outcome)},
                        {"facts", facts}}
      .dump();
}

CreditPlan PlanCredit(const Snapshot& s, Date as_of, const RulesConfig& cfg, int threads) {
  auto parts = Parallel<CreditPlan>(s.size(), threads, [&](size_t b, size_t e, CreditPlan& plan) {
    std::vector<DesiredListing> desired;
    for (size_t i = b; i < e; ++i) {
      desired.clear();
      OrgFacts o = s.Facts(i);
      EvaluateCredit(o, as_of, cfg, desired);
      for (const DesiredListing& d : desired) {
        const ListingFact* stored = nullptr;
        for (const auto& l : o.listings)
          if (d.stored_id ? l.id == d.stored_id : (l.cause == d.cause && l.source_id == d.source_id)) {
            stored = &l;
            break;
          }
        if (!stored) {
          if (!d.stored_id) plan.inserts.push_back({i, d});
        } else if (!SameExit(*stored, d) && !IsOfficerExit(stored->exit_reason)) {
          plan.exits.push_back({i, stored->id, d});
        }
      }
    }
  });
  CreditPlan out = std::move(parts[0]);
  for (size_t p = 1; p < parts.size(); ++p) {
    out.inserts.insert(out.inserts.end(), parts[p].inserts.begin(), parts[p].inserts.end());
    out.exits.insert(out.exits.end(), parts[p].exits.begin(), parts[p].exits.end());
  }
  return out;
}

FlagPlan PlanFlags(const Snapshot& s, JobKind job, Date as_of, const RulesConfig& cfg, int threads) {
  auto parts = Parallel<FlagPlan>(s.size(), threads, [&](size_t b, size_t e, FlagPlan& plan) {
    for (size_t i = b; i < e; ++i) {
      OrgFacts o = s.Facts(i);
      std::pair<FlagKind, std::optional<Date>> want[3];
      int n = 0;
      if (job == JobKind::kElections) {
        want[n++] = {FlagKind::kOverdueElection, ElectionOverdueSince(o, as_of)};
      } else {
        ZombieAssessment z = AssessZombie(o, as_of, cfg);
        want[n++] = {FlagKind::kZombie, z.zombie ? z.since : std::nullopt};
        want[n++] = {FlagKind::kRevocationCandidate, RevocationCandidateSince(o, as_of, cfg, nullptr)};
        want[n++] = {FlagKind::kLowActivityCommunity, LowActivitySince(o, as_of, cfg)};
      }
      auto flags = s.Flags(i);
      for (int k = 0; k < n; ++k) {
        const StoredFlag* stored = nullptr;
        for (const auto& f : flags)
          if (f.kind == want[k].first) stored = &f;
        if (want[k].second && !stored) plan.raises.push_back({i, want[k].first, *want[k].second, 0});
        else if (want[k].second && stored->since != *want[k].second)
          plan.raises.push_back({i, want[k].first, *want[k].second, stored->id});
        else if (!want[k].second && stored) plan.clears.push_back({i, stored->id});
      }
    }
  });
  FlagPlan out = std::move(parts[0]);
  for (size_t p = 1; p < parts.size(); ++p) {
    out.raises.insert(out.raises.end(), parts[p].raises.begin(), parts[p].raises.end());
    out.clears.insert(out.clears.end(), parts[p].clears.begin(), parts[p].clears.end());
  }
  return out;
}

std::vector<RatingPlanItem> PlanRatings(const Snapshot& s, Date as_of, const RulesConfig& cfg) {
  std::vector<RatingPlanItem> out;
  std::vector<std::pair<RatingChangeKind, std::int64_t>> recorded;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.ratings[i].id == 0) continue;
    recorded.clear();
    for (const auto& c : s.RatingChanges(i))
      if (c.rating_id == s.ratings[i].id) recorded.push_back({static_cast<RatingChangeKind>(c.kind), c.trigger_id});
    for (auto& c : EvaluateRatingChanges(s.Facts(i), as_of, cfg, recorded)) out.push_back({i, c});
  }
  return out;
}

namespace {

Status WriteEvent(Connection& c, std::int64_t org, const std::string& action, Date as_of, const std::string& now,
                  const std::string& actor, const std::string& reason) {
  SOCORG_TRY_VOID(event_store::Append(c, EventRecord{0, OrgId{org}, action, as_of.ToString(), now, actor, reason, "{}"}));
  return {};
}

Result<JobStats> WriteCredit(AppContext& ctx, Connection& c, const Snapshot& s, const CreditPlan& plan, Date as_of,
                             const std::string& actor) {
  JobStats st;
  std::string now = ctx.clock.Now();
  for (const auto& ins : plan.inserts) {
    Finding f = ExplainListing(ins.listing, ctx.rules);
    ListingRecord r;
    r.org_id = s.orgs[ins.org].id;
    r.list = ListOf(ins.listing.cause);
    r.cause = ins.listing.cause;
    r.source_id = ins.listing.source_id;
    r.automatic = true;
    r.entered_on = ins.listing.entered_on;
    r.exited_on = ins.listing.exited_on;
    r.exit_reason = ins.listing.exit_reason;
    r.rule_id = f.rule_id, r.basis = f.basis, r.facts = FactsJson(f), r.explanation = Explanation(f);
    r.created_by = actor, r.created_at = now, r.updated_at = now;
    SOCORG_TRY_VOID(supervision_store::InsertListing(c, r));
    SOCORG_TRY_VOID(WriteEvent(c, r.org_id, "credit_listed", as_of, now, actor, f.title_zh + "：" + f.explanation_zh));
    ++st.inserted;
  }
  for (const auto& ex : plan.exits) {
    Finding f = ExplainListing(ex.listing, ctx.rules);
    SOCORG_TRY_VOID(supervision_store::UpdateListingExit(c, ex.listing_id, ex.listing.exited_on, ex.listing.exit_reason,
                                                         FactsJson(f), Explanation(f), now));
    SOCORG_TRY_VOID(WriteEvent(c, s.orgs[ex.org].id, "credit_exited", as_of, now, actor, f.explanation_zh));
    ++st.updated;
  }
  return st;
}

Result<JobStats> WriteFlags(AppContext& ctx, Connection& c, const Snapshot& s, const FlagPlan& plan, Date as_of,
                            const std::string& actor) {
  JobStats st;
  std::string now = ctx.clock.Now();
  for (const auto& r : plan.raises) {
    Finding f = FlagFinding(s, r.org, r.kind, as_of, ctx.rules);
    if (r.existing_id) {
      SOCORG_TRY_VOID(supervision_store::UpdateFlag(c, r.existing_id, r.since, FactsJson(f), Explanation(f), now));
      ++st.updated;
      continue;
    }
    FlagRecord row;
    row.org_id = s.orgs[r.org].id;
    row.kind = r.kind;
    row.since = r.since;
    row.first_seen_on = as_of;
    row.rule_id = f.rule_id, row.basis = f.basis, row.facts = FactsJson(f), row.explanation = Explanation(f);
    row.created_at = now;
    SOCORG_TRY_VOID(supervision_store::InsertFlag(c, row));
    SOCORG_TRY_VOID(WriteEvent(c, row.org_id, "flag_raised", as_of, now, actor, f.title_zh + "：" + f.explanation_zh));
    ++st.inserted;
  }
  for (const auto& cl : plan.clears) {
    SOCORG_TRY_VOID(supervision_store::ClearFlag(c, cl.flag_id, as_of, now));
    SOCORG_TRY_VOID(WriteEvent(c, s.orgs[cl.org].id, "flag_cleared", as_of, now, actor, "条件不再成立"));
    ++st.updated;
  }
  return st;
}

Result<JobStats> WriteRatings(AppContext& ctx, Connection& c, const Snapshot& s, const std::vector<RatingPlanItem>& plan,
                              Date as_of, const std::string& actor) {
  JobStats st;
  std::string now = ctx.clock.Now();
  for (const auto& it : plan) {
    Finding f = ExplainRatingChange(it.change, ctx.rules);
    std::int64_t rating_id = s.ratings[it.org].id, org = s.orgs[it.org].id;
    SOCORG_TRY_VOID(supervision_store::InsertRatingChange(
        c, {rating_id, org, it.change.trigger_id, it.change.kind, it.change.on, it.change.from_grade,
            it.change.to_grade, f.rule_id, f.basis, FactsJson(f), Explanation(f), now}));
    bool expired = it.change.kind == RatingChangeKind::kExpired;
    SOCORG_TRY_VOID(supervision_store::SetRatingGrade(c, rating_id, it.change.to_grade,
                                                      expired ? RatingStatus::kExpired : RatingStatus::kDecided, now));
    SOCORG_TRY_VOID(WriteEvent(c, org, "rating_changed", as_of, now, actor, f.title_zh + "：" + f.explanation_zh));
    ++st.inserted;
  }
  return st;
}

}  // namespace

Result<JobsResult> RunJobs(AppContext& ctx, Date as_of, const std::vector<JobKind>& jobs, const std::string& actor) {
  JobsResult res;
  auto conn = ctx.db->Acquire();
  auto t0 = Clock_::now();
  Snapshot snap;
  {
    SOCORG_TRY(auto tx, Transaction::Start(*conn, false));  // one consistent read
    SOCORG_TRY(snap, LoadSnapshot(*conn));
  }
  res.load_ms = MsSince(t0);
  res.snapshot_bytes = snap.MemoryBytes();
  for (JobKind job : jobs) {
    JobStats st;
    auto tc = Clock_::now();
    CreditPlan credit;
    FlagPlan flags;
    std::vector<RatingPlanItem> ratings;
    if (job == JobKind::kCredit) credit = PlanCredit(snap, as_of, ctx.rules);
    else if (job == JobKind::kRatings) ratings = PlanRatings(snap, as_of, ctx.rules);
    else flags = PlanFlags(snap, job, as_of, ctx.rules);
    double compute_ms = MsSince(tc);
    auto tw = Clock_::now();
    SOCORG_TRY(auto tx, Transaction::Start(*conn));
    Result<JobStats> written = job == JobKind::kCredit    ? WriteCredit(ctx, *conn, snap, credit, as_of, actor)
                               : job == JobKind::kRatings ? WriteRatings(ctx, *conn, snap, ratings, as_of, actor)
                                                          : WriteFlags(ctx, *conn, snap, flags, as_of, actor);
    if (!written) return std::unexpected(written.error());
    st = *written;
    st.job = std::string(ToString(job));
    st.evaluated = static_cast<std::int64_t>(snap.size());
    st.compute_ms = compute_ms;
    nlohmann::json summary{{"evaluated", st.evaluated}, {"inserted", st.inserted}, {"updated", st.updated},
                           {"compute_ms", compute_ms}};
    SOCORG_TRY_VOID(supervision_store::InsertJobRun(*conn, {0, job, as_of, ctx.clock.Now(), st.evaluated, st.inserted,
                                                            st.updated, actor, summary.dump()}));
    SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, actor, "jobs." + st.job, "jobs:" + as_of.ToString(),
                                      summary.dump()));
    SOCORG_TRY_VOID(tx.Commit());
    st.write_ms = MsSince(tw);
    res.jobs.push_back(st);
  }
  return res;
}

}  // namespace socorg::supervision
