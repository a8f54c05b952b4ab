#include "app/import.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <unordered_set>

#include "app/audit_log.h"
#include "app/csv.h"
#include "app/export.h"
#include "app/text_normalizer.h"
#include "domain/region.h"
#include "domain/uscc.h"
#include "store/bulk_load.h"
#include "store/event_store.h"
#include "store/org_store.h"

namespace socorg {
namespace {

constexpr size_t kMaxErrors = 1000;
const char* const kRequired[] = {"uscc", "name", "type", "level", "region_code", "registered_on"};

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// While an import runs, SQLite keeps the B-tree pages it is filling in its own cache instead of
// writing them out and reading them back (at 1M rows the indexes outgrow the default 64 MiB and every
// insert missed). Restored afterwards: the connection goes back to the server's pool.
// From this many rows on, rebuilding the indexes once costs less than maintaining them row by row.
constexpr size_t kDeferIndexesFromRows = 20000;

class BulkLoadCache {
 public:
  explicit BulkLoadCache(Connection& c) : c_(c) {
    // threads: CREATE INDEX (DeferredIndexes::Rebuild) may sort on a second thread.
    if (c_.dialect() == Dialect::kSqlite) (void)c_.ExecScript("PRAGMA cache_size=-1048576; PRAGMA threads=2");
  }
  ~BulkLoadCache() {
    if (c_.dialect() == Dialect::kSqlite) (void)c_.ExecScript("PRAGMA cache_size=-65536; PRAGMA threads=0");
  }

 private:
  Connection& c_;
};

}  // namespace

Result<ImportReport> ImportCsv(AppContext& ctx, const std::string& bytes, const std::string& actor) {
  ImportReport rep;
  SOCORG_TRY(std::string text, DecodeToUtf8(bytes, &rep.encoding));
  SOCORG_TRY(auto rows, ParseCsv(text));
  if (rows.empty()) return Fail(ErrorKind::kInvalid, "empty_file", "文件为空", "the file is empty", "file");
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) col[Trim(rows[0][i])] = i;
  for (const char* c : kRequired)
    if (!col.contains(c))
      return Fail(ErrorKind::kInvalid, "missing_column", std::string("缺少列：") + c, std::string("missing column: ") + c, c);
  rep.rows = static_cast<int>(rows.size()) - 1;

  Date today = ctx.clock.Today();
  std::string now = ctx.clock.Now();
  // Rows are checked on two threads (normalisation dominates); the per-row results are then assembled in
  // row order, so the report is the same as a sequential pass: errors in row order, the in-file duplicate
  // check in its place among a row's checks, at most kMaxErrors.
  struct RowResult {
    std::vector<RowError> before_dup, after_dup;  // the row's errors around the duplicate-code check
    bool dup_check = false;                          // the code is valid, so it takes part in the check
    std::string code;                                // the normalised code
    std::optional<OrgRecord> record;                 // when the row passed every check but the duplicate one
  };
  std::vector<RowResult> results(rows.size());
  auto validate = [&](size_t r) {
    RowResult& out = results[r];
    int rn = static_cast<int>(r);
    auto* errs = &out.before_dup;
    auto error = [&](int row, const std::string& column, std::string zh, std::string en) {
      errs->push_back({row, column, std::move(zh), std::move(en)});
    };
    auto get = [&](const char* name) -> std::string {
      auto it = col.find(name);
      if (it == col.end() || it->second >= rows[r].size()) return "";
      return Trim(rows[r][it->second]);
    };
    OrgRecord o;
    auto check = CheckUscc(get("uscc"));
    if (!check.valid()) error(rn, "uscc", check.problems[0].message, check.problems[0].message_en);
    o.uscc = check.normalized;
    o.name = get("name");
    if (o.name.empty()) error(rn, "name", "名称不能为空", "name is empty");
    if (o.name.size() > 200) error(rn, "name", "名称过长", "name too long");
    auto type = ParseOrgType(get("type"));
    if (!type) error(rn, "type", "类型应为 social_group|social_service_agency|foundation|community", "unknown type");
    o.type = get("type");
    o.region_code = get("region_code");
    bool region_ok = IsRegionCodeShape(o.region_code) && ctx.divisions->Contains(o.region_code);
    if (!region_ok) error(rn, "region_code", "行政区划代码不存在", "unknown region code");
    auto level = ParseOrgLevel(get("level"));
    if (!level) error(rn, "level", "级别应为 national|provincial|municipal|county", "unknown level");
    else if (region_ok && *level != LevelForAuthority(o.region_code))
      error(rn, "level", "级别与登记机关所在行政区划不符", "level does not match the region's level");
    o.level = get("level");
    if (check.valid() && type && check.normalized[1] != UsccCategoryFor(*type))
      error(rn, "uscc", "代码第2位（机构类别）与组织类型不符", "position 2 (category) does not match the type");
    if (check.valid() && region_ok && check.normalized.substr(2, 6) != o.region_code)
      error(rn, "uscc", "代码第3-8位与登记机关行政区划不符", "positions 3-8 do not match region_code");
    out.dup_check = check.valid();
    out.code = check.normalized;
    errs = &out.after_dup;
    auto reg = Date::Parse(get("registered_on"));
    if (!reg) error(rn, "registered_on", "登记日期应为YYYY-MM-DD", "registered_on must be YYYY-MM-DD");
    else if (*reg > today) error(rn, "registered_on", "登记日期晚于今天", "registered_on is in the future");
    std::string status = col.contains("status") ? get("status") : "";
    if (status.empty()) status = "active";
    if (status != "active" && status != "deregistered" && status != "revoked")
      error(rn, "status", "状态应为 active、deregistered 或 revoked", "status must be active, deregistered or revoked");
    if (!out.before_dup.empty() || !out.after_dup.empty()) return;
    o.name_norm = NormalizeText(o.name);
    o.status = status;
    o.legal_rep = get("legal_rep");
    o.address = get("address");
    o.business_scope = get("business_scope");
    o.supervisory_unit = get("supervisory_unit");
    o.registered_on = reg->ToString();
    o.term_start = o.registered_on;
    o.term_end = reg->AddYears(ctx.rules.term_years).ToString();
    o.created_at = o.updated_at = now;
    out.record = std::move(o);
  };
  size_t mid = 1 + (rows.size() - 1) / 2;
  {
    std::jthread second([&] {
      for (size_t r = mid; r < rows.size(); ++r) validate(r);
    });
    for (size_t r = 1; r < mid; ++r) validate(r);
  }
  std::vector<OrgRecord> records;
  records.reserve(rows.size());
  std::unordered_set<std::string> seen;
  seen.reserve(rows.size());
  for (size_t r = 1; r < rows.size(); ++r) {
    RowResult& res = results[r];
    size_t before = rep.errors.size();
    auto add = [&](RowError& e) {
      if (rep.errors.size() < kMaxErrors) rep.errors.push_back(std::move(e));
    };
    for (auto& e : res.before_dup) add(e);
    if (res.dup_check && !seen.insert(std::move(res.code)).second) {
      RowError e{static_cast<int>(r), "uscc", "文件中代码重复", "duplicate code in the file"};
      add(e);
    }
    for (auto& e : res.after_dup) add(e);
    if (rep.errors.size() != before || !res.record) continue;
    records.push_back(std::move(*res.record));
  }
  results.clear();
  results.shrink_to_fit();
  if (!rep.errors.empty()) return rep;

  auto conn = ctx.db->Acquire();
  BulkLoadCache bulk(*conn);
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  // A large file is loaded without the secondary indexes, which are then built once by sorting.
  std::optional<DeferredIndexes> deferred;
  if (records.size() >= kDeferIndexesFromRows) {
    SOCORG_TRY(deferred, DeferredIndexes::Drop(*conn, {"orgs", "events"}));
  }
  // Rows and events first, the name index after them: FTS5 flushes its pending index at every statement
  // savepoint, so interleaving the two costs a flush per row (docs/benchmarks.md).
  std::vector<OrgId> ids;
  ids.reserve(records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    auto& o = records[i];
    auto id = org_store::InsertRow(*conn, o);
    if (!id) {
      if (id.error().kind == ErrorKind::kConflict) {
        rep.errors.push_back({static_cast<int>(i + 1), "uscc", "代码已在登记库中", "the code is already registered"});
        return rep;  // the transaction rolls back: nothing imported
      }
      return std::unexpected(id.error());
    }
    nlohmann::json changes = {{"uscc", {nullptr, *o.uscc}}, {"name", {nullptr, o.name}}, {"status", {nullptr, o.status}}};
    SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, *id, "import", *o.registered_on, now, actor,
                                                           "", changes.dump()}));
    ids.push_back(*id);
  }
  SOCORG_TRY_VOID(org_store::SetBulkIndexing(*conn, true));
  for (size_t i = 0; i < records.size(); ++i)
    SOCORG_TRY_VOID(org_store::IndexName(*conn, ids[i], std::nullopt, records[i].name_norm));
  SOCORG_TRY_VOID(org_store::SetBulkIndexing(*conn, false));
  if (deferred) SOCORG_TRY_VOID(deferred->Rebuild());
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, actor, "register.import", "orgs",
                                    nlohmann::json{{"rows", records.size()}, {"encoding", rep.encoding},
                                                   {"sha256", Sha256Hex(bytes)}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  rep.imported = static_cast<int>(records.size());
  return rep;
}

}  // namespace socorg
