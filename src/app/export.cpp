#include "app/export.h"

#include <nlohmann/json.hpp>

#include "app/audit_log.h"
#include "support/csv.h"
#include "support/text_normalizer.h"
#include "support/xlsx_writer.h"
#include "domain/region.h"
#include "domain/search_text.h"
#include "store/org_store.h"

namespace socorg {
namespace {

std::vector<std::string> RowOf(const OrgRecord& r) {
  return {r.uscc.value_or(""),          r.name,      std::string(ToString(r.type)),  std::string(ToString(r.level)),
          r.region_code,                r.registered_on.value_or(""), r.legal_rep, r.address,
          r.business_scope,             r.supervisory_unit,           std::string(ToString(r.status))};
}

Result<ExportFile> Render(const std::vector<OrgRecord>& orgs, const std::string& format) {
  std::vector<std::string> header = RegisterColumns();
  ExportFile f;
  if (format == "csv") {
    f.body = "\xEF\xBB\xBF";
    for (size_t i = 0; i < header.size(); ++i) f.body += (i ? "," : "") + header[i];
    f.body += "\r\n";
    for (auto& o : orgs) {
      auto row = RowOf(o);
      for (size_t i = 0; i < row.size(); ++i) f.body += (i ? "," : "") + CsvField(row[i]);
      f.body += "\r\n";
    }
    f.content_type = "text/csv; charset=utf-8";
    f.filename = "socorg-register.csv";
  } else if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (auto& o : orgs) {
      auto row = RowOf(o);
      nlohmann::json j;
      for (size_t i = 0; i < header.size(); ++i) j[header[i]] = row[i];
      arr.push_back(j);
    }
    f.body = arr.dump(1);
    f.content_type = "application/json; charset=utf-8";
    f.filename = "socorg-register.json";
  } else if (format == "xlsx") {
    std::vector<std::vector<std::string>> rows{header};
    for (auto& o : orgs) rows.push_back(RowOf(o));
    f.body = WriteXlsx(rows, "社会组织");
    if (f.body.empty()) return Fail(ErrorKind::kInternal, "xlsx_failed", "生成Excel文件失败", "could not write the XLSX file");
    f.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    f.filename = "socorg-register.xlsx";
  } else {
    return Fail(ErrorKind::kInvalid, "invalid_format", "导出格式应为 csv、xlsx 或 json", "format must be csv, xlsx or json",
                "format");
  }
  return f;
}

}  // namespace

const std::vector<std::string>& RegisterColumns() {
  static const std::vector<std::string> k = {"uscc",      "name",           "type",     "level",
                                             "region_code", "registered_on", "legal_rep", "address",
                                             "business_scope", "supervisory_unit", "status"};
  return k;
}

Result<ExportFile> ExportRegister(AppContext& ctx, const Actor& actor, const SearchQuery& q, const std::string& format) {
  if (format != "csv" && format != "xlsx" && format != "json")
    return Fail(ErrorKind::kInvalid, "invalid_format", "导出格式应为 csv、xlsx 或 json", "format must be csv, xlsx or json",
                "format");
  if (!q.region.empty() && (!IsRegionCodeShape(q.region) || !ctx.divisions->Contains(q.region)))
    return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码无效", "unknown region code", "region");
  // An unknown filter value is a mistake to report, not an empty export.
  OrgFilter f;
  if (!q.type.empty() && !(f.type = ParseOrgType(q.type)))
    return Fail(ErrorKind::kInvalid, "invalid_type", "组织类型无效", "unknown type", "type");
  if (!q.level.empty() && !(f.level = ParseOrgLevel(q.level)))
    return Fail(ErrorKind::kInvalid, "invalid_level", "级别无效", "unknown level", "level");
  auto status = ParseOrgStatus(q.status);
  if (!q.status.empty() && !status)
    return Fail(ErrorKind::kInvalid, "invalid_status", "状态无效", "unknown status", "status");
  if (status) f.statuses = {*status};
  SOCORG_TRY(f.region_prefix, VisibleRegionPrefix(actor, q.region));
  std::vector<OrgRecord> orgs;
  auto conn = ctx.db->Acquire();
  if (!q.q.empty()) {
    // Name filter: reuse the search index, then export the matching records.
    std::string norm = NormalizeText(q.q);
    f.match = BigramMatchQuery(norm);
    f.name_like = norm;
    f.limit = 1'000'000;
    SOCORG_TRY(auto res, org_store::Search(*conn, f));
    for (auto& s : res.items) {
      SOCORG_TRY(auto o, org_store::GetById(*conn, s.id));
      if (o) orgs.push_back(std::move(*o));
    }
  } else {
    SOCORG_TRY_VOID(org_store::ForEach(*conn, f, [&](const OrgRecord& r) { orgs.push_back(r); }));
  }
  SOCORG_TRY(ExportFile file, Render(orgs, format));
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY_VOID(AppendAudit(*conn, ctx.clock, actor, "register.export", "region:" + (q.region.empty() ? actor.region_code : q.region),
                              nlohmann::json{{"format", format}, {"rows", orgs.size()}, {"q", q.q}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return file;
}

Result<ExportFile> ExportAll(AppContext& ctx, const std::string& format, const std::string& region) {
  OrgFilter f;
  f.issued_only = true;
  if (!region.empty()) {
    if (!IsRegionCodeShape(region) || !ctx.divisions->Contains(region))
      return Fail(ErrorKind::kInvalid, "invalid_region", "行政区划代码无效", "unknown region code", "region");
    f.region_prefix = RegionPrefix(region);
  }
  std::vector<OrgRecord> orgs;
  auto conn = ctx.db->Acquire();
  SOCORG_TRY_VOID(org_store::ForEach(*conn, f, [&](const OrgRecord& r) { orgs.push_back(r); }));
  SOCORG_TRY(ExportFile file, Render(orgs, format));
  SOCORG_TRY(auto tx, Transaction::Start(*conn));
  SOCORG_TRY_VOID(AppendSystemAudit(*conn, ctx.clock, "cli", "register.export", "region:" + region,
                                    nlohmann::json{{"format", format}, {"rows", orgs.size()}}.dump()));
  SOCORG_TRY_VOID(tx.Commit());
  return file;
}

}  // namespace socorg
