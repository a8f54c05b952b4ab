// Register use cases (DOMAIN §3-5): each takes an Actor and its input, checks role, jurisdiction and the
// domain rules, and writes the change, its history event and its audit record in one transaction.
// One file per action group: register_read.cpp (views, as-of, search), submit_application.cpp,
// perform_action.cpp, add_person.cpp; their shared internals in org_history.h.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/finding.h"
#include "domain/lifecycle.h"
#include "domain/history.h"
#include "domain/leader_filing.h"
#include "domain/organization.h"
#include "domain/person.h"

namespace socorg {

struct OrgView {
  OrgRecord org;
  std::vector<PersonRecord> persons;
  std::vector<EventRecord> events;
  std::vector<FindingRecord> findings;
  std::vector<LeaderReviewRecord> leader_reviews;  // officer view: pre-reviews and filings (一前一备)
  std::optional<ElectionState> election;  // for active organizations with a term
  std::string region_name;
  PersonalData personal_data = PersonalData::kFull;  // kMasked: ID numbers, phones, addresses masked
};

// Public record by code: only the active persons, with name and role (nothing else about them is read),
// and the events without actor or reason; no findings.
Result<OrgView> GetPublicOrg(AppContext& ctx, const std::string& uscc);
// The officer's full record by code or numeric id ("123"). Audited as a view of personal data.
Result<OrgView> GetOrgForActor(AppContext& ctx, const Actor& actor, const std::string& key);
// The record as it stood at the end of `date`: later events are undone. kNotFound before it existed.
Result<OrgRecord> OrgAsOf(const OrgView& view, Date date);
// The same for the public: kNotFound also when the organization was not yet registered on that date (an
// application is not public).
Result<OrgRecord> PublicOrgAsOf(const OrgView& view, Date date);

struct SearchQuery {
  std::string q, type, level, status, region;
  std::string sort = "id", order = "desc";  // sort: id | registered_on | name; order: asc | desc
  int page = 1, page_size = 20;
};
Result<OrgPage> SearchPublic(AppContext& ctx, const SearchQuery& q);
Result<OrgPage> SearchRegister(AppContext& ctx, const Actor& actor, const SearchQuery& q);

// The registration authority's announcements 公告 (CHANGE-PUBLISH), newest first, of the organizations
// registered within `region` ("" = everywhere). Public.
Result<AnnouncementPage> ListAnnouncements(AppContext& ctx, const std::string& region, int page, int page_size);

struct ApplicationInput {
  std::string name, type, region_code, supervisory_unit, legal_rep, address, business_scope;
  std::int64_t funds = 0;
  int individual_members = 0, unit_members = 0, directors = 0;
  bool public_fundraising = false;
  bool preparation = false;  // social groups: start with 筹备 instead of the application
  std::optional<Date> date;  // when it happened; today by default
};
// Founding application (or 筹备, or a community filing when type = community). Returns the new record
// with the founding-minimum Findings.
Result<OrgView> SubmitApplication(AppContext& ctx, const Actor& actor, const ApplicationInput& in);

struct ActionInput {
  Action action = Action::kChange;
  std::int64_t version = 0;  // the version the actor saw; a different current version is 409
  std::string reason;
  std::optional<Date> date;
  std::set<Document> documents, deferred;             // accept, supply_documents
  std::map<std::string, nlohmann::json> changes;      // change: field -> new value
  std::optional<Date> term_start, term_end, postponed_until;
  bool changes_given = false;         // change: "changes" was sent (else the consented changes apply)
  bool charter_amendment = false;     // consent_change: the consent covers a charter amendment (核准 follows)
  std::optional<Date> resolution_on;  // consent_change: the members' (or board's) resolution
  std::optional<Date> election_on;    // file_election: when the election was held (default: term_start)
  std::optional<Date> liquidation_completed_on;  // deregister: the end of the liquidation
  std::string liquidation_report;     // deregister: the liquidation report (reference or summary)
  std::string ground;                 // revoke: RevocationGround wire name, "" = not stated
  // change of legal representative: the new one's details for the joint review 联审 (the name is the change's)
  struct NewLegalRep {
    std::string id_number, phone, address;
    std::optional<bool> civil_servant, civil_servant_approved;
  };
  std::optional<NewLegalRep> new_legal_rep;
};
Result<OrgView> PerformAction(AppContext& ctx, const Actor& actor, const std::string& key, const ActionInput& in);

struct PersonInput {
  std::string name, id_number, phone, address;
  std::vector<std::string> roles;
  std::optional<Date> term_start;
  int previous_consecutive_terms = 0;  // deprecated, ignored: LEADER-TERMS counts the terms on the register
  std::optional<bool> civil_servant, civil_servant_approved;
  // "election" (filed after a term election, 换届备案) or "change" (a change within the term, 变更备案); absent:
  // election when term_start is the organization's current term start (or later), otherwise change.
  std::optional<std::string> occasion;
  // Declared facts the joint review reads (DOMAIN §5); never public. nullopt = not declared.
  std::optional<bool> criminal_record, political_rights_deprived, party_member;
  std::optional<Date> sentence_completed_on, political_rights_deprived_until;
};
// Adds a responsible person with the 联审 Findings (stored with the organization and returned).
Result<std::vector<Finding>> AddPerson(AppContext& ctx, const Actor& actor, const std::string& key,
                                       const PersonInput& in);

}  // namespace socorg
