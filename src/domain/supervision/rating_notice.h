// The public notice 公示 of a rating, objections during it, cancellation for fraud and the certificate
// (DOMAIN §7; 社会组织评估管理办法, 民政部令第39号). Pure rules: the date is a parameter.
//
//   RATING-NOTICE       the proposed grade is published from the scoring day (notice_from) for
//                       rating_notice_days [config, 7] (notice_until inclusive); objections by the public or the
//                       organization are received within that period (办法 art. 20); the grade is decided only
//                       after the period and once every objection is decided.
//   RATING-CANCEL-FRAUD a grade obtained by fraud 弄虚作假 (false information or collusion in the evaluation) or a
//                       certificate/plaque forged, altered, lent or rented is cancelled; the certificate is withdrawn
//                       and the organization may not apply again for rating_cancel_reapply_years [config, 2].
//   RATING-CERTIFICATE  a decided grade of 3A or above gets a certificate and plaque 证书、牌匾 with a number,
//                       valid as long as the grade (办法 arts. 27-28); shown on the public record while the grade
//                       is current, at least 3A and not cancelled.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/date.h"
#include "domain/error.h"
#include "domain/rules_config.h"

namespace socorg::supervision {

// kRuleViolation "notice_not_open" before notice_from, "notice_closed" after notice_until (inclusive bounds).
Status CheckObjectionWindow(Date notice_from, Date notice_until, Date on);
// kRuleViolation "notice_period" while on <= notice_until, "objections_pending" while any objection is open.
Status CheckDecidable(Date notice_until, int pending_objections, Date on);

enum class CancelGround : std::uint8_t { kFraud, kCertificateMisuse };
std::string_view ToString(CancelGround g);
std::string_view LabelZh(CancelGround g);
std::optional<CancelGround> ParseCancelGround(std::string_view s);
// The first day the organization may apply again after a cancellation on `cancelled_on`.
Date ReapplyFrom(Date cancelled_on, const RulesConfig& cfg);

// 3A and above.
inline bool EarnsCertificate(int grade) { return grade >= 3; }
// "<region>-<year>-<serial, 6 digits>", e.g. "150000-2026-000042".
std::string CertificateNumber(const std::string& region_code, int year, std::int64_t serial);

}  // namespace socorg::supervision
