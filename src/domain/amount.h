// Amounts of money (funds, income, expenditure, net assets, fines) are whole yuan within ±10^12 (一万亿元);
// the OpenAPI document states the same bounds. Funds, income, expenditure and fines are never negative.
#pragma once

#include <cstdint>

namespace socorg {

inline constexpr std::int64_t kMaxAmountYuan = 1'000'000'000'000LL;

}  // namespace socorg
