#include "store/org_store.h"

#include <algorithm>

#include "domain/search_text.h"

#include "store/postgres/postgres_queries.h"
#include "store/sqlite/sqlite_queries.h"

namespace socorg::org_store {
namespace {

constexpr char kOrgColumns[] =
    "id, uscc, name, name_norm, type, level, status, region_code, supervisory_unit, legal_rep, address, "
    "business_scope, funds, charity, registered_on, ended_on, term_start, term_end, postponed_until, "
    "certificate_no, application, version, created_at, updated_at";

constexpr char kInsertOrg[] =
    "INSERT INTO orgs (uscc, name, name_norm, type, level, status, region_code, supervisory_unit, legal_rep, "
    "address, business_scope, funds, charity, registered_on, ended_on, term_start, term_end, postponed_until, "
    "certificate_no, application, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
    "$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 1, $21, $22)";

constexpr char kUpdateOrg[] =
    "UPDATE orgs SET uscc = $1, name = $2, name_norm = $3, type = $4, level = $5, status = $6, region_code = $7, "
    "supervisory_unit = $8, legal_rep = $9, address = $10, business_scope = $11, funds = $12, charity = $13, "
    "registered_on = $14, ended_on = $15, term_start = $16, term_end = $17, postponed_until = $18, "
    "certificate_no = $19, application = $20, created_at = $21, updated_at = $22, version = version + 1 "
    "WHERE id = $23 AND version = $24";

constexpr char kNextSerial[] =
    "INSERT INTO counters (name, value) VALUES ($1, 1) "
    "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value";

// The parameters $1..$22 of kInsertOrg and kUpdateOrg. The strings are moved out of an rvalue record.
template <typename Rec>
Params OrgParams(Rec&& r) {
  auto m = [&](auto member) -> decltype(auto) { return std::forward<Rec>(r).*member; };
  auto opt = [&](auto member) {
    auto&& o = m(member);
    return o ? Value(*std::forward<decltype(o)>(o)) : Null();
  };
  using R = OrgRecord;
  return {opt(&R::uscc), m(&R::name), m(&R::name_norm), Value(std::string(ToString(r.type))),
          Value(std::string(ToString(r.level))), Value(std::string(ToString(r.status))),
          m(&R::region_code), m(&R::supervisory_unit), m(&R::legal_rep), m(&R::address), m(&R::business_scope),
          r.funds, static_cast<std::int64_t>(r.charity), opt(&R::registered_on), opt(&R::ended_on),
          opt(&R::term_start), opt(&R::term_end), opt(&R::postponed_until), opt(&R::certificate_no),
          m(&R::application), m(&R::created_at), m(&R::updated_at)};
}

// R is a Row (from Query) or a RowRef (from ForEach): both read columns by position.
template <typename R>
OrgRecord FromRow(const R& w) {
  OrgRecord r;
  r.id = OrgId{w.Int(0)};
  r.uscc = w.OptText(1);
  r.name = w.Text(2), r.name_norm = w.Text(3);
  // The store writes only the enums' wire names, so the fallbacks are never taken.
  r.type = ParseOrgType(w.Text(4)).value_or(OrgType::kSocialGroup);
  r.level = ParseOrgLevel(w.Text(5)).value_or(OrgLevel::kCounty);
  r.status = ParseOrgStatus(w.Text(6)).value_or(OrgStatus::kApplied);
  r.region_code = w.Text(7), r.supervisory_unit = w.Text(8), r.legal_rep = w.Text(9), r.address = w.Text(10);
  r.business_scope = w.Text(11), r.funds = w.Int(12), r.charity = w.Int(13) != 0;
  r.registered_on = w.OptText(14), r.ended_on = w.OptText(15), r.term_start = w.OptText(16);
  r.term_end = w.OptText(17), r.postponed_until = w.OptText(18), r.certificate_no = w.OptText(19);
  r.application = w.Text(20), r.version = w.Int(21), r.created_at = w.Text(22), r.updated_at = w.Text(23);
  return r;
}

// One record by a unique key. Read through ForEach: the record's strings are the only copies made.
Result<std::optional<OrgRecord>> GetOne(Connection& c, const std::string& sql, const Value& key) {
  std::optional<OrgRecord> out;
  SOCORG_TRY_VOID(c.ForEach(sql, {key}, [&](const RowRef& w) { out = FromRow(w); }));
  return out;
}

// Built once, not per call: GET by code is the most requested read.
const std::string kSelectByUscc = std::string("SELECT ") + kOrgColumns + " FROM orgs WHERE uscc = $1";
const std::string kSelectById = std::string("SELECT ") + kOrgColumns + " FROM orgs WHERE id = $1";
const std::string kSelectByUsccForUpdate = kSelectByUscc + " FOR UPDATE";
const std::string kSelectByIdForUpdate = kSelectById + " FOR UPDATE";

bool RowLocks(Connection& c, Lock lock) { return lock == Lock::kForUpdate && c.dialect() == Dialect::kPostgres; }

// The smallest code greater than every code with the prefix: "15" -> "16", "1599" -> "15:" (':' > '9').
std::string PrefixEnd(std::string p) {
  p.back() = static_cast<char>(p.back() + 1);
  return p;
}

// WHERE clauses shared by search and export. Parameters are appended to `params`.
std::string FilterSql(const OrgFilter& f, Params& params) {
  std::string where = " WHERE 1 = 1";
  auto param = [&](Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  if (f.issued_only) where += " AND o.uscc IS NOT NULL";
  if (f.type) where += " AND o.type = " + param(std::string(ToString(*f.type)));
  if (f.level) where += " AND o.level = " + param(std::string(ToString(*f.level)));
  if (!f.statuses.empty()) {
    where += " AND o.status IN (";
    for (size_t i = 0; i < f.statuses.size(); ++i)
      where += (i ? ", " : "") + param(std::string(ToString(f.statuses[i])));
    where += ")";
  }
  if (!f.region_prefix.empty()) {
    where += " AND o.region_code >= " + param(f.region_prefix);
    where += " AND o.region_code < " + param(PrefixEnd(f.region_prefix));
  }
  return where;
}

// The sort is an enum: no caller text reaches the SQL.
std::string OrderBy(const OrgFilter& f) {
  const char* dir = f.descending ? " DESC" : " ASC";
  std::string col = f.sort == OrgSort::kRegisteredOn ? "o.registered_on" : f.sort == OrgSort::kName ? "o.name" : "";
  if (col.empty()) return std::string(" ORDER BY o.id") + dir;
  // NULLs (registered_on of applications) sort as SQLite sorts them by default, spelled out so that
  // PostgreSQL (NULLs last in ascending order by default) gives the same order.
  return " ORDER BY " + col + dir + (f.descending ? " NULLS LAST" : " NULLS FIRST") + ", o.id" + dir;
}

}  // namespace

Result<OrgId> InsertRow(Connection& c, const OrgRecord& r) {
  SOCORG_TRY(std::int64_t id, c.InsertId(kInsertOrg, OrgParams(r)));
  return OrgId{id};
}

Result<OrgId> InsertRow(Connection& c, OrgRecord&& r) {
  SOCORG_TRY(std::int64_t id, c.InsertId(kInsertOrg, OrgParams(std::move(r))));
  return OrgId{id};
}

Result<OrgId> Insert(Connection& c, const OrgRecord& r) {
  SOCORG_TRY(OrgId id, InsertRow(c, r));
  SOCORG_TRY_VOID(IndexName(c, id, std::nullopt, r.name_norm));
  return id;
}

Status Update(Connection& c, const OrgRecord& r, std::int64_t expected_version) {
  Params p = OrgParams(r);
  p.push_back(r.id.value);
  p.push_back(expected_version);
  SOCORG_TRY(std::int64_t n, c.Exec(kUpdateOrg, p));
  if (n != 1)
    return Fail(ErrorKind::kConflict, "stale_version", "该组织已被他人修改，请刷新后重试",
                "the organization was changed by someone else; reload and retry", "version");
  return {};
}

Result<std::optional<OrgRecord>> GetByUscc(Connection& c, const std::string& uscc, Lock lock) {
  return GetOne(c, RowLocks(c, lock) ? kSelectByUsccForUpdate : kSelectByUscc, uscc);
}
Result<std::optional<OrgRecord>> GetById(Connection& c, OrgId id, Lock lock) {
  return GetOne(c, RowLocks(c, lock) ? kSelectByIdForUpdate : kSelectById, id.value);
}

Result<std::int64_t> NextId(Connection& c) {
  SOCORG_TRY(Rows rows, c.Query("SELECT COALESCE(MAX(id), 0) + 1 FROM orgs"));
  return rows.at(0).Int(0);
}

Result<bool> NameTaken(Connection& c, const std::string& name_norm, const std::string& region_code, OrgId except) {
  static const std::string kSql = "SELECT count(*) FROM orgs WHERE name_norm = $1 AND region_code = $2 AND id <> $3 "
                                  "AND status NOT IN (" + SqlStatusList(kEndedOrgStatuses) + ")";
  SOCORG_TRY(Rows rows, c.Query(kSql, {name_norm, region_code, except.value}));
  return rows.at(0).Int(0) > 0;
}

Status SetBulkIndexing(Connection& c, bool on) {
  if (c.dialect() != Dialect::kSqlite) return {};
  // FTS5 writes a new index segment (and later merges segments) each time its pending terms reach
  // 'hashsize', 1 MiB by default; the setting is stored in the index's config, so it is put back.
  SOCORG_TRY_VOID(c.Exec("INSERT INTO org_search(org_search, rank) VALUES ('hashsize', $1)",
                         {static_cast<std::int64_t>(on ? 256 << 20 : 1 << 20)}));
  return {};
}

Status IndexName(Connection& c, OrgId id, const std::optional<std::string>& old_norm, const std::string& new_norm) {
  if (c.dialect() == Dialect::kSqlite) return sqlite_queries::IndexName(c, id.value, old_norm, new_norm);
  return postgres_queries::IndexName(c, id.value, new_norm);
}

Result<OrgPage> Search(Connection& c, const OrgFilter& f) {
  Params params;
  std::string where = FilterSql(f, params);
  std::string from = " FROM orgs o";
  size_t name_params_from = 0, name_where_from = 0;  // where the name condition starts (PostgreSQL)
  if (!f.match.empty()) {
    if (c.dialect() == Dialect::kSqlite) {
      from = sqlite_queries::SearchFrom(params, f.match);
    } else {
      name_params_from = params.size();
      name_where_from = where.size();
      where += postgres_queries::NameCondition(params, f.name_like);
    }
  }
  bool order_by_id = f.sort == OrgSort::kId;
  OrgPage out;
  bool name_and_status_only = !f.match.empty() && !f.type && !f.level && f.region_prefix.empty();
  // PostgreSQL, one 2-character word, name and status only: the total from the maintained per-bigram count
  // (migration 010), and for a common bigram the page read by walking the primary key in id order.
  std::optional<std::string> pg_bigram;
  if (c.dialect() == Dialect::kPostgres && name_and_status_only) {
    std::vector<std::u32string> words = QueryWords(f.name_like);
    if (words.size() == 1 && words[0].size() == 2) pg_bigram = EncodeUtf8(words[0]);
  }
  if (c.dialect() == Dialect::kSqlite && name_and_status_only) {
    // Name and status only (the public search box): counted from the FTS5 index, no join.
    SOCORG_TRY(out.total, sqlite_queries::CountMatches(c, f.match, f.statuses, f.issued_only));
  } else if (pg_bigram) {
    std::vector<std::string> excluded;
    if (!f.statuses.empty())
      for (OrgStatus st : kAllOrgStatuses)
        if (std::find(f.statuses.begin(), f.statuses.end(), st) == f.statuses.end())
          excluded.emplace_back(ToString(st));
    SOCORG_TRY(auto count, postgres_queries::CountBigram(c, *pg_bigram, excluded, f.issued_only));
    out.total = count.matches;
    // Walking the key visits about (offset + limit) * register / matches rows; the GIN index visits every
    // match (and sorts them), at roughly ten times the cost per row (1M register: 那曲, 1,971 names, 8 ms
    // walking vs 11 ms by GIN; 县乐 4 vs 26 ms). The walk wins when matches^2 > (offset + limit) *
    // register / 10: for a first page at 1M names, a bigram of more than ~1,400 names.
    double reach = 0.1 * static_cast<double>(f.offset + f.limit) * static_cast<double>(count.register_size);
    if (order_by_id && static_cast<double>(count.matches) * count.matches > reach) {
      params.resize(name_params_from);
      where.resize(name_where_from);
      where += postgres_queries::WalkCondition(params, *pg_bigram);
    }
  } else {
    // The count of a common bigram visits every match (协会: a tenth of the register); on SQLite it is
    // kept until the database changes (see SqliteConnection::CachedQuery).
    SOCORG_TRY(Rows count, c.Query(std::string(c.dialect() == Dialect::kSqlite ? "/*cached*/" : "") +
                                       "SELECT count(*)" + from + where, params));
    out.total = count.at(0).Int(0);
  }
  params.push_back(static_cast<std::int64_t>(f.limit));
  params.push_back(static_cast<std::int64_t>(f.offset));
  std::string order = OrderBy(f);
  // By id over the FTS5 index: order by s.rowid (= o.id), which FTS5 delivers in order, so a common bigram's
  // first page reads 20 matches instead of sorting all of them (docs/benchmarks.md).
  if (c.dialect() == Dialect::kSqlite && !f.match.empty() && order.starts_with(" ORDER BY o.id"))
    order.replace(10, 4, "s.rowid");
  std::string sql = "SELECT o.id, o.uscc, o.name, o.type, o.level, o.status, o.region_code, o.registered_on, "
                    "o.legal_rep" + from + where + order + " LIMIT $" +
                    std::to_string(params.size() - 1) + " OFFSET $" + std::to_string(params.size());
  SOCORG_TRY(Rows rows, c.Query(sql, params));
  for (const Row& w : rows)
    out.items.push_back({OrgId{w.Int(0)}, w.Text(1), w.Text(2),
                         ParseOrgType(w.Text(3)).value_or(OrgType::kSocialGroup),
                         ParseOrgLevel(w.Text(4)).value_or(OrgLevel::kCounty),
                         ParseOrgStatus(w.Text(5)).value_or(OrgStatus::kActive), w.Text(6), w.Text(7), w.Text(8)});
  return out;
}

Status ForEachOrgFact(Connection& c, int page, const std::function<void(const OrgFact&)>& fn) {
  std::int64_t after = 0;
  for (;;) {
    SOCORG_TRY(Rows rows, c.Query("SELECT id, region_code, type, level, status, term_end, postponed_until FROM orgs "
                                  "WHERE id > $1 ORDER BY id LIMIT $2",
                                  {after, static_cast<std::int64_t>(page)}));
    for (const Row& w : rows) fn({w.Int(0), w.Text(1), w.Text(2), w.Text(3), w.Text(4), w.Text(5), w.Text(6)});
    if (rows.size() < static_cast<size_t>(page)) return {};
    after = rows.back().Int(0);
  }
}

Status ForEachEventFact(Connection& c, int page, const std::function<void(const EventFact&)>& fn) {
  std::int64_t after = 0;
  for (;;) {
    SOCORG_TRY(Rows rows, c.Query("SELECT id, org_id, action, occurred_on FROM events WHERE id > $1 AND action IN "
                                  "('apply', 'approve', 'file_community', 'import', 'change', 'deregister', 'revoke') "
                                  "ORDER BY id LIMIT $2",
                                  {after, static_cast<std::int64_t>(page)}));
    for (const Row& w : rows) fn({w.Int(1), w.Text(2), w.Text(3)});
    if (rows.size() < static_cast<size_t>(page)) return {};
    after = rows.back().Int(0);
  }
}

Result<std::int64_t> NextSerial(Connection& c, const std::string& counter) {
  SOCORG_TRY(Rows rows, c.Query(kNextSerial, {counter}));
  return rows.at(0).Int(0);
}

Status ForEach(Connection& c, const OrgFilter& f, const std::function<void(const OrgRecord&)>& fn) {
  Params params;
  std::string sql = std::string("SELECT ") + kOrgColumns + " FROM orgs o" + FilterSql(f, params) + " ORDER BY o.id";
  SOCORG_TRY(Rows rows, c.Query(sql, params));
  for (const Row& w : rows) fn(FromRow(w));
  return {};
}

}  // namespace socorg::org_store
