#include "app/opendata.h"

#include "support/csv.h"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/audit_log.h"

namespace socorg {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using opendata::Cells;
using opendata::FieldType;

// A file written through a buffer, hashed (SHA-256) and counted as it goes.
class HashedFile {
 public:
  static Result<HashedFile> Create(const fs::path& p) {
    std::FILE* f = std::fopen(p.c_str(), "wb");
    if (!f)
      return Fail(ErrorKind::kInternal, "opendata_write_failed", "无法写入公开数据文件",
                  "cannot write " + p.string());
    return HashedFile(f);
  }
  HashedFile(HashedFile&& o) noexcept : f_(o.f_), buf_(std::move(o.buf_)), st_(o.st_), bytes_(o.bytes_) { o.f_ = nullptr; }
  ~HashedFile() {
    if (f_) std::fclose(f_);
  }
  void Put(std::string_view s) {
    buf_.append(s);
    if (buf_.size() >= (1 << 20)) Flush();
  }
  void Put(char c) { buf_.push_back(c); }
  // Closes the file; the hex digest, or an error when the disk refused a write.
  Result<std::string> Finish() {
    Flush();
    bool ok = !ferr_ && std::fclose(f_) == 0;
    f_ = nullptr;
    if (!ok) return Fail(ErrorKind::kInternal, "opendata_write_failed", "写入公开数据文件失败", "writing a file failed");
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&st_, out);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex);
  }
  std::int64_t bytes() const { return bytes_ + static_cast<std::int64_t>(buf_.size()); }

 private:
  explicit HashedFile(std::FILE* f) : f_(f) { crypto_hash_sha256_init(&st_); }
  void Flush() {
    if (buf_.empty()) return;
    crypto_hash_sha256_update(&st_, reinterpret_cast<const unsigned char*>(buf_.data()), buf_.size());
    if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) ferr_ = true;
    bytes_ += static_cast<std::int64_t>(buf_.size());
    buf_.clear();
  }
  std::FILE* f_;
  std::string buf_;
  crypto_hash_sha256_state st_{};
  std::int64_t bytes_ = 0;
  bool ferr_ = false;
};


void PutJsonString(HashedFile& f, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  f.Put('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': f.Put("\\\""); break;
      case '\\': f.Put("\\\\"); break;
      case '\n': f.Put("\\n"); break;
      case '\r': f.Put("\\r"); break;
      case '\t': f.Put("\\t"); break;
      default:
        if (c < 0x20) {
          f.Put("\\u00");
          f.Put(kHex[c >> 4]);
          f.Put(kHex[c & 15]);
        } else {
          f.Put(static_cast<char>(c));
        }
    }
  }
  f.Put('"');
}

json FieldJson(const opendata::Field& fd) {
  json j = {{"name", fd.name}, {"type", opendata::ToString(fd.type)}, {"title", fd.title},
            {"description", fd.description}};
  if (fd.type == FieldType::kDate) j["format"] = "%Y-%m-%d";
  json c = json::object();
  if (fd.required) c["required"] = true;
  if (!fd.values.empty()) c["enum"] = fd.values;
  if (!c.empty()) j["constraints"] = c;
  return j;
}

struct Written {
  OpenDataFile csv, jsonl;
};

Result<Written> WriteTable(Connection& c, const opendata::Table& t, Date as_of, const fs::path& dir) {
  SOCORG_TRY(HashedFile csv, HashedFile::Create(dir / (t.name + ".csv")));
  SOCORG_TRY(HashedFile jsonl, HashedFile::Create(dir / (t.name + ".jsonl")));
  csv.Put("\xEF\xBB\xBF");  // the BOM: Excel reads the file as UTF-8
  for (size_t i = 0; i < t.fields.size(); ++i) {
    if (i) csv.Put(',');
    csv.Put(CsvField(t.fields[i].name));
  }
  csv.Put("\r\n");
  std::int64_t rows = 0;
  SOCORG_TRY_VOID(t.each(c, as_of, [&](const Cells& cells) {
    ++rows;
    jsonl.Put('{');
    for (size_t i = 0; i < t.fields.size(); ++i) {
      const auto& cell = i < cells.size() ? cells[i] : std::nullopt;
      if (i) csv.Put(','), jsonl.Put(',');
      PutJsonString(jsonl, t.fields[i].name);
      jsonl.Put(':');
      if (!cell) {
        jsonl.Put("null");
        continue;
      }
      // Text that a spreadsheet would run as a formula gets an apostrophe in the CSV (support/csv.h); the
      // JSON Lines keep the value as it is.
      csv.Put(CsvField(*cell, t.fields[i].type == FieldType::kString));
      switch (t.fields[i].type) {
        case FieldType::kInteger:
        case FieldType::kBoolean:
        case FieldType::kObject:
        case FieldType::kArray: jsonl.Put(*cell); break;
        default: PutJsonString(jsonl, *cell);
      }
    }
    csv.Put("\r\n");
    jsonl.Put("}\n");
  }));
  Written w;
  w.csv = {t.name + ".csv", t.name, "csv", csv.bytes(), rows, ""};
  w.jsonl = {t.name + ".jsonl", t.name, "jsonl", jsonl.bytes(), rows, ""};
  SOCORG_TRY(w.csv.sha256, csv.Finish());
  SOCORG_TRY(w.jsonl.sha256, jsonl.Finish());
  return w;
}

json PackageJson(const std::vector<opendata::Table>& tables, const std::vector<Written>& files, Date as_of,
                 const std::string& created) {
  json resources = json::array();
  for (size_t i = 0; i < tables.size(); ++i) {
    const auto& t = tables[i];
    const auto& w = files[i];
    json fields = json::array();
    for (const auto& fd : t.fields) fields.push_back(FieldJson(fd));
    json schema = {{"fields", fields}, {"missingValues", json::array({""})}};
    if (!t.primary_key.empty()) schema["primaryKey"] = t.primary_key;
    resources.push_back({{"name", t.name},
                         {"path", w.csv.path},
                         {"profile", "tabular-data-resource"},
                         {"title", t.title},
                         {"description", t.description},
                         {"format", "csv"},
                         {"mediatype", "text/csv"},
                         {"encoding", "utf-8"},  // with a BOM, which Frictionless readers skip
                         {"dialect", {{"delimiter", ","}, {"lineTerminator", "\r\n"}, {"header", true}}},
                         {"bytes", w.csv.bytes},
                         {"hash", "sha256:" + w.csv.sha256},
                         {"rows", w.csv.rows},
                         {"schema", schema}});
    // The same rows as JSON Lines, one object per line with the fields above (null for a missing value).
    resources.push_back({{"name", t.name + "_jsonl"},
                         {"path", w.jsonl.path},
                         {"profile", "data-resource"},
                         {"title", t.title + "（JSON Lines）"},
                         {"description", "The rows of " + w.csv.path + " as JSON Lines, with the same fields."},
                         {"format", "jsonl"},
                         {"mediatype", "application/x-ndjson"},
                         {"encoding", "utf-8"},
                         {"bytes", w.jsonl.bytes},
                         {"hash", "sha256:" + w.jsonl.sha256},
                         {"rows", w.jsonl.rows}});
  }
  // "data-package": the JSON Lines files are data resources beside the tabular CSV ones (a
  // tabular-data-package may hold only tabular resources).
  return {{"profile", "data-package"},
          {"name", "socorg-public-register"},
          {"id", "socorg-public-register-" + as_of.ToString()},
          {"title", "社会组织登记与监管公开数据"},
          {"description",
           "The public register of social organizations (社会组织) and its supervision record as of " +
               as_of.ToString() + ": registration facts, history, responsible persons by name and role, "
               "annual-report conclusions, credit lists, penalties, inspections, ratings and illegal-"
               "organization decisions. No ID numbers, phones or home addresses."},
          {"version", as_of.ToString()},
          {"created", created},
          {"snapshot_date", as_of.ToString()},
          {"sources", json::array({{{"title", "socorg"}}})},
          {"resources", resources}};
}

bool IsSnapshotName(std::string_view s) { return s.size() == 10 && Date::Parse(s).has_value(); }

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

void RegisterOpenDataTables(AppContext& ctx, std::vector<opendata::Table> tables) {
  if (ctx.opendata_tables.empty()) ctx.opendata_tables = opendata::RegisterTables();
  for (auto& t : tables) ctx.opendata_tables.push_back(std::move(t));
}

Result<OpenDataSnapshot> WriteOpenData(AppContext& ctx, Date as_of, const std::string& out_dir, int keep,
                                       const std::string& actor) {
  if (keep < 1 || keep > 366)
    return Fail(ErrorKind::kInvalid, "out_of_range", "保留份数应为1至366", "keep must be 1 to 366", "keep");
  if (ctx.opendata_tables.empty()) RegisterOpenDataTables(ctx, {});
  auto started = std::chrono::steady_clock::now();
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  fs::path final_dir = fs::path(out_dir) / as_of.ToString();
  fs::path tmp = fs::path(out_dir) / (".tmp-" + as_of.ToString() + "-" + std::to_string(::getpid()) + "-" +
                                      std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::create_directories(tmp, ec);
  if (ec)
    return Fail(ErrorKind::kInternal, "opendata_write_failed", "无法创建公开数据目录", "cannot create " + tmp.string());
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code e;
      if (!p.empty()) fs::remove_all(p, e);
    }
  } cleanup{tmp};

  std::vector<Written> written;
  {
    auto conn = ctx.db->Acquire();
    SOCORG_TRY(auto snapshot, opendata::ReadSnapshot(*conn));
    for (const auto& t : ctx.opendata_tables) {
      SOCORG_TRY(Written w, WriteTable(*conn, t, as_of, tmp));
      written.push_back(std::move(w));
    }
  }
  std::string created = ctx.clock.Now();
  json pkg = PackageJson(ctx.opendata_tables, written, as_of, created);
  OpenDataSnapshot snap;
  snap.date = as_of.ToString();
  snap.folder = final_dir.string();
  std::string sums;
  for (const auto& w : written)
    for (const auto* f : {&w.csv, &w.jsonl}) {
      snap.files.push_back(*f);
      sums += f->sha256 + "  " + f->path + "\n";
    }
  {
    std::ofstream(tmp / "datapackage.json", std::ios::binary) << pkg.dump(2) << "\n";
    std::ofstream(tmp / "SHA256SUMS", std::ios::binary) << sums;
  }
  // The snapshot appears whole: an earlier one of the same date is moved aside first.
  fs::path old = fs::path(out_dir) / (".old-" + tmp.filename().string());
  if (fs::exists(final_dir)) fs::rename(final_dir, old, ec);
  fs::rename(tmp, final_dir, ec);
  if (ec)
    return Fail(ErrorKind::kInternal, "opendata_write_failed", "无法发布公开数据", "cannot move the snapshot into place");
  cleanup.p = old;
  auto dates = OpenDataDates(out_dir);
  for (size_t i = static_cast<size_t>(keep); i < dates.size(); ++i) fs::remove_all(fs::path(out_dir) / dates[i], ec);
  snap.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  json detail = {{"date", snap.date}, {"folder", snap.folder}, {"seconds", snap.seconds}};
  json tables = json::object();
  for (const auto& w : written) tables[w.csv.table] = {{"rows", w.csv.rows}, {"sha256", w.csv.sha256}};
  detail["tables"] = tables;
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, actor, "opendata.extract", "opendata:" + snap.date, detail.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return snap;
}

namespace {

std::unexpected<Error> Refuse(const std::string& code, const std::string& zh, const std::string& en, const std::string& field) {
  return Fail(ErrorKind::kInvalid, code, zh, en, field);
}

// The file's SHA-256 (hex) and size, read in 1 MiB pieces.
std::pair<std::string, std::int64_t> HashOf(const fs::path& p) {
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  std::ifstream in(p, std::ios::binary);
  std::string buf(1 << 20, '\0');
  std::int64_t bytes = 0;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = in.gcount();
    if (n <= 0) break;
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(buf.data()), static_cast<size_t>(n));
    bytes += n;
  }
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, out);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return {hex, bytes};
}

}  // namespace

Result<OpenDataLoad> LoadOpenData(AppContext& ctx, const std::string& folder, const std::string& actor) {
  if (ctx.opendata_tables.empty()) RegisterOpenDataTables(ctx, {});
  fs::path dir(folder);
  json pkg = json::parse(ReadAll(dir / "datapackage.json"), nullptr, false);
  if (!pkg.is_object() || !pkg.contains("resources") || !pkg["resources"].is_array())
    return Refuse("opendata_no_package", "目录中没有有效的 datapackage.json", "no valid datapackage.json in the folder",
                  "folder");
  std::vector<std::string> listed;
  for (const auto& r : pkg["resources"]) {
    std::string path = r.value("path", ""), hash = r.value("hash", "");
    if (path.empty() || path.find('/') != std::string::npos || !hash.starts_with("sha256:"))
      return Refuse("opendata_bad_resource", "datapackage.json 中的资源无效：" + path, "invalid resource " + path, "resources");
    auto [hex, bytes] = HashOf(dir / path);
    if (hex != hash.substr(7) || bytes != r.value("bytes", std::int64_t{-1}))
      return Refuse("opendata_hash_mismatch", "文件与 datapackage.json 中的校验值不符：" + path,
                    "the file does not match its SHA-256 and size in datapackage.json: " + path, path);
    listed.push_back(path);
  }
  auto conn = ctx.db->Acquire();
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY(bool empty, opendata::RegisterEmpty(*conn));
  if (!empty)
    return Refuse("register_not_empty", "登记库中已有社会组织，只能载入空库", "the register is not empty: load into an empty one",
                  "db");
  opendata::LoadState st;
  st.now = ctx.clock.Now();
  st.actor = actor;
  OpenDataLoad out;
  for (const auto& t : ctx.opendata_tables) {
    if (!t.load) continue;
    std::string file = t.name + ".jsonl";
    if (std::find(listed.begin(), listed.end(), file) == listed.end())
      return Refuse("opendata_missing_table", "公开数据中缺少表：" + file, "the snapshot lacks " + file, file);
    std::ifstream in(dir / file, std::ios::binary);
    std::string line;
    std::int64_t n = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      ++n;
      json row = json::parse(line, nullptr, false);
      if (!row.is_object())
        return Refuse("opendata_bad_row", file + " 第" + std::to_string(n) + "行不是JSON对象",
                      file + " line " + std::to_string(n) + " is not a JSON object", file);
      SOCORG_TRY_VOID(t.load(*conn, row, st));
    }
    if (t.finish) SOCORG_TRY_VOID(t.finish(*conn, st));
    out.tables.emplace_back(t.name, n);
  }
  json detail = {{"folder", folder}, {"snapshot_date", pkg.value("snapshot_date", "")}};
  for (const auto& [name, n] : out.tables) detail["rows"][name] = n;
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, actor, "opendata.load", "opendata:" + pkg.value("snapshot_date", ""),
                                    detail.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return out;
}

std::vector<std::string> OpenDataDates(const std::string& out_dir) {
  std::vector<std::string> dates;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(out_dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.is_directory() && IsSnapshotName(name) && fs::exists(e.path() / "datapackage.json")) dates.push_back(name);
  }
  std::sort(dates.rbegin(), dates.rend());
  return dates;
}

namespace {
Result<std::string> SnapshotDate(const std::string& out_dir, std::string_view date) {
  auto dates = OpenDataDates(out_dir);
  if (date == "latest" && !dates.empty()) return dates.front();
  if (std::find(dates.begin(), dates.end(), date) != dates.end()) return std::string(date);
  return Fail(ErrorKind::kNotFound, "opendata_not_found", "没有该日期的公开数据", "no open-data snapshot of that date", "date");
}
}  // namespace

Result<std::string> OpenDataPackage(const std::string& out_dir, std::string_view date) {
  SOCORG_TRY(std::string d, SnapshotDate(out_dir, date));
  return ReadAll(fs::path(out_dir) / d / "datapackage.json");
}

Result<std::string> OpenDataFilePath(const std::string& out_dir, std::string_view date, std::string_view file) {
  SOCORG_TRY(std::string d, SnapshotDate(out_dir, date));
  fs::path dir = fs::path(out_dir) / d;
  if (file == "datapackage.json" || file == "SHA256SUMS") return (dir / file).string();
  json pkg = json::parse(ReadAll(dir / "datapackage.json"), nullptr, false);
  if (pkg.is_object() && pkg.contains("resources"))
    for (const auto& r : pkg["resources"])
      if (r.value("path", "") == file) return (dir / file).string();
  return Fail(ErrorKind::kNotFound, "opendata_file_not_found", "公开数据中没有该文件", "no such file in the snapshot", "file");
}

}  // namespace socorg
