#include "app/org_lookup.h"

#include <algorithm>

#include "domain/uscc.h"
#include "store/org_store.h"

namespace socorg {

Result<OrgRecord> FindOrgByKey(Connection& c, const std::string& key, RowLock lock) {
  org_store::Lock l = lock == RowLock::kForUpdate ? org_store::Lock::kForUpdate : org_store::Lock::kNone;
  Result<std::optional<OrgRecord>> found = std::optional<OrgRecord>{};
  if (key.size() == 18) found = org_store::GetByUscc(c, CheckUscc(key).normalized, l);
  else if (!key.empty() && key.size() < 16 && std::all_of(key.begin(), key.end(), ::isdigit))
    found = org_store::GetById(c, OrgId{std::stoll(key)}, l);
  if (!found) return std::unexpected(std::move(found).error());
  if (!*found) return Fail(ErrorKind::kNotFound, "org_not_found", "未找到该社会组织", "organization not found");
  return std::move(**found);
}

std::string OrgTarget(const OrgRecord& o) { return "org:" + (o.uscc ? *o.uscc : std::to_string(o.id.value)); }

}  // namespace socorg
