// Builds OrgFacts for the supervision rule tests: owns the child vectors the spans point into.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "domain/supervision/org_facts.h"

namespace socorg::supervision::testing {

inline Date D(const char* s) { return *Date::Parse(s); }

struct OrgBuilder {
  OrgFacts org;
  std::vector<ReportFact> reports;
  std::vector<PenaltyFact> penalties;
  std::vector<RectificationFact> rects;
  std::vector<ListingFact> listings;
  std::vector<LetterFact> letters;
  std::vector<PartyFact> party;

  explicit OrgBuilder(const char* registered = "2015-03-01") { org.id = 1, org.registered_on = D(registered); }
  OrgBuilder& Report(int year, const char* filed, ReportConclusion c = ReportConclusion::kQualified,
                     const char* concluded = nullptr, bool activity = true) {
    ReportFact r;
    r.year = year;
    if (filed) r.filed_on = D(filed);
    r.conclusion = c;
    if (concluded) r.concluded_on = D(concluded);
    else if (filed && c != ReportConclusion::kNone) r.concluded_on = D(filed);
    r.had_activity = activity;
    reports.push_back(r);
    return *this;
  }
  // Filed on time (1 May next year) and qualified, for every year in [from, to].
  OrgBuilder& OnTime(int from, int to) {
    for (int y = from; y <= to; ++y) {
      std::string d = std::to_string(y + 1) + "-05-01";
      Report(y, nullptr);
      reports.back().filed_on = D(d.c_str());
      reports.back().concluded_on = D(d.c_str());
      reports.back().conclusion = ReportConclusion::kQualified;
    }
    return *this;
  }
  OrgBuilder& Penalty(std::int64_t id, const char* on, PenaltyKind k, std::int64_t amount = 0) {
    penalties.push_back({id, D(on), k, amount});
    return *this;
  }
  OrgBuilder& Rect(std::int64_t id, const char* issued, const char* deadline, const char* done = nullptr) {
    RectificationFact r{id, D(issued), D(deadline), {}};
    if (done) r.completed_on = D(done);
    rects.push_back(r);
    return *this;
  }
  OrgBuilder& Listing(std::int64_t id, CreditCause c, std::int64_t source, const char* entered,
                      const char* exited = nullptr, ExitReason why = ExitReason::kNone) {
    ListingFact l{id, c, source, D(entered), {}, why};
    if (exited) l.exited_on = D(exited);
    listings.push_back(l);
    return *this;
  }
  OrgBuilder& Letter(std::int64_t id, const char* sent, bool signed_for = false) {
    letters.push_back({id, D(sent), signed_for});
    return *this;
  }
  // A confirmed party filing in force from as_of (in the order given: by as_of, version).
  OrgBuilder& Party(std::int64_t id, const char* as_of, bool needs_branch) {
    party.push_back({id, D(as_of), needs_branch});
    return *this;
  }
  const OrgFacts& Get() {
    std::sort(reports.begin(), reports.end(), [](auto& a, auto& b) { return a.year < b.year; });
    std::sort(penalties.begin(), penalties.end(), [](auto& a, auto& b) { return a.decided_on < b.decided_on; });
    org.reports = reports;
    org.penalties = penalties;
    org.rectifications = rects;
    org.listings = listings;
    std::sort(letters.begin(), letters.end(), [](auto& a, auto& b) { return a.sent_on < b.sent_on; });
    org.letters = letters;
    org.party = party;
    return org;
  }
};

}  // namespace socorg::supervision::testing
