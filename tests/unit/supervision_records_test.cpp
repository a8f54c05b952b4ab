// The wire names of the supervision enums (domain/supervision/records.h): they are the values stored in
// migration 003's columns and sent in JSON, so each must read back as itself and none may change.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/supervision/records.h"

namespace socorg::supervision {
namespace {

// Every value has a distinct name that parses back to it; the names are exactly `expected`.
template <typename E, typename P>
void ExpectNames(std::initializer_list<E> values, P parse, std::vector<std::string> expected) {
  std::vector<std::string> names;
  for (E v : values) {
    std::string name(ToString(v));
    names.push_back(name);
    auto back = parse(name);
    ASSERT_TRUE(back.has_value()) << name;
    EXPECT_EQ(*back, v) << name;
  }
  EXPECT_EQ(names, expected);
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
  EXPECT_FALSE(parse("no_such_value").has_value());
}

TEST(SupervisionRecords, EnumNamesAreTheColumnValues) {
  ExpectNames({RatingStatus::kNotice, RatingStatus::kDecided, RatingStatus::kExpired, RatingStatus::kCancelled},
              ParseRatingStatus, {"notice", "decided", "expired", "cancelled"});
  ExpectNames({CreditRequestKind::kRectification, CreditRequestKind::kRepair, CreditRequestKind::kObjection},
              ParseCreditRequestKind, {"rectification", "repair", "objection"});
  ExpectNames({RequestStatus::kPending, RequestStatus::kGranted, RequestStatus::kRefused}, ParseRequestStatus,
              {"pending", "granted", "refused"});
  ExpectNames({InspectionResult::kPending, InspectionResult::kNoProblem, InspectionResult::kProblemsFound,
               InspectionResult::kRectificationOrdered},
              ParseInspectionResult, {"", "no_problem", "problems_found", "rectification_ordered"});
  ExpectNames({FlagKind::kZombie, FlagKind::kOverdueElection, FlagKind::kRevocationCandidate}, ParseFlagKind,
              {"zombie", "overdue_election", "revocation_candidate"});
  ExpectNames({FlagHandling::kNone, FlagHandling::kGuideDeregistration, FlagHandling::kPenalise, FlagHandling::kRevoke},
              ParseFlagHandling, {"", "guide_deregistration", "penalise", "revoke"});
  ExpectNames({FlagOutcome::kNone, FlagOutcome::kDeregistered, FlagOutcome::kPenalised, FlagOutcome::kRevoked,
               FlagOutcome::kResumed},
              ParseFlagOutcome, {"", "deregistered", "penalised", "revoked", "resumed"});
  ExpectNames({ComplaintStatus::kReceived, ComplaintStatus::kCaseOpened, ComplaintStatus::kDismissed},
              ParseComplaintStatus, {"received", "case_opened", "dismissed"});
  ExpectNames({JobKind::kCredit, JobKind::kZombie, JobKind::kElections, JobKind::kRatings}, ParseJobKind,
              {"credit", "zombie", "elections", "ratings"});
  ExpectNames({RatingChangeKind::kExpired, RatingChangeKind::kDowngradeUnqualified,
               RatingChangeKind::kDowngradeTwiceBasic, RatingChangeKind::kDowngradePenalty},
              ParseRatingChangeKind,
              {"expired", "downgrade_unqualified", "downgrade_twice_basic", "downgrade_penalty"});
}

// "file" is the recorded first step of every case; no request may take it again.
TEST(SupervisionRecords, FilingIsTheFirstStepNoCaseTakesAgain) {
  ASSERT_EQ(ParseCaseStep("file"), CaseStep::kFile);
  EXPECT_EQ(ToString(CaseStep::kFile), "file");
  for (CaseStatus s : {CaseStatus::kFiled, CaseStatus::kInvestigating, CaseStatus::kReported,
                       CaseStatus::kLegalReviewed}) {
    auto next = NextCaseStatus(s, CaseStep::kFile);
    ASSERT_FALSE(next.has_value());
    EXPECT_EQ(next.error().code, "invalid_case_step");
  }
}

}  // namespace
}  // namespace socorg::supervision
