// The facts the supervision rules (DOMAIN §6-12) read about one organization, as plain compact values.
// The batch jobs build these for every organization from an in-memory snapshot (app/supervision/
// snapshot.h); the use cases build them for one. Spans point into storage the caller owns and keeps alive
// for the duration of a rule call. Child facts are sorted: reports by year, penalties by decision date,
// rectification orders by deadline, listings by entry date.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "domain/date.h"
#include "domain/org_types.h"

namespace socorg::supervision {

// §6 conclusion of the annual inspection.
enum class ReportConclusion : std::uint8_t { kNone, kQualified, kBasicallyQualified, kUnqualified };
std::string_view ToString(ReportConclusion c);
std::string_view LabelZh(ReportConclusion c);
std::optional<ReportConclusion> ParseReportConclusion(std::string_view s);

struct ReportFact {
  int year = 0;                          // the year reported on
  std::optional<Date> filed_on;          // with the registration authority
  ReportConclusion conclusion = ReportConclusion::kNone;
  std::optional<Date> concluded_on;
  bool had_activity = true;              // any activity or any income that year
};

// §10 kinds of administrative penalty.
enum class PenaltyKind : std::uint8_t { kWarning, kOrderCorrect, kFine, kConfiscation, kSuspension, kRevocation };
std::string_view ToString(PenaltyKind k);
std::string_view LabelZh(PenaltyKind k);
std::optional<PenaltyKind> ParsePenaltyKind(std::string_view s);

struct PenaltyFact {
  std::int64_t id = 0;
  Date decided_on;
  PenaltyKind kind = PenaltyKind::kWarning;
  std::int64_t amount = 0;  // yuan; fines and confiscations
};

// §9 a rectification order (整改通知) with its deadline; feeds the anomaly list (§8 ③).
struct RectificationFact {
  std::int64_t id = 0;
  Date issued_on, deadline;
  std::optional<Date> completed_on;
};

// §8 the two credit lists and why an organization is on one.
enum class CreditList : std::uint8_t { kAnomaly, kSerious };
enum class CreditCause : std::uint8_t {
  // activity anomaly list 活动异常名录 ①-⑦
  kAnnualReport,          // ① annual report not filed on time
  kNoPartyOrganization,   // ② no party organization where required
  kRectificationOverdue,  // ③ rectification order not completed in time
  kFundraising,           // ④ public-fundraising violation
  kMinorPenalty,          // ⑤ a warning or a fine below the threshold
  kUnreachable,           // ⑥ unreachable at the registered address
  kOtherAnomaly,          // ⑦ other
  // serious dishonesty list 严重违法失信名单 ①-⑧
  kAnomalyTwoYears,       // ① 2 full years on the anomaly list
  kFraudulentChange,      // ② fraudulent change registration revoked
  kSuspension,            // ③ ordered to suspend activity
  kLargeFine,             // ④ a fine at or above the threshold
  kRepeatedPenalties,     // ⑤ repeated warnings / small fines within the window
  kCourtDishonest,        // ⑥ court 失信被执行人
  kRevoked,               // ⑦ registration or certificate revoked
  kOtherSerious,          // ⑧ other
  // anomaly ⑥ decided from the recorded registered letters (two unsigned, 20-60 days apart [config]); last so
  // that the values above, packed into escalation source ids, keep their numbers. ListOf: the anomaly list.
  kUnreachableLetters,
  // anomaly ② decided from the party module's confirmed filings (≥ 3 formal members without an own party
  // organization, issue #16); kNoPartyOrganization stays the officer's manual entry. ListOf: the anomaly list.
  kPartyBranchMissing,
};
std::string_view ToString(CreditList l);
std::string_view LabelZh(CreditList l);
std::optional<CreditList> ParseCreditList(std::string_view s);
std::string_view ToString(CreditCause c);
std::string_view LabelZh(CreditCause c);
std::optional<CreditCause> ParseCreditCause(std::string_view s);
CreditList ListOf(CreditCause c);
// Causes an officer enters by hand (the others are entered by the credit job from facts).
bool IsManualCause(CreditCause c);

enum class ExitReason : std::uint8_t {
  kNone,
  kAutoAfterPeriod,     // rule: nothing to rectify, period elapsed
  kRectified,           // rule: the missing report was concluded / the order completed
  kMovedToSerious,      // rule: escalated
  kDeregistered,        // rule: a revoked organization was deregistered
  kRectifiedVerified,   // officer: rectification verified on application
  kRepaired,            // officer: credit repair granted
  kCorrected,           // officer: objection upheld, entry was an error
};
std::string_view ToString(ExitReason r);
std::string_view LabelZh(ExitReason r);
std::optional<ExitReason> ParseExitReason(std::string_view s);
inline bool IsOfficerExit(ExitReason r) {
  return r == ExitReason::kRectifiedVerified || r == ExitReason::kRepaired || r == ExitReason::kCorrected;
}

// A stored listing row, as the credit rules see it.
struct ListingFact {
  std::int64_t id = 0;
  CreditCause cause = CreditCause::kOtherAnomaly;
  std::int64_t source_id = 0;  // what triggered it: report year, penalty id, order id, listing id; 0 = manual
  Date entered_on;
  std::optional<Date> exited_on;
  ExitReason exit_reason = ExitReason::kNone;
  CreditList list() const { return ListOf(cause); }
  bool ActiveOn(Date d) const { return entered_on <= d && (!exited_on || *exited_on > d); }
};

// §8 ⑥ a registered letter 挂号信 sent to the registered address, and whether it was signed for.
struct LetterFact {
  std::int64_t id = 0;
  Date sent_on;
  bool signed_for = false;
};

// §13 → §8 ② one confirmed party filing (the party module's, DOMAIN §13), in force from as_of.
struct PartyFact {
  std::int64_t id = 0;  // the filing
  Date as_of;
  bool needs_branch = false;  // ≥ 3 formal members without an own party organization (party::NeedsBranch)
};

// §7 the organization's current (latest) rating.
struct RatingFact {
  std::int64_t id = 0;
  int grade = 0;  // 1..5 (A); already net of recorded downgrades
  Date decided_on, valid_until;
  bool cancelled = false;
  int downgrades = 0;
};

struct OrgFacts {
  std::int64_t id = 0;
  OrgType type = OrgType::kSocialGroup;
  OrgStatus status = OrgStatus::kActive;
  std::optional<Date> registered_on, ended_on, term_end, postponed_until;
  std::optional<Date> last_event_on;  // community filings: the latest life-cycle event on the register (§11)
  std::span<const ReportFact> reports;
  std::span<const PenaltyFact> penalties;
  std::span<const RectificationFact> rectifications;
  std::span<const ListingFact> listings;
  std::span<const LetterFact> letters;  // by sent_on, id
  std::span<const PartyFact> party;     // confirmed party filings by as_of, version
  std::optional<RatingFact> rating;
  // §7 after a cancellation for fraud: the first day a new application is accepted (RATING-ELIG-CANCELLED).
  std::optional<Date> rating_reapply_from;

  const ReportFact* ReportFor(int year) const {
    for (const auto& r : reports)
      if (r.year == year) return &r;
    return nullptr;
  }
};

}  // namespace socorg::supervision
