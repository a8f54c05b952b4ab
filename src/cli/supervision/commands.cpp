#include "cli/supervision/commands.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/supervision/jobs.h"
#include "app/supervision/simulate.h"
#include "domain/supervision/inspection_draw.h"
#include "support/json_int.h"

namespace socorg {
namespace {

struct SupervisionCli {
  CLI::App* jobs_run = nullptr;
  std::string date, job = "all";
  CLI::App* jobs_simulate = nullptr;
  std::vector<std::string> sets;
  std::string region;
  int examples = 3;
  CLI::App* verify_draw = nullptr;
  std::string plan_file;
};
SupervisionCli cli_state;  // one command line per process

}  // namespace

void AddSupervisionCommands(CLI::App& app, const std::function<void(CLI::App*)>& add_common) {
  SupervisionCli& out = cli_state;
  auto* jobs = app.add_subcommand("jobs", "supervision batch jobs (credit lists, zombie, elections, ratings)");
  jobs->require_subcommand(1);
  out.jobs_run = jobs->add_subcommand("run", "evaluate every organization as of a date; idempotent");
  add_common(out.jobs_run);
  out.jobs_run->add_option("--date", out.date, "YYYY-MM-DD (default: today)");
  out.jobs_run->add_option("job", out.job, "credit|zombie|elections|ratings|all (default all)");
  out.jobs_simulate = jobs->add_subcommand(
      "simulate", "what-if: every automated rule with changed thresholds against the ones in force; writes nothing");
  add_common(out.jobs_simulate);
  out.jobs_simulate->add_option("--date", out.date, "YYYY-MM-DD (default: today)");
  out.jobs_simulate->add_option("--set", out.sets, "KEY=VALUE, e.g. anomaly_auto_exit_months=9 (repeatable)")
      ->required();
  out.jobs_simulate->add_option("--region", out.region, "region code prefix to compare (default: national)");
  out.jobs_simulate->add_option("--examples", out.examples, "organizations shown per rule and direction (0-50)");
  out.verify_draw = app.add_subcommand("verify-draw", "recompute a published random-inspection draw");
  out.verify_draw->add_option("--plan", out.plan_file, "the published plan JSON (GET /api/v1/public/inspection-plans/ID)")
      ->required()
      ->check(CLI::ExistingFile);
}

std::string VerifyPublishedDraw(const std::string& text) {
  using nlohmann::json;
  json p = json::parse(text, nullptr, false);
  if (p.is_discarded() || !p.is_object()) return "the plan is not valid JSON";
  try {
    if (p.value("algorithm", "") != supervision::kDrawAlgorithm)
      return "unknown algorithm '" + p.value("algorithm", "") + "'";
    std::vector<std::string> population = p.at("population").get<std::vector<std::string>>();
    std::vector<supervision::DrawInspector> roster;
    for (const auto& r : p.at("roster")) roster.push_back({r.at("id").get<std::string>(), r.value("name", "")});
    std::set<std::pair<std::string, std::string>> conflicts;
    for (const auto& c : p.at("conflicts")) conflicts.insert({c.at(0).get<std::string>(), c.at(1).get<std::string>()});
    auto permille = JsonInt<int>(p.at("permille"), 0, 1000);
    auto per_org = JsonInt<int>(p.at("inspectors_per_org"), 0, 100);
    if (!permille || !per_org) return "permille or inspectors_per_org is not an integer in range";
    auto r = supervision::Draw(population, roster, conflicts, p.at("seed").get<std::string>(), *permille, *per_org);
    if (!r) return "the draw cannot be recomputed: " + r.error().message_en;
    if (r->population_digest != p.value("population_digest", ""))
      return "population digest differs: published " + p.value("population_digest", "") + ", recomputed " +
             r->population_digest;
    const json& drawn = p.at("drawn");
    if (drawn.size() != r->drawn.size())
      return "published " + std::to_string(drawn.size()) + " organizations, recomputed " +
             std::to_string(r->drawn.size());
    for (size_t i = 0; i < drawn.size(); ++i) {
      const auto& want = r->drawn[i];
      if (drawn[i].at("uscc").get<std::string>() != want.uscc)
        return "rank " + std::to_string(i + 1) + ": published " + drawn[i].at("uscc").get<std::string>() +
               ", recomputed " + want.uscc;
      if (drawn[i].at("inspectors").get<std::vector<std::string>>() != want.inspectors)
        return "rank " + std::to_string(i + 1) + " (" + want.uscc + "): inspectors differ";
    }
  } catch (const std::exception& e) {
    return std::string("the plan is missing a field: ") + e.what();
  }
  return "";
}

int RunSupervisionOfflineCommand() {
  const SupervisionCli& s = cli_state;
  if (!s.verify_draw || !s.verify_draw->parsed()) return -1;
  std::ifstream in(s.plan_file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string problem = VerifyPublishedDraw(ss.str());
  if (problem.empty()) {
    std::cout << "draw verified: the published result matches the recomputation (" << supervision::kDrawAlgorithm
              << ")\n";
    return 0;
  }
  std::cout << "draw does NOT verify: " << problem << "\n";
  return 1;
}

namespace {

// `--set key=value`: the value as JSON (numbers, true/false), "supervision.key" into the module's section.
std::optional<nlohmann::json> ConfigFromSets(const std::vector<std::string>& sets) {
  nlohmann::json config = nlohmann::json::object();
  for (const auto& kv : sets) {
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) return std::nullopt;
    std::string key = kv.substr(0, eq);
    nlohmann::json value = nlohmann::json::parse(kv.substr(eq + 1), nullptr, false);
    if (value.is_discarded()) value = kv.substr(eq + 1);
    if (key.starts_with("supervision.")) config["supervision"][key.substr(12)] = value;
    else config[key] = value;
  }
  return config;
}

int RunSimulation(AppContext& ctx, const SupervisionCli& s) {
  supervision::SimulationInput in;
  if (!s.date.empty()) {
    in.date = Date::Parse(s.date);
    if (!in.date) {
      std::cerr << "error: --date must be YYYY-MM-DD\n";
      return 1;
    }
  }
  auto config = ConfigFromSets(s.sets);
  if (!config) {
    std::cerr << "error: --set takes KEY=VALUE\n";
    return 1;
  }
  in.config = *config, in.region = s.region, in.examples = s.examples;
  Actor operator_actor{UserId{0}, "cli:simulate", Role::kMinistryOfficer, std::string(kNationalRegion), "", "cli"};
  auto r = supervision::SimulateRules(ctx, operator_actor, in);
  if (!r) {
    std::cerr << "error: " << r.error().message << "\n       " << r.error().message_en
              << (r.error().field.empty() ? "" : " (" + r.error().field + ")") << "\n";
    return 1;
  }
  std::printf("what-if as of %s over %lld organizations (snapshot %.0f ms, both evaluations %.0f ms); nothing "
              "written\n",
              r->as_of.ToString().c_str(), static_cast<long long>(r->evaluated), r->load_ms, r->compute_ms);
  for (const auto& c : r->changes) std::printf("  %s: %s -> %s\n", c.key.c_str(), c.from.dump().c_str(), c.to.dump().c_str());
  std::printf("%-36s %9s %9s %8s %8s\n", "rule", "now", "what-if", "enter", "leave");
  for (const auto& d : r->rules) {
    std::printf("%-36s %9lld %9lld %8lld %8lld\n", d.rule_id.c_str(), static_cast<long long>(d.before),
                static_cast<long long>(d.after), static_cast<long long>(d.enter), static_cast<long long>(d.leave));
    for (const auto& o : d.examples)
      std::printf("    %s %s %s (%s)\n", o.enters ? "+" : "-", o.uscc.c_str(), o.name.c_str(), o.region_code.c_str());
  }
  return 0;
}

}  // namespace

int RunSupervisionCommand(AppContext& ctx) {
  const SupervisionCli& s = cli_state;
  if (s.jobs_simulate && s.jobs_simulate->parsed()) return RunSimulation(ctx, s);
  if (!s.jobs_run || !s.jobs_run->parsed()) return -1;
  Date as_of = ctx.clock.Today();
  if (!s.date.empty()) {
    auto d = Date::Parse(s.date);
    if (!d) {
      std::cerr << "error: --date must be YYYY-MM-DD\n";
      return 1;
    }
    as_of = *d;
  }
  auto jobs = supervision::ParseJobs(s.job);
  if (!jobs) {
    std::cerr << "error: " << jobs.error().message_en << "\n";
    return 1;
  }
  auto r = supervision::RunJobs(ctx, as_of, *jobs, "cli:jobs");
  if (!r) {
    std::cerr << "error: " << r.error().message << "\n       " << r.error().message_en << "\n";
    return 2;
  }
  std::printf("jobs as of %s: snapshot loaded in %.0f ms (%.1f MB)\n", as_of.ToString().c_str(), r->load_ms,
              r->snapshot_bytes / 1048576.0);
  for (const auto& j : r->jobs)
    std::printf("  %-10s evaluated %lld, inserted %lld, updated %lld; compute %.0f ms, write %.0f ms\n",
                j.job.c_str(), static_cast<long long>(j.evaluated), static_cast<long long>(j.inserted),
                static_cast<long long>(j.updated), j.compute_ms, j.write_ms);
  return 0;
}

}  // namespace socorg
