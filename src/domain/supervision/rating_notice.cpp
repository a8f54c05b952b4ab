#include "domain/supervision/rating_notice.h"

#include <cstdio>

#include "domain/legal_basis.h"

namespace socorg::supervision {

Status CheckObjectionWindow(Date notice_from, Date notice_until, Date on) {
  if (on < notice_from)
    return Fail(ErrorKind::kRuleViolation, "notice_not_open", "公示尚未开始（自 " + notice_from.ToString() + " 起）",
                "the public notice starts on " + notice_from.ToString(), "rating");
  if (on > notice_until)
    return Fail(ErrorKind::kRuleViolation, "notice_closed",
                "公示期已于 " + notice_until.ToString() + " 届满，不再受理异议（RATING-NOTICE，" +
                    BasisText("RATING-NOTICE") + "）",
                "the notice period ended on " + notice_until.ToString() + " (RATING-NOTICE)", "rating");
  return {};
}

Status CheckDecidable(Date notice_until, int pending_objections, Date on) {
  if (on <= notice_until)
    return Fail(ErrorKind::kRuleViolation, "notice_period", "公示期未满（至 " + notice_until.ToString() + "）",
                "the public notice period runs until " + notice_until.ToString(), "id");
  if (pending_objections > 0)
    return Fail(ErrorKind::kRuleViolation, "objections_pending",
                "尚有 " + std::to_string(pending_objections) + " 件异议未处理，处理后方可确定等级",
                std::to_string(pending_objections) + " objection(s) still pending", "id");
  return {};
}

std::string_view ToString(CancelGround g) {
  switch (g) {
    case CancelGround::kFraud: return "fraud";
    case CancelGround::kCertificateMisuse: return "certificate_misuse";
  }
  return "";
}
std::string_view LabelZh(CancelGround g) {
  switch (g) {
    case CancelGround::kFraud: return "评估中弄虚作假";
    case CancelGround::kCertificateMisuse: return "涂改、伪造、出租、出借评估等级证书或牌匾";
  }
  return "";
}
std::optional<CancelGround> ParseCancelGround(std::string_view s) {
  for (auto g : {CancelGround::kFraud, CancelGround::kCertificateMisuse})
    if (ToString(g) == s) return g;
  return std::nullopt;
}

Date ReapplyFrom(Date cancelled_on, const RulesConfig& cfg) {
  return cancelled_on.AddYears(cfg.rating_cancel_reapply_years);
}

std::string CertificateNumber(const std::string& region_code, int year, std::int64_t serial) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06lld", static_cast<long long>(serial));
  return region_code + "-" + std::to_string(year) + "-" + buf;
}

}  // namespace socorg::supervision
