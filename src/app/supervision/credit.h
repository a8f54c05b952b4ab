// Credit lists, repair and score 信用 (DOMAIN §8): an organization's credit view, manual entries, requests
// to leave a list and their decision, and the public lists. Access as in use_cases.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/app_context.h"
#include "domain/supervision/credit.h"
#include "domain/supervision/records.h"
#include "domain/organization.h"

namespace socorg::supervision {

struct CreditView {
  OrgRecord org;
  CreditStatus status = CreditStatus::kGood;
  std::vector<ListingRecord> listings;
  CreditScore score;
  std::vector<CreditRequestRecord> requests;
  std::vector<PenaltyRecord> penalties;
  std::vector<RectificationRecord> rectifications;
  std::vector<LetterRecord> letters;
  std::vector<PenaltyOutcomeRecord> outcomes;  // reconsideration and litigation outcomes of the penalties
};
Result<CreditView> CreditOf(AppContext& ctx, const Actor& a, const std::string& key);
// Officer records a registered letter sent to the registered address and whether it was signed for
// (anomaly ⑥: the credit job lists the organization from two unsigned letters 20-60 days apart [config]).
struct LetterInput {
  std::optional<Date> sent_on;  // default today; not in the future
  std::string tracking_no, note;
  bool signed_for = false;
};
Result<LetterRecord> RecordLetter(AppContext& ctx, const Actor& a, const std::string& key, const LetterInput& in);
// Officer enters a manual cause (②④⑥⑦ anomaly; ②⑥⑧ serious).
Result<ListingRecord> EnterListing(AppContext& ctx, const Actor& a, const std::string& key,
                                   const std::string& cause, std::optional<Date> on,
                                   const std::string& reason);
// kind: rectification (exit after verified rectification) | repair (serious list, 2 years clean) |
// objection (the entry is an error). By the organization itself or an officer over it.
Result<CreditRequestRecord> SubmitCreditRequest(AppContext& ctx, const Actor& a, std::int64_t listing_id,
                                                const std::string& kind, const std::string& content);
// Officer decision. Granting a repair checks CREDIT-SERIOUS-REPAIR; a granted request closes the entry.
Result<CreditRequestRecord> DecideCreditRequest(AppContext& ctx, const Actor& a, std::int64_t id, bool grant,
                                                const std::string& reason);
// Public: list "anomaly" | "serious" as of today, in the region ("" = everywhere); read from the replica.
Result<Page<ListingRecord>> PublicCreditList(AppContext& ctx, const std::string& list,
                                             const std::string& region, int page, int page_size);

}  // namespace socorg::supervision
