// The life-cycle state machine and its deadlines (DOMAIN §4).
#include "domain/lifecycle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace socorg {
namespace {

using S = OrgStatus;
using A = Action;
using From = std::optional<OrgStatus>;
constexpr std::nullopt_t kNew = std::nullopt;

const RulesConfig kCfg{};

std::string Name(From f) { return f ? std::string(ToString(*f)) : "(new)"; }

// Every allowed transition, written from DOMAIN §4 (founding: application → consent → review with
// checklist, 容缺 supply → approval or refusal; change, election, postponement, deregistration,
// revocation on active organizations; preparation for social groups; community filing).
struct Allowed {
  A action;
  From from;
  S to;
  OrgType type;
};
const Allowed kAllowed[] = {
    {A::kStartPreparation, kNew, S::kPreparing, OrgType::kSocialGroup},
    {A::kApply, kNew, S::kApplied, OrgType::kSocialGroup},
    {A::kApply, kNew, S::kApplied, OrgType::kSocialServiceAgency},
    {A::kApply, kNew, S::kApplied, OrgType::kFoundation},
    {A::kApply, S::kPreparing, S::kApplied, OrgType::kSocialGroup},
    {A::kConsent, S::kApplied, S::kConsented, OrgType::kSocialGroup},
    {A::kAccept, S::kConsented, S::kUnderReview, OrgType::kSocialGroup},
    {A::kSupplyDocuments, S::kUnderReview, S::kUnderReview, OrgType::kSocialGroup},
    {A::kApprove, S::kUnderReview, S::kActive, OrgType::kSocialGroup},
    {A::kApprove, S::kUnderReview, S::kActive, OrgType::kFoundation},
    {A::kRefuse, S::kApplied, S::kRefused, OrgType::kSocialGroup},
    {A::kRefuse, S::kConsented, S::kRefused, OrgType::kSocialGroup},
    {A::kRefuse, S::kUnderReview, S::kRefused, OrgType::kSocialGroup},
    {A::kChange, S::kActive, S::kActive, OrgType::kSocialGroup},
    {A::kChange, S::kActive, S::kActive, OrgType::kCommunity},
    {A::kFileElection, S::kActive, S::kActive, OrgType::kSocialGroup},
    {A::kApprovePostponement, S::kActive, S::kActive, OrgType::kSocialGroup},
    {A::kConsentChange, S::kActive, S::kActive, OrgType::kSocialGroup},
    {A::kConsentChange, S::kActive, S::kActive, OrgType::kFoundation},
    {A::kApproveCharter, S::kActive, S::kActive, OrgType::kSocialGroup},
    // Liquidation first, then deregistration (SG arts. 20-21).
    {A::kStartLiquidation, S::kActive, S::kLiquidating, OrgType::kSocialGroup},
    {A::kStartLiquidation, S::kActive, S::kLiquidating, OrgType::kCommunity},
    {A::kDeregister, S::kLiquidating, S::kDeregistered, OrgType::kSocialGroup},
    {A::kDeregister, S::kLiquidating, S::kDeregistered, OrgType::kCommunity},
    {A::kRevoke, S::kActive, S::kRevoked, OrgType::kSocialGroup},
    {A::kRevoke, S::kLiquidating, S::kRevoked, OrgType::kSocialGroup},
    {A::kRevoke, S::kActive, S::kRevoked, OrgType::kSocialServiceAgency},
    {A::kFileCommunity, kNew, S::kActive, OrgType::kCommunity},
};

TEST(StateMachine, EveryAllowedTransition) {
  for (const auto& t : kAllowed) {
    auto r = NextStatus(t.action, t.from, t.type);
    ASSERT_TRUE(r.has_value()) << ToString(t.action) << " from " << Name(t.from) << ": " << r.error().message_en;
    EXPECT_EQ(*r, t.to) << ToString(t.action) << " from " << Name(t.from);
  }
}

// The whole action × status table for a social group: anything not in kAllowed is refused with 422
// (kRuleViolation) naming the status field, and the message names the action.
TEST(StateMachine, EverythingElseIsRefusedForASocialGroup) {
  const A actions[] = {A::kStartPreparation, A::kApply,  A::kConsent,      A::kAccept,
                       A::kSupplyDocuments,  A::kApprove, A::kRefuse,       A::kChange,
                       A::kFileElection,     A::kApprovePostponement, A::kDeregister, A::kRevoke,
                       A::kConsentChange,    A::kApproveCharter, A::kStartLiquidation};
  std::vector<From> froms{kNew};
  for (S s : kAllOrgStatuses) froms.push_back(s);
  int refused = 0;
  for (A a : actions) {
    for (From f : froms) {
      bool allowed = false;
      for (const auto& t : kAllowed)
        if (t.action == a && t.from == f && t.type == OrgType::kSocialGroup) allowed = true;
      auto r = NextStatus(a, f, OrgType::kSocialGroup);
      if (allowed) {
        EXPECT_TRUE(r.has_value()) << ToString(a) << " from " << Name(f);
        continue;
      }
      ++refused;
      ASSERT_FALSE(r.has_value()) << ToString(a) << " from " << Name(f) << " should be refused";
      EXPECT_EQ(r.error().kind, ErrorKind::kRuleViolation);
      EXPECT_EQ(r.error().code, "invalid_transition");
      EXPECT_EQ(r.error().field, "status");
      EXPECT_NE(r.error().message_en.find(std::string(ToString(a))), std::string::npos) << r.error().message_en;
    }
  }
  EXPECT_GT(refused, 80);
}

TEST(StateMachine, RepresentativeRefusals) {
  struct Case {
    A action;
    From from;
  } cases[] = {
      {A::kApprove, S::kApplied},          // no consent, no review
      {A::kApprove, S::kConsented},        // not accepted for review
      {A::kApprove, S::kActive},           // already registered
      {A::kApprove, S::kRefused},
      {A::kConsent, S::kUnderReview},      // consent given twice
      {A::kAccept, S::kApplied},           // accept before consent
      {A::kRefuse, S::kActive},            // an active org is revoked or deregistered, not refused
      {A::kChange, S::kUnderReview},
      {A::kChange, S::kDeregistered},
      {A::kChange, S::kRevoked},
      {A::kDeregister, S::kActive},        // liquidation first (DEREG-LIQUIDATION)
      {A::kChange, S::kLiquidating},       // during liquidation nothing but the liquidation
      {A::kFileElection, S::kLiquidating},
      {A::kConsentChange, S::kLiquidating},
      {A::kStartLiquidation, S::kLiquidating},
      {A::kDeregister, S::kRevoked},
      {A::kDeregister, S::kDeregistered},
      {A::kRevoke, S::kDeregistered},
      {A::kRevoke, S::kRevoked},
      {A::kFileElection, S::kRevoked},
      {A::kApprovePostponement, S::kDeregistered},
      {A::kApply, S::kActive},
      {A::kApply, S::kApplied},
      {A::kStartPreparation, S::kPreparing},
      {A::kSupplyDocuments, S::kActive},
      {A::kChange, kNew},
  };
  for (const auto& c : cases) {
    auto r = NextStatus(c.action, c.from, OrgType::kSocialGroup);
    EXPECT_FALSE(r.has_value()) << ToString(c.action) << " from " << Name(c.from);
    if (!r) {
      EXPECT_EQ(r.error().kind, ErrorKind::kRuleViolation);
    }
  }
}

TEST(StateMachine, PreparationOnlyForSocialGroups) {
  for (OrgType t : {OrgType::kSocialServiceAgency, OrgType::kFoundation, OrgType::kCommunity}) {
    auto r = NextStatus(A::kStartPreparation, kNew, t);
    ASSERT_FALSE(r.has_value()) << ToString(t);
    EXPECT_EQ(r.error().kind, ErrorKind::kRuleViolation);
    EXPECT_EQ(r.error().code, "preparation_only_social_groups");
    EXPECT_EQ(r.error().field, "type");
  }
  // An agency cannot apply out of a preparation either (it never prepares).
  EXPECT_TRUE(NextStatus(A::kStartPreparation, kNew, OrgType::kSocialGroup).has_value());
}

TEST(StateMachine, CommunityFilingOnlyForCommunity) {
  for (OrgType t : {OrgType::kSocialGroup, OrgType::kSocialServiceAgency, OrgType::kFoundation}) {
    auto r = NextStatus(A::kFileCommunity, kNew, t);
    ASSERT_FALSE(r.has_value()) << ToString(t);
    EXPECT_EQ(r.error().code, "filing_only_community");
    EXPECT_EQ(r.error().field, "type");
  }
  // And community organizations are filed, never registered.
  for (auto [a, from] : {std::pair<A, From>{A::kApply, kNew}, {A::kConsent, S::kApplied},
                         {A::kAccept, S::kConsented}, {A::kApprove, S::kUnderReview}, {A::kRefuse, S::kApplied}}) {
    auto r = NextStatus(a, from, OrgType::kCommunity);
    ASSERT_FALSE(r.has_value()) << ToString(a);
    EXPECT_EQ(r.error().code, "community_not_registered");
  }
  // Filing happens once: a filed organization cannot be filed again.
  EXPECT_FALSE(NextStatus(A::kFileCommunity, S::kActive, OrgType::kCommunity).has_value());
}

TEST(StateMachine, ActionNamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(A::kFileCommunity); ++i) {
    A a = static_cast<A>(i);
    ASSERT_FALSE(ToString(a).empty());
    EXPECT_FALSE(LabelZh(a).empty());
    EXPECT_EQ(ParseAction(ToString(a)), a);
  }
  EXPECT_FALSE(ParseAction("launch_rocket").has_value());
  EXPECT_FALSE(ParseAction("").has_value());
}

// --- Checklist and 容缺受理 ---

std::set<Document> AllRequiredExcept(OrgType t, std::set<Document> except) {
  std::set<Document> out;
  for (Document d : RequiredDocuments(t))
    if (!except.contains(d)) out.insert(d);
  return out;
}

TEST(Checklist, RequiredDocumentsFollowDomain) {
  // DOMAIN §4: application, consent, proof of funds and premises, leaders' details, draft charter;
  // social groups also list founders / members.
  auto sg = RequiredDocuments(OrgType::kSocialGroup);
  for (Document d : {Document::kApplication, Document::kConsent, Document::kCharter, Document::kFundsProof,
                     Document::kPremisesProof, Document::kLeaders, Document::kFounders})
    EXPECT_NE(std::find(sg.begin(), sg.end(), d), sg.end()) << ToString(d);
}

TEST(Checklist, CompleteDocumentsHaveNoDeadline) {
  Date on = Date::FromYmd(2025, 3, 10);
  for (OrgType t : {OrgType::kSocialGroup, OrgType::kSocialServiceAgency, OrgType::kFoundation}) {
    auto r = EvaluateChecklist(t, AllRequiredExcept(t, {}), {}, on, kCfg);
    ASSERT_TRUE(r.has_value()) << ToString(t) << ": " << r.error().message_en;
    EXPECT_TRUE(r->missing.empty());
    EXPECT_TRUE(r->deferred.empty());
    EXPECT_FALSE(r->supply_deadline.has_value());
  }
}

TEST(Checklist, MissingNonDeferrableDocumentFails) {
  Date on = Date::FromYmd(2025, 3, 10);
  for (Document d : {Document::kApplication, Document::kConsent, Document::kCharter, Document::kLeaders}) {
    auto r = EvaluateChecklist(OrgType::kSocialGroup, AllRequiredExcept(OrgType::kSocialGroup, {d}), {}, on, kCfg);
    ASSERT_FALSE(r.has_value()) << ToString(d);
    EXPECT_EQ(r.error().kind, ErrorKind::kRuleViolation);
    EXPECT_EQ(r.error().code, "documents_missing");
    EXPECT_EQ(r.error().field, "documents");
    EXPECT_NE(r.error().message_en.find(std::string(ToString(d))), std::string::npos) << r.error().message_en;
  }
}

TEST(Checklist, MissingDeferrableDocumentWithoutDeferralFails) {
  auto r = EvaluateChecklist(OrgType::kSocialGroup,
                             AllRequiredExcept(OrgType::kSocialGroup, {Document::kFundsProof}), {},
                             Date::FromYmd(2025, 3, 10), kCfg);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, "documents_missing");
}

TEST(Checklist, DeferringANonDeferrableDocumentFails) {
  for (Document d : {Document::kApplication, Document::kConsent, Document::kCharter}) {
    auto r = EvaluateChecklist(OrgType::kSocialGroup, AllRequiredExcept(OrgType::kSocialGroup, {d}), {d},
                               Date::FromYmd(2025, 3, 10), kCfg);
    ASSERT_FALSE(r.has_value()) << ToString(d);
    EXPECT_EQ(r.error().code, "document_not_deferrable");
    EXPECT_EQ(r.error().field, "deferred");
  }
}

TEST(Checklist, DeferredDocumentGetsA30DayDeadline) {
  struct Case {
    Date accepted;
    Date deadline;  // accepted_on + 30 days, counted by hand
  } cases[] = {
      {Date::FromYmd(2025, 3, 10), Date::FromYmd(2025, 4, 9)},
      {Date::FromYmd(2024, 2, 1), Date::FromYmd(2024, 3, 2)},    // leap February
      {Date::FromYmd(2025, 2, 1), Date::FromYmd(2025, 3, 3)},
      {Date::FromYmd(2025, 12, 15), Date::FromYmd(2026, 1, 14)},  // across the year
  };
  for (const auto& c : cases) {
    auto r = EvaluateChecklist(OrgType::kSocialGroup,
                               AllRequiredExcept(OrgType::kSocialGroup, {Document::kFundsProof, Document::kFounders}),
                               {Document::kFundsProof, Document::kFounders}, c.accepted, kCfg);
    ASSERT_TRUE(r.has_value()) << r.error().message_en;
    EXPECT_TRUE(r->missing.empty());
    EXPECT_EQ(r->deferred.size(), 2u);
    ASSERT_TRUE(r->supply_deadline.has_value());
    EXPECT_EQ(*r->supply_deadline, c.deadline) << c.accepted.ToString() << " -> " << r->supply_deadline->ToString();
  }
}

TEST(Checklist, DeadlineFollowsConfig) {
  RulesConfig cfg;
  cfg.missing_document_days = 15;
  auto r = EvaluateChecklist(OrgType::kFoundation,
                             AllRequiredExcept(OrgType::kFoundation, {Document::kPremisesProof}),
                             {Document::kPremisesProof}, Date::FromYmd(2025, 3, 10), cfg);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r->supply_deadline, Date::FromYmd(2025, 3, 25));
}

TEST(Checklist, DeferringAProvidedDocumentDefersNothing) {
  auto r = EvaluateChecklist(OrgType::kSocialGroup, AllRequiredExcept(OrgType::kSocialGroup, {}),
                             {Document::kFundsProof}, Date::FromYmd(2025, 3, 10), kCfg);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->deferred.empty());
  EXPECT_FALSE(r->supply_deadline.has_value());
}

TEST(DecisionDue, SixtyDaysAfterCompleteDocuments) {
  EXPECT_EQ(DecisionDue(Date::FromYmd(2024, 1, 1), kCfg), Date::FromYmd(2024, 3, 1));   // 31 + 29
  EXPECT_EQ(DecisionDue(Date::FromYmd(2025, 1, 1), kCfg), Date::FromYmd(2025, 3, 2));   // 31 + 28 + 1
  EXPECT_EQ(DecisionDue(Date::FromYmd(2025, 11, 15), kCfg), Date::FromYmd(2026, 1, 14));
}

// --- Term election 换届 ---

const Date kTermEnd = Date::FromYmd(2025, 6, 30);

TEST(Election, AroundTheTermEnd) {
  struct Case {
    Date today;
    std::optional<Date> postponed;
    ElectionState want;
  } cases[] = {
      {Date::FromYmd(2023, 1, 1), std::nullopt, ElectionState::kCurrent},
      {Date::FromYmd(2024, 12, 29), std::nullopt, ElectionState::kCurrent},  // day before the 6-month window
      {Date::FromYmd(2024, 12, 30), std::nullopt, ElectionState::kDue},      // window opens: term end − 6 months
      {Date::FromYmd(2025, 6, 29), std::nullopt, ElectionState::kDue},       // day before the term ends
      {Date::FromYmd(2025, 6, 30), std::nullopt, ElectionState::kDue},       // the last day of the term
      {Date::FromYmd(2025, 7, 1), std::nullopt, ElectionState::kOverdue},    // day after: 逾期未换届
      {Date::FromYmd(2030, 1, 1), std::nullopt, ElectionState::kOverdue},
      {Date::FromYmd(2025, 7, 1), Date::FromYmd(2026, 6, 30), ElectionState::kPostponed},
      {Date::FromYmd(2026, 6, 30), Date::FromYmd(2026, 6, 30), ElectionState::kPostponed},
      {Date::FromYmd(2026, 7, 1), Date::FromYmd(2026, 6, 30), ElectionState::kOverdue},  // postponement ran out
      {Date::FromYmd(2025, 6, 1), Date::FromYmd(2026, 6, 30), ElectionState::kDue},      // still within the term
  };
  for (const auto& c : cases) {
    auto s = EvaluateElection(kTermEnd, c.postponed, c.today, kCfg);
    EXPECT_EQ(s, c.want) << c.today.ToString() << ": got " << ToString(s) << ", want " << ToString(c.want);
  }
}

TEST(Election, PreparationWindowFollowsConfig) {
  RulesConfig cfg;
  cfg.election_prep_months = 3;
  EXPECT_EQ(EvaluateElection(kTermEnd, std::nullopt, Date::FromYmd(2025, 3, 29), cfg), ElectionState::kCurrent);
  EXPECT_EQ(EvaluateElection(kTermEnd, std::nullopt, Date::FromYmd(2025, 3, 30), cfg), ElectionState::kDue);
}

TEST(Postponement, OnceAndAtMostTwelveMonths) {
  // 12 months: allowed.
  EXPECT_TRUE(CheckPostponement(kTermEnd, std::nullopt, Date::FromYmd(2026, 6, 30), kCfg).has_value());
  EXPECT_TRUE(CheckPostponement(kTermEnd, std::nullopt, Date::FromYmd(2025, 7, 1), kCfg).has_value());
  // 12 months + 1 day: refused.
  auto too_long = CheckPostponement(kTermEnd, std::nullopt, Date::FromYmd(2026, 7, 1), kCfg);
  ASSERT_FALSE(too_long.has_value());
  EXPECT_EQ(too_long.error().kind, ErrorKind::kRuleViolation);
  EXPECT_EQ(too_long.error().code, "postponement_too_long");
  EXPECT_EQ(too_long.error().field, "postponed_until");
  // Only once per term.
  auto twice = CheckPostponement(kTermEnd, Date::FromYmd(2025, 12, 31), Date::FromYmd(2026, 3, 1), kCfg);
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().kind, ErrorKind::kRuleViolation);
  EXPECT_EQ(twice.error().code, "postponement_once");
  // A "postponement" that ends before the term does is not one.
  for (Date d : {kTermEnd, Date::FromYmd(2025, 1, 1)}) {
    auto r = CheckPostponement(kTermEnd, std::nullopt, d, kCfg);
    ASSERT_FALSE(r.has_value()) << d.ToString();
    EXPECT_EQ(r.error().field, "postponed_until");
  }
}

TEST(Postponement, TwelveMonthsFromAMonthEnd) {
  // Term ending 29 Feb 2024: 12 months later is 28 Feb 2025 (no 29 Feb); 1 Mar 2025 is too long.
  Date end = Date::FromYmd(2024, 2, 29);
  EXPECT_TRUE(CheckPostponement(end, std::nullopt, Date::FromYmd(2025, 2, 28), kCfg).has_value());
  EXPECT_FALSE(CheckPostponement(end, std::nullopt, Date::FromYmd(2025, 3, 1), kCfg).has_value());
}

// --- change registration (CHANGE-CONSENT, CHANGE-WINDOW-30D, CHANGE-PUBLISH) ---

TEST(ChangeWindow, ThirtyDaysFromTheConsent) {
  const Date consent = Date::FromYmd(2026, 3, 1);
  EXPECT_TRUE(CheckChangeWindow(consent, consent).has_value());                   // the same day
  EXPECT_TRUE(CheckChangeWindow(consent, Date::FromYmd(2026, 3, 30)).has_value());  // day 29
  EXPECT_TRUE(CheckChangeWindow(consent, Date::FromYmd(2026, 3, 31)).has_value());  // day 30: the last
  auto late = CheckChangeWindow(consent, Date::FromYmd(2026, 4, 1));               // day 31
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().kind, ErrorKind::kRuleViolation);
  EXPECT_EQ(late.error().code, "change_window_passed");
  EXPECT_NE(late.error().message_en.find("CHANGE-WINDOW-30D"), std::string::npos);
  EXPECT_NE(late.error().message_en.find("2026-03-31"), std::string::npos) << "names the last day";
  auto early = CheckChangeWindow(consent, Date::FromYmd(2026, 2, 28));  // before the consent
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code, "before_consent");
}

TEST(ChangeWindow, ResolutionComesBeforeTheConsent) {
  const Date consent = Date::FromYmd(2026, 3, 1);
  EXPECT_TRUE(CheckResolutionDate(consent, consent).has_value());
  EXPECT_TRUE(CheckResolutionDate(Date::FromYmd(2026, 2, 28), consent).has_value());
  auto after = CheckResolutionDate(Date::FromYmd(2026, 3, 2), consent);
  ASSERT_FALSE(after.has_value());
  EXPECT_EQ(after.error().field, "resolution_on");
}

TEST(ChangeConsent, EveryRegisteredTypeButCommunityOrganizations) {
  EXPECT_TRUE(ChangeNeedsConsent(OrgType::kSocialGroup));
  EXPECT_TRUE(ChangeNeedsConsent(OrgType::kSocialServiceAgency));
  EXPECT_TRUE(ChangeNeedsConsent(OrgType::kFoundation));
  EXPECT_FALSE(ChangeNeedsConsent(OrgType::kCommunity));
  auto r = NextStatus(A::kConsentChange, S::kActive, OrgType::kCommunity);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, "consent_not_needed");
}

TEST(ChangePublish, NameAddressLegalRepOrEveryChangeOfAFoundation) {
  struct Case {
    OrgType type;
    std::vector<std::string> fields;
    bool announced;
  } cases[] = {
      {OrgType::kSocialGroup, {"name"}, true},
      {OrgType::kSocialGroup, {"address"}, true},
      {OrgType::kSocialGroup, {"legal_rep"}, true},
      {OrgType::kSocialGroup, {"funds", "legal_rep"}, true},
      {OrgType::kSocialGroup, {"business_scope"}, false},
      {OrgType::kSocialGroup, {"funds"}, false},
      {OrgType::kSocialServiceAgency, {"address"}, true},
      {OrgType::kSocialServiceAgency, {"supervisory_unit"}, false},
      {OrgType::kFoundation, {"business_scope"}, true},  // FDN art. 19: every change
      {OrgType::kFoundation, {}, false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(IsAnnouncedChange(c.type, c.fields), c.announced) << ToString(c.type) << " " << c.fields.size();
}

// --- term election (ELECTION-FILING-1M, ELECTION-TERM, FDN-BOARD-TERM) ---

TEST(ElectionFiling, WithinOneMonthAfterTheElection) {
  const Date held = Date::FromYmd(2026, 4, 15);
  EXPECT_TRUE(CheckElectionFiling(held, held).has_value());
  EXPECT_TRUE(CheckElectionFiling(held, Date::FromYmd(2026, 5, 14)).has_value());
  EXPECT_TRUE(CheckElectionFiling(held, Date::FromYmd(2026, 5, 15)).has_value());  // one month: the last day
  auto late = CheckElectionFiling(held, Date::FromYmd(2026, 5, 16));
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().kind, ErrorKind::kRuleViolation);
  EXPECT_EQ(late.error().code, "election_filing_late");
  EXPECT_NE(late.error().message_en.find("ELECTION-FILING-1M"), std::string::npos);
  // From the end of January the month ends on the last day of February.
  EXPECT_TRUE(CheckElectionFiling(Date::FromYmd(2026, 1, 31), Date::FromYmd(2026, 2, 28)).has_value());
  EXPECT_FALSE(CheckElectionFiling(Date::FromYmd(2026, 1, 31), Date::FromYmd(2026, 3, 1)).has_value());
  auto future = CheckElectionFiling(Date::FromYmd(2026, 6, 1), Date::FromYmd(2026, 5, 31));
  ASSERT_FALSE(future.has_value());
  EXPECT_EQ(future.error().field, "election_on");
}

TEST(Term, AFoundationsBoardServesAtMostFiveYears) {
  const Date start = Date::FromYmd(2026, 1, 1);
  EXPECT_EQ(MaxTermYears(OrgType::kFoundation, kCfg), 5);
  EXPECT_TRUE(CheckTerm(OrgType::kFoundation, start, Date::FromYmd(2031, 1, 1), kCfg).has_value());  // 5 years
  auto over = CheckTerm(OrgType::kFoundation, start, Date::FromYmd(2031, 1, 2), kCfg);             // + 1 day
  ASSERT_FALSE(over.has_value());
  EXPECT_EQ(over.error().kind, ErrorKind::kRuleViolation);
  EXPECT_EQ(over.error().code, "term_too_long");
  EXPECT_NE(over.error().message_en.find("FDN-BOARD-TERM"), std::string::npos);
  auto group = CheckTerm(OrgType::kSocialGroup, start, Date::FromYmd(2031, 1, 2), kCfg);
  ASSERT_FALSE(group.has_value());
  EXPECT_NE(group.error().message_en.find("ELECTION-TERM"), std::string::npos);
  // A configuration of 4 years holds for every type; the foundations' statutory cap never exceeds 5.
  RulesConfig four;
  four.term_years = 4;
  EXPECT_EQ(MaxTermYears(OrgType::kFoundation, four), 4);
  EXPECT_TRUE(CheckTerm(OrgType::kSocialGroup, start, Date::FromYmd(2030, 1, 1), four).has_value());
  EXPECT_FALSE(CheckTerm(OrgType::kSocialGroup, start, Date::FromYmd(2030, 1, 2), four).has_value());
  RulesConfig six;
  six.term_years = 6;  // refused by the config loader; the domain still caps foundations at 5
  EXPECT_EQ(MaxTermYears(OrgType::kFoundation, six), 5);
  auto empty = CheckTerm(OrgType::kSocialGroup, start, start, kCfg);
  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().code, "invalid_term");
}

// --- deregistration (DEREG-LIQUIDATION, DEREG-15-DAYS) ---

TEST(Deregistration, FifteenDaysAfterTheLiquidationEnds) {
  const Date started = Date::FromYmd(2026, 5, 1), ended = Date::FromYmd(2026, 6, 10);
  EXPECT_TRUE(CheckDeregistration(started, ended, true, ended).has_value());
  EXPECT_TRUE(CheckDeregistration(started, ended, true, Date::FromYmd(2026, 6, 24)).has_value());  // day 14
  EXPECT_TRUE(CheckDeregistration(started, ended, true, Date::FromYmd(2026, 6, 25)).has_value());  // day 15
  auto late = CheckDeregistration(started, ended, true, Date::FromYmd(2026, 6, 26));              // day 16
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().kind, ErrorKind::kRuleViolation);
  EXPECT_EQ(late.error().code, "deregistration_window_passed");
  EXPECT_NE(late.error().message_en.find("DEREG-15-DAYS"), std::string::npos);
}

TEST(Deregistration, NeedsAnEndedLiquidationAndItsReport) {
  const Date started = Date::FromYmd(2026, 5, 1), on = Date::FromYmd(2026, 6, 10);
  auto open = CheckDeregistration(started, std::nullopt, true, on);
  ASSERT_FALSE(open.has_value());
  EXPECT_EQ(open.error().code, "liquidation_not_completed");
  auto no_report = CheckDeregistration(started, on, false, on);
  ASSERT_FALSE(no_report.has_value());
  EXPECT_EQ(no_report.error().code, "liquidation_report_missing");
  EXPECT_EQ(no_report.error().field, "liquidation_report");
  auto before_start = CheckDeregistration(started, Date::FromYmd(2026, 4, 30), true, on);
  ASSERT_FALSE(before_start.has_value());
  EXPECT_EQ(before_start.error().field, "liquidation_completed_on");
  EXPECT_TRUE(CheckDeregistration(started, started, true, started).has_value());  // a liquidation of one day
  auto after_application = CheckDeregistration(started, Date::FromYmd(2026, 6, 11), true, on);
  ASSERT_FALSE(after_application.has_value());
  EXPECT_EQ(after_application.error().code, "liquidation_end_after_application");
}

// --- revocation (REVOKE-NO-ACTIVITY) ---

TEST(RevokeNoActivity, OnlyAfterTheFirstYearAndWithoutRecordedActivity) {
  const Date reg = Date::FromYmd(2025, 3, 10);
  const std::vector<ActivityRecord> none;
  auto early = CheckNoActivityRevocation(OrgType::kSocialGroup, reg, none, Date::FromYmd(2026, 3, 9));  // day before
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code, "no_activity_year_not_over");
  EXPECT_TRUE(CheckNoActivityRevocation(OrgType::kSocialGroup, reg, none, Date::FromYmd(2026, 3, 10)).has_value());
  EXPECT_TRUE(CheckNoActivityRevocation(OrgType::kFoundation, reg, none, Date::FromYmd(2026, 3, 10)).has_value());
  // An annual report within the year is activity; on the first day after the year it no longer counts.
  std::vector<ActivityRecord> filed{{Date::FromYmd(2026, 3, 9), "annual_report_filed"}};
  auto active = CheckNoActivityRevocation(OrgType::kSocialGroup, reg, filed, Date::FromYmd(2026, 4, 1));
  ASSERT_FALSE(active.has_value());
  EXPECT_EQ(active.error().code, "activity_recorded");
  std::vector<ActivityRecord> later{{Date::FromYmd(2026, 3, 10), "annual_report_filed"}};
  EXPECT_TRUE(CheckNoActivityRevocation(OrgType::kSocialGroup, reg, later, Date::FromYmd(2026, 4, 1)).has_value());
  // The authority's own acts on the organization are not its activity.
  std::vector<ActivityRecord> authority{{Date::FromYmd(2025, 6, 1), "credit_listed"},
                                        {Date::FromYmd(2025, 3, 10), "approve"}};
  EXPECT_TRUE(CheckNoActivityRevocation(OrgType::kSocialGroup, reg, authority, Date::FromYmd(2026, 4, 1)).has_value());
  // Social service agencies have no such ground (PNEU art. 24).
  auto agency = CheckNoActivityRevocation(OrgType::kSocialServiceAgency, reg, none, Date::FromYmd(2026, 4, 1));
  ASSERT_FALSE(agency.has_value());
  EXPECT_EQ(agency.error().code, "no_activity_not_a_ground");
  EXPECT_EQ(ParseRevocationGround("no_activity"), RevocationGround::kNoActivity);
  EXPECT_FALSE(ParseRevocationGround("bogus").has_value());
}

}  // namespace
}  // namespace socorg
