#include "cli/cli.h"

#include <sodium.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "app/app_context.h"
#include "app/audit_log.h"
#include "app/auth.h"
#include "app/backup.h"
#include "demo/demo.h"
#include "app/export.h"
#include "app/import.h"
#include "app/daily.h"
#include "app/opendata.h"
#include "app/stats_cube.h"
#include "cli/modules.h"
#include "http/server.h"
#include "store/migrations.h"

namespace socorg {
namespace {

struct Common {
  std::string db = "sqlite:data/socorg.db";
  std::vector<std::string> replicas;
  std::string divisions;
  std::string config = "config/socorg.json";
  std::string opendata_dir;  // default: AppContext's data/opendata
  int opendata_keep = 7;
};

int Report(const Error& e) {
  std::cerr << "error: " << e.message << "\n       " << e.message_en;
  if (!e.field.empty()) std::cerr << " [" << e.field << "]";
  std::cerr << "\n";
  return e.kind == ErrorKind::kInternal ? 2 : 1;
}

// Opens the database (creating the directory of a SQLite file), migrates it, and loads divisions.
struct Env {
  std::unique_ptr<Database> db;
  std::vector<std::unique_ptr<Database>> replicas;
  Divisions divisions;
  std::unique_ptr<LoginThrottle> throttle;
  std::unique_ptr<WindowLimiter> public_submissions;
  AppContext ctx;
};

Result<std::unique_ptr<Env>> Open(const Common& c, int pool_size) {
  auto env = std::make_unique<Env>();
  if (c.db.starts_with("sqlite:")) {
    std::filesystem::path p(c.db.substr(7));
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
  }
  SOCORG_TRY(env->db, Database::Open(c.db, pool_size));
  {
    auto conn = env->db->Acquire();
    SOCORG_TRY_VOID(Migrate(*conn));
  }
  for (auto& r : c.replicas) {
    SOCORG_TRY(auto rdb, Database::OpenReplica(r, pool_size));
    env->replicas.push_back(std::move(rdb));
  }
  // Public reads go to the first replica; while it is down, to the next one, and finally to the primary.
  for (size_t i = 0; i < env->replicas.size(); ++i)
    env->replicas[i]->SetFallback(i + 1 < env->replicas.size() ? env->replicas[i + 1].get() : env->db.get());
  SOCORG_TRY(env->divisions, LoadDivisions(c.divisions.empty() ? DefaultDivisionsPath() : c.divisions));
  SOCORG_TRY(env->ctx.rules, LoadRulesConfig(c.config));
  env->throttle = std::make_unique<LoginThrottle>(env->ctx.rules.login_max_failures,
                                                  std::chrono::minutes(env->ctx.rules.login_window_minutes));
  env->ctx.db = env->db.get();
  env->ctx.read_db = env->replicas.empty() ? env->db.get() : env->replicas.front().get();
  env->ctx.divisions = &env->divisions;
  env->ctx.throttle = env->throttle.get();
  env->public_submissions = std::make_unique<WindowLimiter>(env->ctx.rules.public_submissions_per_hour, std::chrono::minutes(60));
  env->ctx.public_submissions = env->public_submissions.get();
  std::vector<opendata::Table> tables;
  for (const Module& m : Modules()) {
    if (m.register_guards) m.register_guards(env->ctx);
    if (m.opendata_tables)
      for (auto& t : m.opendata_tables()) tables.push_back(std::move(t));
  }
  RegisterOpenDataTables(env->ctx, std::move(tables));
  if (!c.opendata_dir.empty()) env->ctx.opendata_dir = c.opendata_dir;
  env->ctx.opendata_keep = c.opendata_keep;
  return env;
}

// One read into a buffer of the file's size (a stringstream copied a 240 MB import twice).
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  std::string out(static_cast<size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<size_t>(in.gcount()));
  return out;
}

std::string GeneratePassword() {
  static const char kChars[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string out;
  for (int i = 0; i < 16; ++i) out += kChars[randombytes_uniform(sizeof kChars - 1)];
  return out;
}

}  // namespace

int RunCli(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "libsodium failed to initialise\n";
    return 2;
  }
  CLI::App app{"socorg — registration and supervision of social organizations (社会组织登记管理)"};
  app.require_subcommand(1);
  Common common;
  auto add_common = [&](CLI::App* sub) {
    sub->add_option("--db", common.db, "sqlite:PATH (default sqlite:data/socorg.db) or postgres://...");
    sub->add_option("--divisions", common.divisions, "division table (default data/divisions.tsv)");
    sub->add_option("--config", common.config, "rules configuration JSON (default config/socorg.json)");
  };

  ServerOptions serve_opt;
  auto* serve = app.add_subcommand("serve", "HTTP API, console and portal");
  add_common(serve);
  serve->add_option("--port", serve_opt.port, "port (default 8080)");
  serve->add_option("--address", serve_opt.address, "listen address (default 127.0.0.1)");
  serve->add_option("--threads", serve_opt.threads, "worker threads (default: cores)");
  serve->add_option("--web", serve_opt.web_root, "built console/portal (default web/dist)");
  serve->add_option("--db-replica", common.replicas, "read replica for public reads (repeatable)");
  bool opendata_daily = true;
  serve->add_option("--opendata-dir", common.opendata_dir, "open-data snapshots served under /api/v1/public/opendata/ (default data/opendata)");
  serve->add_option("--opendata-keep", common.opendata_keep, "daily snapshots kept (default 7)")->check(CLI::Range(1, 366));
  serve->add_option("--opendata-daily", opendata_daily, "write a snapshot when the date rolls over (default true)");

  auto* migrate = app.add_subcommand("migrate", "apply schema migrations");
  add_common(migrate);

  DemoOptions demo_opt;
  auto* demo = app.add_subcommand("demo", "generate a realistic demo register");
  add_common(demo);
  demo->add_option("--region", demo_opt.region, "province or city code (default 150000 内蒙古)");
  demo->add_option("--orgs", demo_opt.orgs, "number of organizations (default 600)");
  demo->add_option("--seed", demo_opt.seed, "random seed");
  demo->add_option("--supervision", demo_opt.supervision,
                   "supervision history and a jobs run as of today (default true; false: the register only)");
  demo->add_option("--party", demo_opt.party, "party-building data (default true; false: none)");

  auto* user = app.add_subcommand("user", "accounts");
  user->require_subcommand(1);
  NewUser nu;
  auto* user_add = user->add_subcommand("add", "create an account");
  add_common(user_add);
  user_add->add_option("--username", nu.username)->required();
  user_add->add_option("--password", nu.password, "omit to generate and print a one-time password");
  user_add->add_option("--role", nu.role,
                       "ministry_officer|province_officer|city_officer|county_officer|supervisory_reviewer|org_account|auditor")
      ->required();
  user_add->add_option("--region", nu.region_code, "jurisdiction (region code)");
  user_add->add_option("--org", nu.org_uscc, "the organization's code (org_account)");
  user_add->add_option("--unit", nu.unit,
                       "supervisory_reviewer: the supervisory unit it acts for (业务主管单位, as on the register); "
                       "omit for an account that spans its region's units");
  auto* user_list = user->add_subcommand("list", "list accounts");
  add_common(user_list);

  std::string import_file;
  auto* import = app.add_subcommand("import", "import organizations from CSV (UTF-8 or GB18030), all or nothing");
  add_common(import);
  import->add_option("file", import_file, "CSV file")->required()->check(CLI::ExistingFile);

  std::string export_format = "csv", export_out, export_region;
  auto* exp = app.add_subcommand("export", "export the register (csv, xlsx, json)");
  add_common(exp);
  exp->add_option("--format", export_format, "csv|xlsx|json")->check(CLI::IsMember({"csv", "xlsx", "json"}));
  exp->add_option("--out,-o", export_out, "output file (default stdout)");
  exp->add_option("--region", export_region, "only this region's subtree");

  auto* opendata = app.add_subcommand("opendata", "write today's public open-data extract (CSV + JSON Lines + datapackage.json)");
  add_common(opendata);
  opendata->add_option("--out,-o", common.opendata_dir, "folder of the snapshots (default data/opendata); this one goes to OUT/DATE/");
  opendata->add_option("--keep", common.opendata_keep, "snapshots kept, newest first (default 7)")->check(CLI::Range(1, 366));
  std::string opendata_folder;
  auto* opendata_load = opendata->add_subcommand("load", "load a snapshot folder into an empty register (checks every SHA-256 first)");
  add_common(opendata_load);
  opendata_load->add_option("folder", opendata_folder, "the snapshot folder (OUT/DATE)")->required()->check(CLI::ExistingDirectory);

  auto* audit = app.add_subcommand("audit", "audit log");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "check the hash chain; exit 1 when it is broken");
  add_common(audit_verify);

  std::string backup_out, restore_in;
  auto* backup = app.add_subcommand("backup", "online backup (SQLite backup API; PostgreSQL pg_dump)");
  add_common(backup);
  backup->add_option("--out,-o", backup_out, "backup file")->required();
  auto* restore = app.add_subcommand("restore", "replace the database with a backup (stop the server first)");
  add_common(restore);
  restore->add_option("--in,-i", restore_in, "backup file")->required()->check(CLI::ExistingFile);

  for (const Module& m : Modules())
    if (m.add_commands) m.add_commands(app, add_common);

  CLI11_PARSE(app, argc, argv);
  for (const Module& m : Modules())
    if (m.run_offline)
      if (int rc = m.run_offline(); rc >= 0) return rc;

  if (backup->parsed() || restore->parsed()) {
    auto m = backup->parsed() ? BackupTo(common.db, backup_out) : RestoreFrom(common.db, restore_in);
    if (!m) return Report(m.error());
    std::cout << (backup->parsed() ? "backup " + backup_out : "restored " + restore_in) << ": " << m->ToString() << "\n";
    return 0;
  }

  if (serve->parsed()) {
    BlockStopSignals();
    int threads = serve_opt.threads > 0 ? serve_opt.threads : static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
    auto env = Open(common, threads + 2);
    if (!env) return Report(env.error());
    if (serve_opt.web_root.empty()) {
      serve_opt.web_root = std::filesystem::exists("web/dist") ? "web/dist" : std::string(SOCORG_SOURCE_DIR) + "/web/dist";
    }
    // Dashboards' statistics: read once in the background now, then kept fresh (app/stats_cube.h). Never
    // freed: a rebuild thread may still hold it while the process exits.
    auto* stats = new StatsCache();
    (*env)->ctx.stats = stats;
    stats->Prime((*env)->ctx);
    for (const Module& m : Modules()) {
      if (m.add_routes) serve_opt.module_routes.push_back(m.add_routes);
      if (m.on_serve) m.on_serve((*env)->ctx);
    }
    if (opendata_daily)
      AddDailyTask((*env)->ctx, {"open-data extract", [](AppContext& ctx, Date today) -> Status {
                                   SOCORG_TRY(auto s, WriteOpenData(ctx, today, ctx.opendata_dir, ctx.opendata_keep, "scheduler"));
                                   std::fprintf(stderr, "open data as of %s: %s (%.1f s)\n", s.date.c_str(), s.folder.c_str(), s.seconds);
                                   return {};
                                 }});
    StartDaily((*env)->ctx);
    return RunServer((*env)->ctx, serve_opt);
  }
  auto env = Open(common, 1);
  if (!env) return Report(env.error());
  AppContext& ctx = (*env)->ctx;
  for (const Module& m : Modules())
    if (m.run)
      if (int rc = m.run(ctx); rc >= 0) return rc;

  if (opendata_load->parsed()) {
    auto r = LoadOpenData(ctx, opendata_folder, "cli");
    if (!r) return Report(r.error());
    std::cout << "open data loaded from " << opendata_folder << ":";
    for (const auto& [name, n] : r->tables) std::cout << " " << name << " " << n << ";";
    std::cout << "\n";
    return 0;
  }
  if (opendata->parsed()) {
    // As of today: the register's tables hold today's state, so an earlier date would mix two days.
    auto r = WriteOpenData(ctx, ctx.clock.Today(), ctx.opendata_dir, ctx.opendata_keep, "cli");
    if (!r) return Report(r.error());
    std::cout << "open data as of " << r->date << ": " << r->folder << " (" << r->seconds << " s)\n";
    for (const auto& f : r->files)
      std::cout << "  " << f.path << "\t" << f.rows << " rows\t" << f.bytes << " bytes\tsha256 " << f.sha256 << "\n";
    return 0;
  }
  if (migrate->parsed()) {
    std::cout << "migrations: up to date\n";
    return 0;
  }
  if (demo->parsed()) {
    auto r = GenerateDemo(ctx, demo_opt);
    if (!r) return Report(r.error());
    std::cout << "demo: " << r->orgs << " organizations, " << r->persons << " persons, " << r->events
              << " events in region " << demo_opt.region << "\n";
    if (demo_opt.supervision) {
      const auto& s = r->sup;
      std::cout << "supervision: " << s.reports << " annual reports (" << s.reports_late << " late, " << s.reports_missing
                << " missing, " << s.concluded << " concluded), " << s.ratings << " ratings, " << s.penalties
                << " penalties, " << s.rectifications << " rectification orders, " << s.inspected << " inspected, "
                << s.complaints << " complaints, " << s.cases << " case; jobs: " << s.listings << " listings, "
                << s.flags << " flags, " << s.rating_changes << " rating changes\n";
    }
    if (demo_opt.party)
      std::cout << "party: " << r->party.filings << " filings (" << r->party.pending << " awaiting review), "
                << r->party.joint_branches << " joint branches, " << r->party.decisions << " decisions\n";
    return 0;
  }
  if (user_add->parsed()) {
    bool generated = nu.password.empty();
    if (generated) nu.password = GeneratePassword();
    auto r = CreateUser(ctx, nu, "cli");
    if (!r) return Report(r.error());
    std::cout << "user " << r->username << " (" << ToString(r->role) << ") created";
    if (generated) std::cout << "\n  one-time password: " << nu.password;
    std::cout << "\n";
    return 0;
  }
  if (user_list->parsed()) {
    auto r = ListUsers(ctx);
    if (!r) return Report(r.error());
    for (auto& u : *r)
      std::cout << u.username << "\t" << ToString(u.role) << "\t" << (u.org_uscc.empty() ? u.region_code : u.org_uscc) << "\t"
                << u.created_at << (u.unit.empty() ? "" : "\t" + u.unit) << "\n";
    return 0;
  }
  if (import->parsed()) {
    auto r = ImportCsv(ctx, ReadFile(import_file), "cli");
    if (!r) return Report(r.error());
    if (!r->ok()) {
      std::cerr << "import failed, nothing was imported (" << r->errors.size() << " errors, encoding " << r->encoding
                << "):\n";
      for (auto& e : r->errors)
        std::cerr << "  row " << e.row << ", " << e.column << ": " << e.message << " / " << e.message_en << "\n";
      return 1;
    }
    std::cout << "imported " << r->imported << " organizations (" << r->encoding << ")\n";
    return 0;
  }
  if (exp->parsed()) {
    auto r = ExportAll(ctx, export_format, export_region);
    if (!r) return Report(r.error());
    if (export_out.empty()) {
      std::cout << r->body;
    } else {
      std::ofstream(export_out, std::ios::binary) << r->body;
      std::cerr << "wrote " << export_out << "\n";
    }
    return 0;
  }
  if (audit_verify->parsed()) {
    auto conn = ctx.db->Acquire();
    auto v = VerifyAudit(*conn);
    if (!v) return Report(v.error());
    if (v->ok) {
      std::cout << "audit chain intact: " << v->records << " records\n";
      return 0;
    }
    std::cout << "audit chain BROKEN at record " << v->first_bad_id << ": " << v->problem << "\n";
    return 1;
  }
  return 0;
}

}  // namespace socorg
