// Illegal social organizations 取缔非法社会组织办法 (DOMAIN §12; in force 2025-05-01).
// Targets: (1) activity in the name of a social organization without registration; (2) a social group in
// preparation doing more than preparing; (3) activity after revocation. Filed community organizations are
// not targets. Jurisdiction: the county-level authority where the act occurs; acts in several provinces go
// to the ministry; a higher authority may take a case over (提级管辖). Procedure: 提请立案 → 立案 (approved by a
// second officer of the handling authority, never the one who proposed it) → 调查取证 (each
// investigative act by ≥ 2 certified officers) → 调查终结报告 → 法制审核 → 取缔决定 (published), or 劝散
// for minor cases; referral to public security or another department at any point before a decision.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/error.h"
#include "domain/finding.h"
#include "domain/org_types.h"
#include "domain/rules_config.h"

namespace socorg::supervision {

inline constexpr char kBasisIllegal[] = "DOMAIN §12; 取缔非法社会组织办法（2025年5月1日施行）";

enum class IllegalTarget : std::uint8_t { kUnregistered, kPreparationOverreach, kAfterRevocation };
std::string_view ToString(IllegalTarget t);
std::string_view LabelZh(IllegalTarget t);
std::optional<IllegalTarget> ParseIllegalTarget(std::string_view s);

enum class CaseStatus : std::uint8_t {
  kProposed,        // 提请立案, awaiting approval
  kFiled,           // 立案 (approved)
  kInvestigating,   // 调查取证
  kReported,        // 调查终结报告
  kLegalReviewed,   // 法制审核
  kBanned,          // 取缔决定 (published)
  kDissuaded,       // 劝散
  kReferred,        // 移送
  kClosed,          // 撤案 / 不予立案后结案
};
std::string_view ToString(CaseStatus s);
std::string_view LabelZh(CaseStatus s);
std::optional<CaseStatus> ParseCaseStatus(std::string_view s);

// kPropose (提请立案) is the first step of every case, recorded when the case is opened; kFile (立案) approves it;
// the others advance it.
enum class CaseStep : std::uint8_t {
  kPropose, kFile, kInvestigate, kReport, kLegalReview, kBan, kDissuade, kRefer, kClose
};
std::string_view ToString(CaseStep s);
std::optional<CaseStep> ParseCaseStep(std::string_view s);

// The status after `step`, or kRuleViolation (code "invalid_case_step") naming both (always for kPropose).
// 立案 only approves a proposed case; nothing is investigated before it; a proposal may be refused (close) or
// referred. 取缔决定 needs the legal review; 劝散 is possible after the investigation report (minor cases);
// investigative acts may repeat.
Result<CaseStatus> NextCaseStatus(CaseStatus current, CaseStep step);
// Banned, dissuaded, referred and closed cases are finished.
bool IsFinal(CaseStatus s);

struct CaseOfficer {
  std::string name;
  std::string certificate_no;  // 执法证号; empty = not certified
};
// ILLEGAL-FILING-APPROVAL: 立案 is approved by an officer of the handling authority other than the one who
// proposed the case (four-eyes; 取缔非法社会组织办法: 立案 needs the approval of the authority).
Finding CheckFilingApproval(const std::string& proposed_by, const std::string& approver,
                            const std::string& handling_region, const std::string& approver_region);

// ILLEGAL-OFFICERS: an investigative act needs ≥ illegal_min_officers distinct certified officers.
Finding CheckInvestigators(const std::vector<CaseOfficer>& officers, const RulesConfig& cfg);

// What the register knows about the named target, if it matches a record.
struct RegisterMatch {
  OrgType type;
  OrgStatus status;
};
// ILLEGAL-TARGET: whether the target class fits the register: (1) no active registration or filing;
// (2) a social group with status preparing; (3) status revoked. A filed community organization is never a
// target (kFail with code explanation).
Finding CheckTarget(IllegalTarget target, const std::optional<RegisterMatch>& match);

// ILLEGAL-JURISDICTION: the authority that handles the case — the county where the acts occur; the
// ministry (100000) when they span provinces; the takeover authority when given and it is an ancestor of
// the default. kRuleViolation for a takeover by an authority that is not above the default.
Result<std::string> HandlingAuthority(const std::vector<std::string>& act_regions,
                                      const std::optional<std::string>& takeover);

}  // namespace socorg::supervision
