#include "store/announcement_store.h"

namespace socorg::announcement_store {
namespace {
constexpr char kInsert[] =
    "INSERT INTO announcements (org_id, kind, occurred_on, region_code, uscc, org_name, changes, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr char kList[] =
    "SELECT id, org_id, kind, occurred_on, region_code, uscc, org_name, changes, created_at FROM announcements "
    "WHERE region_code >= $1 AND region_code < $2 ORDER BY occurred_on DESC, id DESC LIMIT $3 OFFSET $4";
constexpr char kCount[] = "SELECT count(*) FROM announcements WHERE region_code >= $1 AND region_code < $2";

// Region codes are six digits: "" covers them all.
std::string End(const std::string& p) {
  if (p.empty()) return "~";
  std::string e = p;
  e.back() = static_cast<char>(e.back() + 1);
  return e;
}

AnnouncementKind KindOf(std::string_view s) {
  if (s == "establishment") return AnnouncementKind::kEstablishment;
  if (s == "deregistration") return AnnouncementKind::kDeregistration;
  return AnnouncementKind::kChange;
}
}  // namespace

Result<std::int64_t> Insert(Connection& c, const Announcement& a) {
  return c.InsertId(kInsert, {a.org_id.value, std::string(ToString(a.kind)), a.occurred_on, a.region_code, a.uscc,
                              a.org_name, a.changes, a.created_at});
}

Result<AnnouncementPage> List(Connection& c, const std::string& prefix, int limit, int offset) {
  AnnouncementPage page;
  const std::string end = End(prefix);
  SOCORG_TRY_VOID(c.ForEach(kList, {prefix, end, std::int64_t{limit}, std::int64_t{offset}}, [&](const RowRef& w) {
    page.items.push_back({w.Int(0), OrgId{w.Int(1)}, KindOf(w.Text(2)), std::string(w.Text(3)),
                          std::string(w.Text(4)), std::string(w.Text(5)), std::string(w.Text(6)),
                          std::string(w.Text(7)), std::string(w.Text(8))});
  }));
  SOCORG_TRY(Rows rows, c.Query(kCount, {prefix, end}));
  page.total = rows.at(0).Int(0);
  return page;
}

}  // namespace socorg::announcement_store
