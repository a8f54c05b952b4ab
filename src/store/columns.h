// Helpers every module's store files share (src/store/<m>/): reading result rows into records and binding
// record values as parameters. This is the edge where column text becomes enums
// and Dates and back; nothing above the store sees a Row.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "store/db.h"

namespace socorg::store_columns {

// The end of a region-code prefix range: region_code >= p AND region_code < PrefixEnd(p).
inline std::string PrefixEnd(std::string p) {
  if (p.empty()) return "~";
  p.back() = static_cast<char>(p.back() + 1);
  return p;
}

inline Value Opt(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Null(); }
inline Value Opt(const std::optional<Date>& d) { return d ? Value(d->ToString()) : Null(); }
inline Value Text(std::string_view s) { return Value(std::string(s)); }
inline Value Int(int v) { return Value(static_cast<std::int64_t>(v)); }
inline Value Bool(bool v) { return Value(static_cast<std::int64_t>(v)); }

// Column readers for both row kinds (R is Row from Query or RowRef from ForEach).
template <typename R>
std::string Str(const R& w, int i) {
  return std::string(w.Text(i));
}
// A NOT NULL date column; the default Date when the text is not a date (never written by the app).
template <typename R>
Date DateAt(const R& w, int i) {
  return Date::Parse(w.Text(i)).value_or(Date());
}
template <typename R>
std::optional<Date> OptDateAt(const R& w, int i) {
  if (w.IsNull(i)) return std::nullopt;
  return Date::Parse(w.Text(i));
}
template <typename R>
std::optional<std::int64_t> OptIntAt(const R& w, int i) {
  if (w.IsNull(i)) return std::nullopt;
  return w.Int(i);
}
template <typename R>
int Int32At(const R& w, int i) {
  return static_cast<int>(w.Int(i));
}
// An enum column through its Parse function; `dflt` for text outside the set (never written by the app).
template <typename E, typename R, typename P>
E EnumAt(const R& w, int i, P parse, E dflt) {
  return parse(w.Text(i)).value_or(dflt);
}

// Calls f(row) for each result row with the cheaper reader of the backend: on SQLite ForEach reads the
// columns in place (no Row per result row); elsewhere the rows of Query are read directly (the default
// ForEach would copy every column's text once more). f takes `const auto&`.
template <typename F>
Status EachRow(Connection& c, std::string_view sql, const Params& p, F&& f) {
  if (c.dialect() == Dialect::kSqlite) return c.ForEach(sql, p, [&](const RowRef& w) { f(w); });
  SOCORG_TRY(Rows rows, c.Query(sql, p));
  for (const Row& w : rows) f(w);
  return {};
}

// Every row of the result mapped by `from`.
template <typename T, typename F>
Result<std::vector<T>> All(Connection& c, std::string_view sql, const Params& p, F from) {
  std::vector<T> out;
  SOCORG_TRY_VOID(EachRow(c, sql, p, [&](const auto& w) { out.push_back(from(w)); }));
  return out;
}

// The first row of the result mapped by `from`, or nullopt when there is none.
template <typename T, typename F>
Result<std::optional<T>> First(Connection& c, std::string_view sql, const Params& p, F from) {
  std::optional<T> out;
  SOCORG_TRY_VOID(EachRow(c, sql, p, [&](const auto& w) {
    if (!out) out = from(w);
  }));
  return out;
}

// Pages of `sql` (column 0 the id, $1 the last id, $2 the page size) until a short page.
template <typename F>
Status Keyset(Connection& c, const char* sql, int page, F&& f) {
  std::int64_t after = 0;
  for (;;) {
    std::int64_t n = 0;
    SOCORG_TRY_VOID(EachRow(c, sql, {after, std::int64_t{page}}, [&](const auto& w) {
      after = w.Int(0), ++n;
      f(w);
    }));
    if (n < page) return {};
  }
}

// count(*) of a query.
inline Result<std::int64_t> Count(Connection& c, std::string_view sql, const Params& p) {
  SOCORG_TRY(Rows n, c.Query(sql, p));
  return n.at(0).Int(0);
}

// An INSERT ... RETURNING id; kConflict "not_inserted" when it returned no row (the upsert's WHERE refused).
inline Result<std::int64_t> InsertReturningId(Connection& c, std::string_view sql, const Params& p) {
  SOCORG_TRY(Rows rows, c.Query(sql, p));
  if (rows.empty())
    return Fail(ErrorKind::kConflict, "not_inserted", "记录已存在或不可修改",
                "the row exists or can no longer change");
  return rows[0].Int(0);
}

// An UPDATE or INSERT whose changed-row count does not matter.
inline Status Run(Connection& c, std::string_view sql, const Params& p) {
  SOCORG_TRY_VOID(c.Exec(sql, p));
  return {};
}

}  // namespace socorg::store_columns
