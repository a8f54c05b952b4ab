// JSON at the edge: Parse* turn request bodies into app inputs (with field-level errors), Serialize*
// turn app results into response bodies. Public serialisation never includes persons' ID numbers,
// phones or addresses (DOMAIN §21).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/leader_reviews.h"
#include "app/registry.h"
#include "app/statistics.h"
#include "domain/uscc.h"

namespace socorg::dto {

using nlohmann::json;

enum class Audience { kPublic, kOfficer };

Result<json> ParseBody(const std::string& body);
Result<ApplicationInput> ParseApplication(const json& j);
Result<ActionInput> ParseAction(const json& j, Action action);
Result<PersonInput> ParsePerson(const json& j);
// 一前一备 records: never the ID number (the record's is masked or left out).
json SerializeLeaderReview(const LeaderReviewRecord& r);
json SerializeLeaderReviewCounts(const LeaderReviewCountsView& v);

json SerializeOrgSummary(const OrgSummary& s);
json SerializeSearch(const OrgPage& r, int page, int page_size);
json SerializeOrgRecord(const OrgRecord& r, Audience a);
json SerializeOrgView(const OrgView& v, Audience a);
// The same document as SerializeOrgView(v, kPublic).dump(), written without building a JSON tree: the
// public record is the most requested response (tests/unit/dto_test.cpp checks that both agree).
std::string WritePublicOrgView(const OrgView& v);
json SerializeFinding(const Finding& f);
// A rule's legal basis as every response carries it, from the table in domain/legal_basis.h: "basis" (the
// display text, 《statute》article), "basis_en" and "basis_refs" [{statute, article, title_en}]. A rule id the
// table does not know keeps the stored text and gets no refs.
void PutBasis(json& j, std::string_view rule_id, std::string_view stored);
json SerializeUsccCheck(const UsccCheck& c);
json SerializePublicStats(const PublicStats& s);
// A page of the register's announcements 公告 (CHANGE-PUBLISH) with the rule's basis.
json SerializeAnnouncements(const AnnouncementPage& p, int page, int page_size);
json SerializeDashboard(const Dashboard& d);
json SerializeError(const Error& e);

}  // namespace socorg::dto
