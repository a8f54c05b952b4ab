// The public open-data extract (issue #14 item 1): a daily snapshot of the public register as documented
// tables — CSV (UTF-8 with BOM, so Excel opens it) and JSON Lines for each, described by a Frictionless Data
// Tabular Data Package (datapackage.json: each table's Table Schema, byte count and SHA-256) and a
// SHA256SUMS file. `socorg opendata --out DIR`, the server's daily run (app/daily.h) and
// GET /api/v1/public/opendata/ use it. Only the public record is written (store/opendata.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_context.h"

namespace socorg {

struct OpenDataFile {
  std::string path;     // file name inside the snapshot folder
  std::string table;
  std::string format;   // csv | jsonl
  std::int64_t bytes = 0, rows = 0;
  std::string sha256;   // hex
};

struct OpenDataSnapshot {
  std::string date;     // the snapshot date, also the folder's name
  std::string folder;   // its path
  std::vector<OpenDataFile> files;
  double seconds = 0;
};

// The register's tables followed by those the modules registered (cli/modules.cpp).
void RegisterOpenDataTables(AppContext& ctx, std::vector<opendata::Table> tables);

// Writes the extract as of `as_of` into `out_dir`/YYYY-MM-DD/ (a rerun on the same date replaces it; the
// folder appears complete or not at all), then removes all but the newest `keep` snapshots. One read
// snapshot of the database for every table. Audited as `opendata.extract` by `actor`.
Result<OpenDataSnapshot> WriteOpenData(AppContext& ctx, Date as_of, const std::string& out_dir, int keep,
                                       const std::string& actor);

struct OpenDataLoad {
  std::vector<std::pair<std::string, std::int64_t>> tables;  // name, rows loaded
};
// Loads a snapshot folder into an empty register (a new installation, a test of the extract): checks every
// file's size and SHA-256 against its datapackage.json first, then writes each table that has a loader in
// one transaction (all or nothing). Persons get only name and role. Audited as `opendata.load`.
Result<OpenDataLoad> LoadOpenData(AppContext& ctx, const std::string& folder, const std::string& actor);

// The complete snapshots in `out_dir`, newest first.
std::vector<std::string> OpenDataDates(const std::string& out_dir);
// A snapshot's datapackage.json (date "latest" = the newest), or kNotFound.
Result<std::string> OpenDataPackage(const std::string& out_dir, std::string_view date);
// The path of one file of a snapshot: a name its datapackage.json lists (or datapackage.json, SHA256SUMS);
// kNotFound otherwise, so no other path can be asked for.
Result<std::string> OpenDataFilePath(const std::string& out_dir, std::string_view date, std::string_view file);

}  // namespace socorg
