// Internal to the register's use cases (app/*.cpp): writing a change to an organization together with its
// history event and audit record, the record's fields as JSON (for diffs and as-of reconstruction), the
// stored Findings, new codes, and the view returned to callers.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.h"
#include "app/app_context.h"
#include "app/registry.h"
#include "domain/finding.h"
#include "domain/lifecycle.h"

namespace socorg::register_detail {

inline constexpr size_t kMaxNameBytes = 200, kMaxTextBytes = 2000;

// What the view reads besides the record. The public record has no findings (they may name persons'
// checks) and reads only the public columns of persons and events (no ID numbers, phones, addresses,
// actors or reasons); officers see everything.
enum class ViewDetail { kPublic, kFull };
Result<OrgView> LoadView(AppContext& ctx, Connection& c, OrgRecord org, ViewDetail detail = ViewDetail::kFull);

// The fields a history event records, as JSON values (wire names for enums, null for absent dates).
nlohmann::json Fields(const OrgRecord& r);
// Sets one field from its JSON value as Fields() wrote it (unknown fields are ignored).
void SetField(OrgRecord& r, const std::string& field, const nlohmann::json& v);
// {"field": [old, new]} for every field that differs.
nlohmann::json Diff(const OrgRecord& before, const OrgRecord& after);

// Writes the updated record (version-checked), its name index, its event and its audit entry; the caller
// commits.
Status WriteChange(AppContext& ctx, Connection& c, const Actor& actor, const OrgRecord& before, OrgRecord after,
                   Action action, Date on, const std::string& reason, std::int64_t expected_version,
                   nlohmann::json extra = nlohmann::json::object());

Status StoreFindings(AppContext& ctx, Connection& c, OrgId org, const std::string& subject,
                     const std::vector<Finding>& fs);

// A new code and its serial: the next serial, skipping any code already present (imported registers carry
// codes issued elsewhere that may collide with ours).
Result<std::pair<std::string, std::int64_t>> IssueNewCode(Connection& c, OrgType type, const std::string& region);

}  // namespace socorg::register_detail
