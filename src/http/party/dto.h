// JSON of the party module (internal to http/party): request bodies to use-case inputs, records to responses.
// Responses carry no person's name, ID number or phone; the public coverage carries counts only.
#pragma once

#include <nlohmann/json.hpp>

#include "app/party/coverage.h"
#include "app/party/party.h"

namespace socorg::party_http {

using nlohmann::json;

// PUT /orgs/:key/party: {"formal_members","probationary_members","transferred_in","organization":{"kind",...},
// "instructor","liaison","charter_clause","charter_clause_on","secretary_person_id","as_of","version"}.
Result<party_app::PartyInput> ParsePartyInput(const json& b);
Result<party_app::DecisionInput> ParseDecisionInput(const json& b);
Result<party_app::DecisionStep> ParseDecisionStep(const json& b);

json PartyDataJson(const party::PartyData& d);
json PartyViewJson(const party_app::PartyView& v);
json JointBranchJson(const party_app::JointBranchView& v);
json DecisionJson(const party_app::DecisionView& v);
// The public view leaves out what the officers' adds (decisions, the charter and instructor counts stay).
json CoverageJson(const party_app::Coverage& c, bool for_public);
json WorklistJson(const party_app::Worklist& w, const std::string& list);

}  // namespace socorg::party_http
