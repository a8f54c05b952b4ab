#include "app/import.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stop_token>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "app/audit_log.h"
#include "support/csv.h"
#include "support/text_normalizer.h"
#include "domain/region.h"
#include "domain/uscc.h"
#include "store/bulk_load.h"
#include "store/event_store.h"
#include "store/org_store.h"

namespace socorg {
namespace {

constexpr size_t kMaxErrors = 1000;
const char* const kRequired[] = {"uscc", "name", "type", "level", "region_code", "registered_on"};
const char* const kOptional[] = {"legal_rep", "address", "business_scope", "supervisory_unit", "status"};
enum Optional { kLegalRep, kAddress, kBusinessScope, kSupervisoryUnit, kStatus };  // positions in kOptional

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string_view() : s.substr(b, e - b + 1);
}

// From this many rows on, rebuilding the indexes once costs less than maintaining them row by row.
constexpr size_t kDeferIndexesFromRows = 20000;

// One data row after its checks: its errors (around the in-file duplicate check, which needs every earlier
// row and so is done by the loader, in row order) and, when it passed, the record and its import event.
struct CheckedRow {
  std::vector<RowError> before_dup, after_dup;
  bool dup_check = false;  // the code is valid, so it takes part in the duplicate check
  std::string code;        // the normalised code
  std::optional<OrgRecord> record;
  std::string changes;  // the import event's {"field":[old,new]}
};

// The row checks of DOMAIN §2–3 for one CSV record. Pure apart from reading the division table.
class RowChecker {
 public:
  RowChecker(const AppContext& ctx, const std::vector<std::string>& header) : ctx_(ctx) {
    std::unordered_map<std::string, int> index;  // column name -> position in the file
    for (size_t i = 0; i < header.size(); ++i) index[std::string(Trim(header[i]))] = static_cast<int>(i);
    auto position = [&](const char* name) { return index.contains(name) ? index[name] : -1; };  // -1: absent
    for (const char* c : kRequired) required_.push_back(position(c));
    for (const char* c : kOptional) optional_.push_back(position(c));
    today_ = ctx.clock.Today();
    now_ = ctx.clock.Now();
  }
  const char* MissingColumn() const {
    for (size_t i = 0; i < std::size(kRequired); ++i)
      if (required_[i] < 0) return kRequired[i];
    return nullptr;
  }

  CheckedRow Check(const std::vector<std::string>& f, int rn) const {
    CheckedRow out;
    auto* errs = &out.before_dup;
    auto error = [&](const char* column, std::string zh, std::string en) {
      errs->push_back({rn, column, std::move(zh), std::move(en)});
    };
    auto get = [&](int col) -> std::string_view {
      return col < 0 || static_cast<size_t>(col) >= f.size() ? std::string_view() : Trim(f[col]);
    };
    enum { kUscc, kName, kType, kLevel, kRegion, kRegistered };
    OrgRecord o;
    auto check = CheckUscc(std::string(get(required_[kUscc])));
    if (!check.valid()) error("uscc", check.problems[0].message, check.problems[0].message_en);
    o.name = get(required_[kName]);
    if (o.name.empty()) error("name", "名称不能为空", "name is empty");
    if (o.name.size() > 200) error("name", "名称过长", "name too long");
    auto type = ParseOrgType(get(required_[kType]));
    if (!type) error("type", "类型应为 social_group|social_service_agency|foundation|community", "unknown type");
    o.region_code = get(required_[kRegion]);
    bool region_ok = IsRegionCodeShape(o.region_code) && ctx_.divisions->Contains(o.region_code);
    if (!region_ok) error("region_code", "行政区划代码不存在", "unknown region code");
    auto level = ParseOrgLevel(get(required_[kLevel]));
    if (!level) error("level", "级别应为 national|provincial|municipal|county", "unknown level");
    else if (region_ok && *level != LevelForAuthority(o.region_code))
      error("level", "级别与登记机关所在行政区划不符", "level does not match the region's level");
    if (check.valid() && type && check.normalized[1] != UsccCategoryFor(*type))
      error("uscc", "代码第2位（机构类别）与组织类型不符", "position 2 (category) does not match the type");
    if (check.valid() && region_ok && check.normalized.substr(2, 6) != o.region_code)
      error("uscc", "代码第3-8位与登记机关行政区划不符", "positions 3-8 do not match region_code");
    out.dup_check = check.valid();
    out.code = check.normalized;
    o.uscc = std::move(check.normalized);
    errs = &out.after_dup;
    auto reg = Date::Parse(std::string(get(required_[kRegistered])));
    if (!reg) error("registered_on", "登记日期应为YYYY-MM-DD", "registered_on must be YYYY-MM-DD");
    else if (*reg > today_) error("registered_on", "登记日期晚于今天", "registered_on is in the future");
    std::string_view status_text = get(optional_[kStatus]);
    auto status = status_text.empty() ? std::optional(OrgStatus::kActive) : ParseOrgStatus(status_text);
    if (!status || !IsPublicStatus(*status))
      error("status", "状态应为 active、deregistered 或 revoked", "status must be active, deregistered or revoked");
    if (!out.before_dup.empty() || !out.after_dup.empty()) return out;
    o.name_norm = NormalizeText(o.name);
    o.type = *type, o.level = *level, o.status = *status;
    o.legal_rep = get(optional_[kLegalRep]);
    o.address = get(optional_[kAddress]);
    o.business_scope = get(optional_[kBusinessScope]);
    o.supervisory_unit = get(optional_[kSupervisoryUnit]);
    o.registered_on = reg->ToString();
    o.term_start = o.registered_on;
    o.term_end = reg->AddYears(ctx_.rules.term_years).ToString();
    o.created_at = o.updated_at = now_;
    out.changes = nlohmann::json{{"uscc", {nullptr, *o.uscc}}, {"name", {nullptr, o.name}},
                                 {"status", {nullptr, ToString(o.status)}}}.dump();
    out.record = std::move(o);
    return out;
  }

 private:
  const AppContext& ctx_;
  std::vector<int> required_, optional_;
  Date today_;
  std::string now_;
};

// Checked rows travel from the checking thread to the loading one in chunks, at most a few at a time, so
// that a large file is never held checked all at once (the loader is the slower of the two).
struct Chunk {
  std::vector<CheckedRow> rows;
  bool last = false;
  std::optional<Error> error;  // the file could not be read to its end (an unterminated quote)
  std::string sha256;          // of the whole file, with the last chunk
};

class ChunkQueue {
 public:
  // Blocks while the queue is full; false when `stop` was requested (the loader gave up).
  bool Push(Chunk c, std::stop_token stop) {
    std::unique_lock lock(mu_);
    if (!cv_.wait(lock, stop, [&] { return q_.size() < kCapacity; })) return false;
    q_.push_back(std::move(c));
    cv_.notify_all();
    return true;
  }
  Chunk Pop() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !q_.empty(); });
    Chunk c = std::move(q_.front());
    q_.pop_front();
    cv_.notify_all();
    return c;
  }

 private:
  static constexpr size_t kCapacity = 4;
  std::mutex mu_;
  std::condition_variable_any cv_;
  std::deque<Chunk> q_;
};

constexpr size_t kChunkRows = 2048;

// The checking thread: reads records after the header, checks them, hands them over in chunks.
// With `names` (a first import, see NameIndexBuild), it also indexes the names of the rows that passed,
// under the ids the loader's inserts will get (`first_id` + row - 1); a failure is left in `names.status`.
struct NameIndexing {
  NameIndexBuild* build = nullptr;
  std::int64_t first_id = 0;
  Status status;
};

void CheckRows(std::stop_token stop, CsvReader& reader, const RowChecker& checker, std::string_view bytes,
               ChunkQueue& queue, NameIndexing& names) {
  std::vector<std::string> fields;
  Chunk chunk;
  int row = 0;
  for (;;) {
    auto more = reader.Next(fields);
    if (!more) {
      chunk.error = more.error();
      break;
    }
    if (!*more) break;
    chunk.rows.push_back(checker.Check(fields, ++row));
    if (names.build && chunk.rows.back().record) {
      names.status = names.build->Add(names.first_id + row - 1, chunk.rows.back().record->name_norm);
      if (!names.status) names.build = nullptr;
    }
    if (chunk.rows.size() == kChunkRows) {
      if (!queue.Push(std::move(chunk), stop)) return;
      chunk = Chunk{};
    }
  }
  if (names.build) names.status = names.build->Finish();
  chunk.last = true;
  if (!chunk.error) chunk.sha256 = Sha256Hex(bytes);
  queue.Push(std::move(chunk), stop);
}

}  // namespace

Result<ImportReport> ImportCsv(AppContext& ctx, const std::string& bytes, const std::string& actor) {
  ImportReport rep;
  SOCORG_TRY(std::string text, DecodeToUtf8(bytes, &rep.encoding));
  CsvReader reader(text);
  std::vector<std::string> header;
  SOCORG_TRY(bool any, reader.Next(header));
  if (!any) return Fail(ErrorKind::kInvalid, "empty_file", "文件为空", "the file is empty", "file");
  RowChecker checker(ctx, header);
  if (const char* c = checker.MissingColumn())
    return Fail(ErrorKind::kInvalid, "missing_column", std::string("缺少列：") + c, std::string("missing column: ") + c, c);

  auto conn = ctx.db->Acquire();
  BulkLoadSession bulk(*conn);
  SOCORG_TRY(std::unique_ptr<NameIndexBuild> name_build, NameIndexBuild::Start(*conn));
  // BEGIN IMMEDIATE would take the write lock of the attached scratch file too, which the checking thread
  // writes: with a scratch index, the transaction starts deferred and takes the register's lock at once.
  SOCORG_TRY(auto tx, Transaction::Start(*conn, /*write=*/!name_build));
  NameIndexing names_built{name_build.get()};
  if (name_build) {
    SOCORG_TRY_VOID(name_build->LockRegister());
    SOCORG_TRY(names_built.first_id, org_store::NextId(*conn));
  }
  bool ids_as_expected = true;  // every row got the id its name was indexed under
  // PostgreSQL: rows go in through COPY, a chunk at a time (one statement per table and chunk instead of
  // three per row); codes already in the register are looked up for the whole chunk in one query.
  std::unique_ptr<OrgCopyLoad> copy = OrgCopyLoad::Start(*conn);
  size_t loaded = 0;
  // Checking (normalisation dominates) runs on a second thread while this one loads; the loader takes the
  // rows in file order, so the report is what a sequential pass gives: errors in row order, the in-file
  // duplicate check in its place among a row's checks, at most kMaxErrors. After the first error, rows are
  // still checked (and their codes looked up in the register) but no longer loaded: the transaction rolls
  // back, nothing is imported.
  ChunkQueue queue;
  std::jthread checking(
      [&](std::stop_token stop) { CheckRows(stop, reader, checker, bytes, queue, names_built); });
  std::optional<DeferredIndexes> deferred;  // a large file is loaded without the secondary indexes
  std::vector<std::pair<OrgId, std::string>> names;  // indexed after all rows (see below)
  std::unordered_set<std::string> seen;
  std::string now = ctx.clock.Now(), sha256;
  auto add = [&](RowError e) {
    if (rep.errors.size() < kMaxErrors) rep.errors.push_back(std::move(e));
  };
  bool failed = false, insert_failed = false;
  for (bool last = false; !last;) {
    Chunk chunk = queue.Pop();
    if (chunk.error) return std::unexpected(*chunk.error);
    last = chunk.last;
    if (last) sha256 = std::move(chunk.sha256);
    std::unordered_set<std::string> registered;  // PostgreSQL: codes of this chunk already in the register
    int chunk_first_row = rep.rows + 1;
    if (copy && !insert_failed) {
      std::vector<std::string> codes;
      for (const CheckedRow& r : chunk.rows)
        if (r.record && r.record->uscc) codes.push_back(*r.record->uscc);
      SOCORG_TRY(auto taken, copy->Registered(codes));
      registered.insert(taken.begin(), taken.end());
    }
    for (CheckedRow& r : chunk.rows) {
      int rn = ++rep.rows;
      bool bad = !r.before_dup.empty() || !r.after_dup.empty();
      for (auto& e : r.before_dup) add(std::move(e));
      if (r.dup_check && !seen.insert(std::move(r.code)).second) {
        add({rn, "uscc", "文件中代码重复", "duplicate code in the file"});
        bad = true;
      }
      for (auto& e : r.after_dup) add(std::move(e));
      if (bad) {
        failed = true;
        continue;
      }
      if (failed) {
        // Not loaded any more; a code already in the register is still reported, unless the failure was a
        // rejected insert (PostgreSQL then refuses every further statement of the transaction).
        if (insert_failed || rep.errors.size() >= kMaxErrors) continue;
        bool existing = false;
        if (copy) {
          existing = registered.contains(*r.record->uscc);
        } else {
          SOCORG_TRY(auto found, org_store::GetByUscc(*conn, *r.record->uscc));
          existing = found.has_value();
        }
        if (existing) add({rn, "uscc", "代码已在登记库中", "the code is already registered"});
        continue;
      }
      if (!deferred && loaded + 1 >= kDeferIndexesFromRows) {
        SOCORG_TRY(deferred, DeferredIndexes::Drop(*conn, {"orgs", "events"}));
      }
      if (copy) {
        if (registered.contains(*r.record->uscc)) {
          add({rn, "uscc", "代码已在登记库中", "the code is already registered"});
          failed = true;
          continue;
        }
        std::string registered_on = *r.record->registered_on;
        copy->Add(std::move(*r.record), EventRecord{0, OrgId{0}, "import", std::move(registered_on), now, actor, "",
                                                   std::move(r.changes)});
        ++loaded;
        continue;
      }
      OrgRecord& o = *r.record;
      std::string registered_on = *o.registered_on, name_norm = o.name_norm;
      auto id = org_store::InsertRow(*conn, std::move(o));
      if (!id) {
        if (id.error().kind != ErrorKind::kConflict) return std::unexpected(id.error());
        add({rn, "uscc", "代码已在登记库中", "the code is already registered"});
        failed = insert_failed = true;
        continue;
      }
      SOCORG_TRY_VOID(event_store::Append(*conn, EventRecord{0, *id, "import", std::move(registered_on), now, actor,
                                                             "", std::move(r.changes)}));
      if (id->value != names_built.first_id + rn - 1) ids_as_expected = false;
      names.emplace_back(*id, std::move(name_norm));
      ++loaded;
    }
    if (copy && !failed) {
      auto written = copy->Flush();
      if (!written) {
        // A code registered by another session after this chunk's look-up; the statement failed, so the
        // transaction accepts no further statement.
        if (written.error().kind != ErrorKind::kConflict) return std::unexpected(written.error());
        add({chunk_first_row, "uscc", "代码已在登记库中（导入期间登记）", "a code of these rows was registered meanwhile"});
        failed = insert_failed = true;
      }
    }
  }
  checking.join();  // the checking thread is done with the name index
  if (failed) return rep;  // the transaction rolls back: nothing imported
  // The records and their events first, the name index after them: FTS5 flushes its pending index at every statement
  // savepoint, so interleaving the two costs a flush per row (docs/benchmarks.md).
  if (copy) {
    SOCORG_TRY_VOID(copy->Finish());
  } else if (name_build && ids_as_expected && names_built.status) {
    SOCORG_TRY_VOID(name_build->CopyInto(*conn));
  } else {
    SOCORG_TRY_VOID(org_store::SetBulkIndexing(*conn, true));
    for (const auto& [id, norm] : names) SOCORG_TRY_VOID(org_store::IndexName(*conn, id, std::nullopt, norm));
    SOCORG_TRY_VOID(org_store::SetBulkIndexing(*conn, false));
  }
  if (deferred) SOCORG_TRY_VOID(deferred->Rebuild());
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, actor, "register.import", "orgs",
                                    nlohmann::json{{"rows", loaded}, {"encoding", rep.encoding},
                                                   {"sha256", sha256}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  // PostgreSQL: statistics for the planner after a large load (autovacuum would get there later; until
  // then the name search plans for the empty table it last saw).
  if (copy && deferred) (void)conn->ExecScript("ANALYZE orgs");
  rep.imported = static_cast<int>(loaded);
  return rep;
}

}  // namespace socorg
