#include <gtest/gtest.h>

#include "domain/supervision/penalty.h"
#include "supervision_test_util.h"

namespace socorg::supervision {
namespace {

using testing::D;

PenaltyInput Valid() {
  return PenaltyInput{PenaltyKind::kFine, D("2025-03-01"), 10'000, "锡民罚〔2025〕3号", "社会团体登记管理条例第三十条", "违规收费"};
}

TEST(Penalty, ValidationNamesTheField) {
  Date today = D("2025-03-01");
  EXPECT_TRUE(ValidatePenalty(Valid(), today));
  struct Case {
    void (*mutate)(PenaltyInput&);
    const char* field;
  } cases[] = {
      {[](PenaltyInput& p) { p.decision_no.clear(); }, "decision_no"},
      {[](PenaltyInput& p) { p.basis.clear(); }, "basis"},
      {[](PenaltyInput& p) { p.decided_on = D("2025-03-02"); }, "decided_on"},
      {[](PenaltyInput& p) { p.amount = 0; }, "amount"},
      {[](PenaltyInput& p) { p.kind = PenaltyKind::kWarning; }, "amount"},
  };
  for (auto& c : cases) {
    PenaltyInput p = Valid();
    c.mutate(p);
    auto r = ValidatePenalty(p, today);
    ASSERT_FALSE(r) << c.field;
    EXPECT_EQ(r.error().field, c.field);
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  }
  PenaltyInput w = Valid();
  w.kind = PenaltyKind::kWarning;
  w.amount = 0;
  EXPECT_TRUE(ValidatePenalty(w, today));
}

// #13 item 6 (DOMAIN §10; 社会团体登记管理条例 art. 30 para. 2): a fine is 1–3× the illegal turnover or 3–5× the
// illegal gains; outside those bounds it is refused naming the field. The old code accepted any amount.
TEST(Penalty, FineBoundsByBasis) {
  Date today = D("2025-03-01");
  struct Case {
    FineBasis basis;
    std::int64_t base, amount;
    bool ok;
  } cases[] = {
      {FineBasis::kIllegalTurnover, 10'000, 9'999, false},  {FineBasis::kIllegalTurnover, 10'000, 10'000, true},
      {FineBasis::kIllegalTurnover, 10'000, 30'000, true},  {FineBasis::kIllegalTurnover, 10'000, 30'001, false},
      {FineBasis::kIllegalGains, 10'000, 29'999, false},    {FineBasis::kIllegalGains, 10'000, 30'000, true},
      {FineBasis::kIllegalGains, 10'000, 50'000, true},     {FineBasis::kIllegalGains, 10'000, 50'001, false},
  };
  for (const auto& c : cases) {
    PenaltyInput p = Valid();
    p.fine_basis = c.basis, p.base_amount = c.base, p.amount = c.amount;
    auto r = ValidatePenalty(p, today);
    EXPECT_EQ(static_cast<bool>(r), c.ok) << ToString(c.basis) << " " << c.amount;
    if (!r) {
      EXPECT_EQ(r.error().field, "amount");
      EXPECT_EQ(r.error().code, "fine_out_of_bounds");
    }
  }
  PenaltyInput p = Valid();
  p.fine_basis = FineBasis::kIllegalGains;  // no base amount
  EXPECT_EQ(ValidatePenalty(p, today).error().field, "base_amount");
  p = Valid();
  p.base_amount = 5'000;  // base amount without its basis
  EXPECT_EQ(ValidatePenalty(p, today).error().field, "fine_basis");
  p = Valid();
  p.kind = PenaltyKind::kConfiscation, p.fine_basis = FineBasis::kIllegalGains, p.base_amount = 5'000;
  EXPECT_EQ(ValidatePenalty(p, today).error().field, "fine_basis");
  p = Valid();  // a fine under another article: bounds not checked
  EXPECT_TRUE(ValidatePenalty(p, today));
}

TEST(Penalty, ClassificationAtFiftyThousand) {
  RulesConfig cfg;
  PenaltyFact p{1, D("2025-01-01"), PenaltyKind::kFine, 49'999};
  EXPECT_TRUE(IsMinorPenalty(p, cfg));
  EXPECT_FALSE(IsLargeFine(p, cfg));
  p.amount = 50'000;
  EXPECT_FALSE(IsMinorPenalty(p, cfg));
  EXPECT_TRUE(IsLargeFine(p, cfg));
  EXPECT_TRUE(IsMinorPenalty({1, D("2025-01-01"), PenaltyKind::kWarning, 0}, cfg));
  EXPECT_FALSE(IsListablePenalty({1, D("2025-01-01"), PenaltyKind::kOrderCorrect, 0}));
}

TEST(Penalty, WireNamesRoundTrip) {
  for (auto k : {PenaltyKind::kWarning, PenaltyKind::kOrderCorrect, PenaltyKind::kFine, PenaltyKind::kConfiscation,
                 PenaltyKind::kSuspension, PenaltyKind::kRevocation})
    EXPECT_EQ(ParsePenaltyKind(ToString(k)), k);
  for (int c = 0; c <= static_cast<int>(CreditCause::kOtherSerious); ++c)
    EXPECT_EQ(ParseCreditCause(ToString(static_cast<CreditCause>(c))), static_cast<CreditCause>(c));
}

}  // namespace
}  // namespace socorg::supervision
