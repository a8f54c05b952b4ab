// The tables of the public open-data extract (issue #14 item 1): for each, its Table Schema (Frictionless
// Data) and the query that reads its public rows. The register's tables are here; a module adds its own
// (store/supervision/opendata.h) through its entry in cli/modules.cpp. Only what the public register
// already shows goes into a table: persons by name and role, never ID numbers, phones or addresses
// (DOMAIN §21); no application contents, no reasons typed by officers, no complaints.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/date.h"
#include "domain/error.h"
#include "store/db.h"

namespace socorg::opendata {

// Table Schema field types (https://specs.frictionlessdata.io/table-schema/#types-and-formats). A cell is
// text in the field's canonical form: integer "123", boolean "true"/"false", date "YYYY-MM-DD", object and array
// JSON text; std::nullopt is a missing value (empty in CSV, null in JSON Lines).
enum class FieldType { kString, kInteger, kBoolean, kDate, kObject, kArray };
std::string_view ToString(FieldType t);

struct Field {
  std::string name;
  FieldType type = FieldType::kString;
  std::string title;        // Chinese
  std::string description;  // English
  bool required = false;
  std::vector<std::string> values;  // the allowed values (Table Schema "enum"), when the field is a code
};

using Cells = std::vector<std::optional<std::string>>;
using RowSink = std::function<void(const Cells&)>;

// What a load into an empty register (app/opendata.h LoadOpenData) carries from table to table: the new
// ids of the organizations by code and of other tables' rows by the id the extract gave them.
struct LoadState {
  std::string now, actor;
  std::unordered_map<std::string, std::int64_t> org_ids;
  std::unordered_map<std::string, std::string> org_term_start;  // persons' term start (not public): the org's
  std::unordered_map<std::string, std::unordered_map<std::int64_t, std::int64_t>> ids;  // table -> old -> new
  std::int64_t OrgId(const std::string& uscc) const;  // 0 when the extract did not list the organization
};
using RowLoader = std::function<Status(Connection&, const nlohmann::json& row, LoadState&)>;

struct Table {
  std::string name;         // file stem and resource name: lower case, digits, '_'
  std::string title;        // Chinese
  std::string description;  // English
  std::vector<Field> fields;
  std::vector<std::string> primary_key;
  // Calls `row` once per public row as of `as_of`, in a stable order, one cell per field. Reads in pages
  // (bounded memory on both backends); the caller holds one read transaction for every table.
  std::function<Status(Connection&, Date as_of, const RowSink& row)> each;
  // Writes one row (a JSON Lines object) back into a register; empty when the table is derived from
  // others (name_changes from events). `finish` runs after the table's last row.
  RowLoader load;
  std::function<Status(Connection&, LoadState&)> finish;
};

// organizations, name_changes, events, persons.
std::vector<Table> RegisterTables();

// True when the register has no organization (a load goes into an empty register only).
Result<bool> RegisterEmpty(Connection& c);

// A read transaction in which every table sees the same state of the database (PostgreSQL: REPEATABLE
// READ; SQLite: one WAL snapshot from the first read).
Result<Transaction> ReadSnapshot(Connection& c);

namespace detail {
// Keyset paging for a table's query: `sql` selects the key (an integer, column 0) and then the cells,
// takes $1 = the last key read, $2 = the page size, $3 = as_of, and orders by the key. `read` maps one
// row to its cells and returns false to leave it out.
Status EachPage(Connection& c, const std::string& sql, Date as_of,
                const std::function<bool(const RowRef&, Cells&)>& read, const RowSink& row);
// The condition on `orgs o` for an organization the public register shows (with its code).
const std::string& PublicOrgWhere();
// Field constructors for table definitions.
Field Text(std::string name, std::string title, std::string description, bool required = false);
Field Typed(std::string name, FieldType t, std::string title, std::string description, bool required = false);
Field Code(std::string name, std::string title, std::string description, std::vector<std::string> values);
Field Uscc();
// A JSON Lines row's values (a missing key or null -> nullopt / "" / 0 / NULL).
std::optional<std::string> OptStr(const nlohmann::json& row, const char* key);
std::string Str(const nlohmann::json& row, const char* key);
std::int64_t Int(const nlohmann::json& row, const char* key);
Value OptValue(const nlohmann::json& row, const char* key);
// kInvalid "opendata_bad_row" naming the table.
Status BadRow(const std::string& table, const std::string& what);
// Column i as a cell of the given type (NULL -> nullopt; SQLite's 0/1 -> "false"/"true").
std::optional<std::string> Cell(const RowRef& r, int i, FieldType t = FieldType::kString);
}  // namespace detail

}  // namespace socorg::opendata
