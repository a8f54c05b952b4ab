// Supervision subcommands (issue #4): `jobs run --date D [credit|zombie|elections|ratings|all]` and
// `verify-draw --plan FILE`, which recomputes a published random-inspection draw from its seed, population,
// roster and conflicts and exits 1 on any difference. cli.cpp registers and dispatches them.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "app/app_context.h"

namespace socorg {

struct SupervisionCli {
  CLI::App* jobs_run = nullptr;
  std::string date, job = "all";
  CLI::App* verify_draw = nullptr;
  std::string plan_file;
};

void AddSupervisionCli(CLI::App& app, const std::function<void(CLI::App*)>& add_common, SupervisionCli& out);
// verify-draw needs no database: returns its exit code, or -1 when it was not the chosen subcommand.
int RunVerifyDrawCli(const SupervisionCli& s);
// jobs run: returns its exit code, or -1 when it was not the chosen subcommand.
int RunJobsCli(AppContext& ctx, const SupervisionCli& s);

// Compares a published plan (the JSON of GET /api/v1/public/inspection-plans/:id) with a recomputation.
// Returns "" when identical, else the first difference (English).
std::string VerifyPublishedDraw(const std::string& plan_json);

}  // namespace socorg
